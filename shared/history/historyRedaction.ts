import type { Advisory } from '../domain/advisory';
import { advisoryDisclosure, isFollowUpOut } from '../domain/profile';
import type { FieldChange } from './fieldDiff';
import type { EntityHistory, HistoryEntry } from './schemas';

// What of a record's history may be shown where embargoed details must stay
// hidden (the command line without --show-embargoed, presentation mode):
// exactly what a shared export would carry of the advisory as it is now
// (advisoryDisclosure and isFollowUpOut, the export's own rule). So a public
// advisory's history still hides the team's notes and every change to a
// follow-up that is under an embargo of its own.

export interface HistoryRedaction {
  /** The change must be shown without its free text (field by safeField, values hidden). */
  hides(change: FieldChange): boolean;
  /** The reason typed for the entry must not be shown. */
  hidesReason(entry: HistoryEntry): boolean;
  /** What is hidden, in a few words, when anything is; null when nothing is. */
  summary: string | null;
}

export const SHOW_ALL: HistoryRedaction = {
  hides: () => false,
  hidesReason: () => false,
  summary: null,
};

const isFollowUpChange = (change: FieldChange) =>
  change.field === 'followUps' || change.field.startsWith('followUps[');

/**
 * A follow-up's last known lift: as the advisory has it now, or, for one
 * removed since, as it was when removed. Undefined when the log does not say.
 */
function lastKnownLifts(history: EntityHistory, advisory: Advisory): Map<number, string | null> {
  const lifts = new Map<number, string | null>();
  for (const entry of history.entries)
    for (const change of entry.fields) {
      if (!isFollowUpChange(change) || change.elementId === undefined) continue;
      const state = change.after ?? change.before;
      if (state !== null && typeof state === 'object' && !Array.isArray(state)) {
        const publicAt = state.publicAt;
        lifts.set(change.elementId, typeof publicAt === 'string' ? publicAt : null);
      } else if (change.field.endsWith('.publicAt')) {
        lifts.set(change.elementId, typeof change.after === 'string' ? change.after : null);
      }
    }
  for (const followUp of advisory.followUps) lifts.set(followUp.id, followUp.publicAt);
  return lifts;
}

/**
 * The redaction for the history of `advisory` (null: deleted, its status no
 * longer known, so treated as embargoed). Releases and settings are public
 * plans: nothing is hidden.
 */
export function historyRedaction(
  history: EntityHistory,
  advisory: Advisory | null,
  now: Date,
): HistoryRedaction {
  if (history.entity !== 'advisory') return SHOW_ALL;
  const disclosure = advisory === null ? 'nothing' : advisoryDisclosure(advisory, 'predisclosure');
  if (disclosure === 'everything') return SHOW_ALL;
  if (disclosure !== 'public' || advisory === null)
    return {
      hides: (change) => change.confidential,
      hidesReason: () => true,
      summary: 'embargoed: titles, CVEs, notes, follow-ups and reasons hidden',
    };
  const lifts = lastKnownLifts(history, advisory);
  const hides = (change: FieldChange) => {
    if (!change.confidential) return false;
    if (change.field === 'notes') return true;
    if (!isFollowUpChange(change)) return false;
    // A change the log cannot tie to one follow-up is hidden: fail closed.
    if (change.elementId === undefined || !lifts.has(change.elementId)) return true;
    return !isFollowUpOut({ publicAt: lifts.get(change.elementId) ?? null }, now);
  };
  const hidesAny = history.entries.some((entry) => entry.fields.some(hides));
  return {
    hides,
    hidesReason: (entry) => entry.fields.some(hides),
    summary: hidesAny ? 'notes and follow-ups under an embargo of their own hidden' : null,
  };
}
