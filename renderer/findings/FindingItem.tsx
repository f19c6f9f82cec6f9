import type { Finding } from '../../shared/planning';
import { MarkPublicButton } from '../advisories/MarkPublicButton';
import { numbersLine } from '../../shared/planning/numbersLine';
import { SeverityBadge } from './SeverityBadge';

export function FindingItem({ finding }: { finding: Finding }) {
  const numbers = numbersLine(finding.numbers);
  return (
    <li className={`finding finding-${finding.severity}`}>
      <SeverityBadge severity={finding.severity} />
      <div className="finding-text">
        <p className="finding-message">{finding.message}</p>
        {numbers.length > 0 ? <p className="finding-numbers">{numbers.join(' · ')}</p> : null}
        {finding.code === 'LIFT_PASSED_NOT_PUBLIC' && finding.subject ? (
          <MarkPublicButton advisoryKey={finding.subject} />
        ) : null}
      </div>
    </li>
  );
}
