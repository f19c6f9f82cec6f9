import { PlannerError } from '../../shared/errors/result';

/** Optimistic locking: a write based on an old copy is refused, not merged. */
export function checkRevision(what: string, name: string, current: number, sent: number): void {
  if (current !== sent)
    throw new PlannerError(
      'conflict',
      `revision: ${what} ${name} was changed elsewhere since you loaded it (now revision ${current}, yours ${sent}); reload and try again`,
    );
}
