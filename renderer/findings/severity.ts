import type { Finding, Severity } from '../../shared/planning';
import type { IconName } from '../common/Icon';

// Each severity has its own shape as well as its colour, so that it reads in
// greyscale, in print and for colour-blind users. Its words are in
// shared/planning/vocabulary.ts.
export const SEVERITY_ICON: Record<Severity, IconName> = {
  error: 'error',
  warning: 'alert',
  info: 'info',
};

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
