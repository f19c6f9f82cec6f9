import { PlannerError } from '../../../shared/errors/result';
import { advisoryKey } from '../../../shared/domain/advisory';
import { formatDay, formatInstantUtc } from '../../../shared/domain/dateText';
import { formatDistance, formatShift, sourceText } from '../../../shared/history/changeText';
import { formatChange, HIDDEN } from '../../../shared/history/formatChange';
import {
  historyRedaction,
  SHOW_ALL,
  type HistoryRedaction,
} from '../../../shared/history/historyRedaction';
import type { EntityHistory, HistoryEntry } from '../../../shared/history/schemas';
import { settingsChangeLines } from '../../../shared/history/settingsChanges';
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
 * What of the history may be printed: what a shared export would carry of
 * the advisory as it is now (historyRedaction). A deleted advisory's status
 * is not known any more, so it counts as embargoed.
 */
function redactionOf(backend: Backend, history: EntityHistory, now: Date): HistoryRedaction {
  if (history.entity !== 'advisory') return SHOW_ALL;
  const advisory = history.exists
    ? callOrThrow(backend, 'advisories.get', { id: history.id })
    : null;
  return historyRedaction(history, advisory, now);
}

const ACTION_WORDS: Record<HistoryEntry['action'], string> = {
  create: 'created',
  update: 'changed',
  delete: 'deleted',
};

function changeLines(
  history: EntityHistory,
  entry: HistoryEntry,
  redaction: HistoryRedaction,
): string[] {
  if (history.entity === 'settings')
    return settingsChangeLines(entry.fields, formatDay).map((line) =>
      line.kind === 'added'
        ? `${line.field}: added ${line.after}`
        : line.kind === 'removed'
          ? `${line.field}: removed (was ${line.before})`
          : `${line.field}: ${line.before} → ${line.after}`,
    );
  return entry.fields.map((change) =>
    formatChange(change, redaction.hides(change), entry.action === 'create'),
  );
}

/** "Wed 25 Nov 2026 10:00 UTC  changed by alice on the command line  (undo step 3)". */
function entryHead(history: EntityHistory, entry: HistoryEntry): string {
  // The settings always exist (their defaults until first saved): each entry is a change.
  const action = history.entity === 'settings' ? 'changed' : ACTION_WORDS[entry.action];
  const when = formatInstantUtc(entry.at.replace(/\.\d+Z$/, 'Z'));
  const step = entry.stepId === null ? '' : `  (undo step ${entry.stepId})`;
  return `${when}  ${action} by ${entry.who} ${sourceText(entry.source)}${step}`;
}

export const history: Command = {
  usage: 'history KEY|NAME|settings [--release] [--show-embargoed]',
  help: "an advisory's, release's or the settings' changes, field by field, with who, when and why; what a shared export would not carry (embargoed details, notes, follow-ups under their own embargo) is hidden unless --show-embargoed (--release: NAME is a release even if it looks like a key)",
  options: { 'show-embargoed': { type: 'boolean' }, release: { type: 'boolean' } },
  run({ backend, io, args, options }) {
    const ref = args[0];
    if (!ref) throw new UsageError('history needs an advisory KEY, a release NAME or "settings"');
    const found = historyOf(backend, ref, options.release === true);
    const redaction =
      options['show-embargoed'] === true ? SHOW_ALL : redactionOf(backend, found, io.now());
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
        moves.count === 0
          ? '  the lift has not moved since it was entered'
          : `  lift moved ${moves.count === 1 ? 'once' : `${moves.count} times`}, ${formatShift(moves.netShiftHours, true)} net${moves.count > 1 ? `, ${formatDistance(moves.totalShiftHours, true)} in all` : ''}`,
      );
    }
    if (redaction.summary !== null) io.out(`  ${redaction.summary} (--show-embargoed)`);
    // Newest first, as the app's history dialog lists them.
    for (const entry of [...found.entries].reverse()) {
      io.out(cut(entryHead(found, entry)));
      for (const line of changeLines(found, entry, redaction)) io.out(cut(`    ${line}`));
      if (entry.reason !== null)
        io.out(cut(`    why: ${redaction.hidesReason(entry) ? HIDDEN : entry.reason}`));
    }
    return 0;
  },
};
