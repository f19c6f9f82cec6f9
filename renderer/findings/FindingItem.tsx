import type { Finding } from '../../shared/planning';
import { numbersLine } from './numbersLine';
import { SeverityBadge } from './SeverityBadge';

export function FindingItem({ finding }: { finding: Finding }) {
  const numbers = numbersLine(finding.numbers);
  return (
    <li className={`finding finding-${finding.severity}`}>
      <SeverityBadge severity={finding.severity} />
      <div className="finding-text">
        <p className="finding-message">{finding.message}</p>
        {numbers.length > 0 ? <p className="finding-numbers">{numbers.join(' · ')}</p> : null}
      </div>
    </li>
  );
}
