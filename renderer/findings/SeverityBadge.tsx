import type { Severity } from '../../shared/planning';
import { Icon } from '../common/Icon';
import { SEVERITY_WORD } from '../../shared/planning/vocabulary';
import { SEVERITY_ICON } from './severity';

/** Icon and word, never colour alone. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span className={`severity severity-${severity}`}>
      <Icon name={SEVERITY_ICON[severity]} />
      {SEVERITY_WORD[severity]}
    </span>
  );
}
