import { PlannerError } from '../../../shared/contract/result';
import { advisoryKey } from '../../../shared/domain/advisory';
import { formatChange } from '../../../shared/history/formatChange';
import type { EntityHistory } from '../../../shared/history/schemas';
import { callOrThrow, type Backend } from '../../backend';
import type { Command } from '../io';
import { UsageError } from '../usage';

const LONGEST_LINE = 300;

const cut = (line: string) =>
  line.length > LONGEST_LINE ? `${line.slice(0, LONGEST_LINE - 1)}…` : line;

/** An advisory key names an advisory; anything else (or --release) a release. */
function historyOf(backend: Backend, ref: string, release: boolean): EntityHistory {
  if (ref === 'settings' && !release)
    return callOrThrow(backend, 'history.get', { entity: 'settings' });
  if (release || !advisoryKey.safeParse(ref).success)
    return callOrThrow(backend, 'history.get', { entity: 'release', name: ref });
  for (const entity of ['advisory', 'release'] as const) {
    try {
      return callOrThrow(backend, 'history.get', { entity, name: ref });
    } catch (error) {
      if (!(error instanceof PlannerError && error.code === 'not_found')) throw error;
    }
  }
  throw new PlannerError(
    'not_found',
    `${ref}: no advisory or release of that name in the plan or its history`,
  );
}

/**
 * Whether an advisory's details may be printed: only once someone marked it
 * public (or the auto-publish setting did). A deleted advisory's status is
 * not known any more, so it counts as embargoed.
 */
function isPublic(backend: Backend, history: EntityHistory): boolean {
  if (history.entity !== 'advisory') return true;
  if (!history.exists) return false;
  return callOrThrow(backend, 'advisories.get', { id: history.id }).status === 'public';
}

function hours(value: number): string {
  return `${value > 0 ? '+' : ''}${Math.round(value * 10) / 10} h`;
}

export const history: Command = {
  usage: 'history KEY|NAME|settings [--release] [--show-embargoed]',
  help: "an advisory's, release's or the settings' changes, field by field, with who, when and why; embargoed details are hidden unless --show-embargoed (--release: NAME is a release even if it looks like a key)",
  options: { 'show-embargoed': { type: 'boolean' }, release: { type: 'boolean' } },
  run({ backend, io, args, options }) {
    const ref = args[0];
    if (!ref) throw new UsageError('history needs an advisory KEY, a release NAME or "settings"');
    const found = historyOf(backend, ref, options.release === true);
    const hide = options['show-embargoed'] !== true && !isPublic(backend, found);
    if (options['show-embargoed'] === true && found.entity === 'advisory')
      io.err('Showing embargoed details: keep this output inside the security team.');

    const kind =
      found.entity === 'settings' ? '' : ` (${found.entity}${found.exists ? '' : ', deleted'})`;
    io.out(
      `${found.name}${kind}: ${found.entries.length} change${found.entries.length === 1 ? '' : 's'}`,
    );
    if (found.entity === 'advisory') {
      const moves = callOrThrow(backend, 'advisories.embargoMoves', { id: found.id });
      io.out(
        `  lift moved ${moves.count} time${moves.count === 1 ? '' : 's'}, net ${hours(moves.netShiftHours)}, ${hours(moves.totalShiftHours).replace('+', '')} in all`,
      );
    }
    if (hide)
      io.out('  embargoed: titles, CVEs, notes, follow-ups and reasons hidden (--show-embargoed)');
    for (const entry of found.entries) {
      const step = entry.stepId === null ? '' : `  step ${entry.stepId}`;
      io.out(`${entry.at}  ${entry.who}  ${entry.source}  ${entry.action}${step}`);
      for (const change of entry.fields) io.out(cut(`    ${formatChange(change, hide)}`));
      if (entry.reason !== null)
        io.out(cut(`    reason: ${hide ? '[embargoed]' : JSON.stringify(entry.reason)}`));
    }
    return 0;
  },
};
