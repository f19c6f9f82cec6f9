import type { EmbargoMove, EmbargoMoves } from './schemas';

/** A change-log row of one advisory, as far as moves need it. */
export interface AdvisoryChange {
  id: number;
  at: string;
  osUser: string;
  source: string;
  reason: string | null;
  before: unknown;
  after: unknown;
}

const MS_PER_HOUR = 3_600_000;

function publicAtOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('publicAt' in state)) return null;
  return typeof state.publicAt === 'string' ? state.publicAt : null;
}

/** Hours between two instants, to the minute, so 12:00 → 12:30 reads 0.5 and not 0.5000001. */
function hoursBetween(from: string, to: string): number {
  return Math.round(((Date.parse(to) - Date.parse(from)) / MS_PER_HOUR) * 60) / 60;
}

/**
 * Every time an advisory's lift changed, from its change log (oldest first):
 * edits, imports, undo and redo alike, each with who, when and why.
 */
export function embargoMovesOf(
  id: number,
  key: string,
  changes: readonly AdvisoryChange[],
): EmbargoMoves {
  const moves: EmbargoMove[] = [];
  for (const change of changes) {
    const from = publicAtOf(change.before);
    const to = publicAtOf(change.after);
    if (from === null || to === null || from === to) continue;
    moves.push({
      changeId: change.id,
      at: change.at,
      who: change.osUser,
      source: change.source,
      from,
      to,
      deltaHours: hoursBetween(from, to),
      reason: change.reason,
    });
  }
  const states = changes.flatMap((c) => [publicAtOf(c.before), publicAtOf(c.after)]);
  const known = states.filter((s): s is string => s !== null);
  const firstPublicAt = known[0] ?? null;
  const currentPublicAt = known[known.length - 1] ?? null;
  return {
    id,
    key,
    firstPublicAt,
    currentPublicAt,
    moves,
    count: moves.length,
    netShiftHours:
      firstPublicAt && currentPublicAt ? hoursBetween(firstPublicAt, currentPublicAt) : 0,
    totalShiftHours: moves.reduce((sum, m) => sum + Math.abs(m.deltaHours), 0),
  };
}
