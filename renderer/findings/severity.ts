import type { Finding, Severity } from '../../shared/planning';
import type { IconName } from '../common/Icon';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The words the timeline uses too; 'info' reads as "Note" to a person. */
export const SEVERITY_WORD: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

// Each severity has its own shape as well as its colour, so that it reads in
// greyscale, in print and for colour-blind users.
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

/** '1 error', '3 warnings', '2 notes'. */
export function countText(severity: Severity, count: number): string {
  const word = SEVERITY_WORD[severity].toLowerCase();
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
