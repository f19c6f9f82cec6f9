import type { MilestoneSlip } from '../../shared/planning';
import { formatDay } from '../common/dates';
import './baseline.css';

function signedDays(days: number): string {
  const word = Math.abs(days) === 1 ? 'day' : 'days';
  return `${days > 0 ? '+' : '−'}${Math.abs(days)} ${word}`;
}

/** How far a milestone moved from its baseline: '+7 days, was Tue 9 Feb 2027'. Nothing when on plan. */
export function SlipNote({ slip }: { slip: MilestoneSlip | undefined }) {
  if (!slip || slip.baseline === null || slip.slipDays === null || slip.slipDays === 0) return null;
  const late = slip.slipDays > 0;
  return (
    <span className="slip-note">
      <span className={late ? 'slip slip-late' : 'slip slip-early'}>
        {signedDays(slip.slipDays)}
      </span>{' '}
      was <time dateTime={slip.baseline}>{formatDay(slip.baseline)}</time>
    </span>
  );
}

/** The release date's slip for the card's header: 'slipped 7 days' or 'ahead by 2 days'. */
export function ReleaseSlip({ slip }: { slip: MilestoneSlip | undefined }) {
  if (!slip || slip.slipDays === null || slip.slipDays === 0) return null;
  const days = Math.abs(slip.slipDays);
  const text = `${days} ${days === 1 ? 'day' : 'days'}`;
  return (
    <span
      className={slip.slipDays > 0 ? 'slip slip-late' : 'slip slip-early'}
      title={`Baseline ${slip.baseline ? formatDay(slip.baseline) : ''}`}
    >
      {slip.slipDays > 0 ? `slipped ${text}` : `ahead by ${text}`}
    </span>
  );
}
