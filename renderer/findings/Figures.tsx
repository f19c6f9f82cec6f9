import type { Finding, Suggestion } from '../../shared/planning';
import { numbersLine } from '../../shared/planning/numbersLine';
import { formatDay } from '../common/dates';
import './figures.css';

/**
 * The figures behind a finding or suggestion, on a line of their own under
 * its message, in the words of shared/planning/numbersLine. A suggestion
 * whose date is a forecast adds the later date it may take (its P90).
 */
export function Figures({ of }: { of: Finding | Suggestion }) {
  const line = numbersLine(of.numbers);
  if ('dates' in of && of.dates.p90 && of.dates.p90 !== of.date)
    line.push(`P90 ${formatDay(of.dates.p90)}`);
  return line.length > 0 ? <p className="finding-numbers">{line.join(' · ')}</p> : null;
}
