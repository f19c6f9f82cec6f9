import type { Finding } from '../../shared/planning';
import { MarkPublicButton } from '../advisories/MarkPublicButton';
import { Figures } from './Figures';
import { SeverityBadge } from './SeverityBadge';

export function FindingItem({ finding }: { finding: Finding }) {
  return (
    <li className={`finding finding-${finding.severity}`}>
      <SeverityBadge severity={finding.severity} />
      <div className="finding-text">
        <p className="finding-message">{finding.message}</p>
        <Figures of={finding} />
        {finding.code === 'LIFT_PASSED_NOT_PUBLIC' && finding.subject ? (
          <MarkPublicButton advisoryKey={finding.subject} />
        ) : null}
      </div>
    </li>
  );
}
