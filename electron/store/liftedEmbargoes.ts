import { liftedEmbargoIds, markLiftedPublic, readAdvisory } from './advisoriesTable';
import { recordChange } from './changeLog';
import type { Db } from './openDatabase';

/**
 * Stores "public" for every embargoed advisory whose lift has passed, each
 * in the change log with the reason. Called at the start of every write, and
 * before the write's undo step opens: the clock made this change, not the
 * command, so undoing the command must not hand it back.
 */
export function recordLiftedEmbargoes(db: Db, now: Date, source: string): number {
  const ids = liftedEmbargoIds(db, now);
  for (const id of ids) {
    const before = readAdvisory(db, id);
    if (!before) continue;
    markLiftedPublic(db, id);
    recordChange(db, source, {
      entity: 'advisory',
      entityId: id,
      entityName: before.key,
      action: 'update',
      before,
      after: readAdvisory(db, id),
      reason: `the embargo lifted at ${before.publicAt}`,
    });
  }
  return ids.length;
}
