import type { EmbargoMoves } from '../../shared/history/schemas';
import { formatDistance, formatShift } from '../../shared/history/changeText';
import { formatInstantUtc } from '../common/dates';

// Shifts are written the same here, in the history and on the command line.
export { formatDistance, formatShift };

/** "moved 2× · +7 d net" for the advisory list; null when the lift never moved. */
export function movesBadgeText(moves: Pick<EmbargoMoves, 'count' | 'netShiftHours'>) {
  if (moves.count === 0) return null;
  return `moved ${moves.count}× · ${formatShift(moves.netShiftHours)} net`;
}

/**
 * The whole story in a sentence, for a tooltip and the history dialog:
 * "The lift moved 2 times: +7 d net, 9 d in all, from Mon 14 May 2018 12:00 UTC."
 */
export function movesSummary(moves: EmbargoMoves): string {
  if (moves.count === 0) return 'The lift has not moved since it was entered.';
  const times = moves.count === 1 ? 'once' : `${moves.count} times`;
  const travelled = moves.count > 1 ? `, ${formatDistance(moves.totalShiftHours)} in all` : '';
  const from = moves.firstPublicAt ? `, from ${formatInstantUtc(moves.firstPublicAt)}` : '';
  return `The lift moved ${times}: ${formatShift(moves.netShiftHours)} net${travelled}${from}.`;
}
