import type { EmbargoMoves } from '../../shared/history/schemas';
import { formatInstantUtc } from '../common/dates';

const MINUS = '\u2212';

/** One decimal at most, and none when whole: 7, 1.5. */
const tidy = (value: number) => String(Math.round(value * 10) / 10);

/**
 * A shift of a lift, later positive: "+7 d", "−1.5 d", "+3 h", "+30 min",
 * "±0". Days from a day on, because embargoes are argued in days.
 */
export function formatShift(hours: number): string {
  if (hours === 0) return '±0';
  const sign = hours > 0 ? '+' : MINUS;
  const size = Math.abs(hours);
  if (size < 1) return `${sign}${Math.round(size * 60)} min`;
  if (size < 24) return `${sign}${tidy(size)} h`;
  return `${sign}${tidy(size / 24)} d`;
}

/** The same shift without a sign, for distances travelled: "9 d". */
export function formatDistance(hours: number): string {
  return formatShift(Math.abs(hours)).replace(/^[+±]/, '');
}

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
