import type { Severity } from '../../shared/planning';
import { SEVERITY_WORD } from '../../shared/planning/vocabulary';
import { Icon } from '../common/Icon';
import { SEVERITY_ICON } from './severity';
import './severityBadge.css';

/** A finding's severity, wherever a finding is shown: icon and word, never colour alone. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span className={`severity severity-${severity}`}>
      <Icon name={SEVERITY_ICON[severity]} />
      {SEVERITY_WORD[severity]}
    </span>
  );
}
