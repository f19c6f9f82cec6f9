import { BLOCKER_KIND_LABELS, type Blocker } from '../domain/release';
import { plural } from './format';
import type { FindingCode, Severity, SuggestionKind } from './types';

// The words for findings and suggestions, defined once: the findings panel,
// the timeline (its lanes, popover and agenda), the exported picture and
// `planner check` all name a severity, a finding or a suggestion the same way.

/** Worst first: the order severities are listed and counted in. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A severity on a badge; 'info' reads as "Note" to a person. */
export const SEVERITY_WORD: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

/** A severity as a filter's name: all the findings of it. */
export const SEVERITY_PLURAL: Record<Severity, string> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Notes',
};

/** A severity where a column is too narrow for the word. */
export const SEVERITY_SHORT: Record<Severity, string> = {
  error: 'err',
  warning: 'warn',
  info: 'note',
};

/** '1 error', '3 warnings', '2 notes'. */
export function severityCount(severity: Severity, count: number): string {
  return plural(
    count,
    SEVERITY_WORD[severity].toLowerCase(),
    SEVERITY_PLURAL[severity].toLowerCase(),
  );
}

/** '2 errors, 1 warning', worst first; '' when there are none. */
export function severitySummary(findings: readonly { severity: Severity }[] | undefined): string {
  if (!findings || findings.length === 0) return '';
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => severityCount(s, counts[s]))
    .join(', ');
}

/** What a finding is about, in a few words: a heading over its message. */
export const FINDING_TITLE: Record<FindingCode, string> = {
  EMBARGO_AFTER_RELEASE: 'Embargo lifts after the release',
  EMBARGO_IN_BUFFER: 'Embargo lifts inside the release buffer',
  EMBARGO_TOO_CLOSE: 'Embargo lifts close to the release',
  EMBARGO_IN_HARD_FREEZE: 'Embargo lifts in the hard code freeze',
  FOLLOWUP_AFTER_RELEASE: 'Follow-up fix due after the release',
  FOLLOWUP_TOO_CLOSE: 'Follow-up fix due close to the release',
  EMBARGO_CLUSTER: 'Embargoes cluster before the release',
  PREDISCLOSURE_TOO_SHORT: 'Pre-disclosure too short',
  EMBARGO_ON_NON_WORKING_DAY: 'Embargo lifts on a non-working day',
  MILESTONE_ORDER: 'Milestones out of order',
  RELEASE_ON_NON_RELEASE_DAY: 'Release not on a preferred weekday',
  MILESTONE_OVERDUE: 'Milestone overdue',
  MILESTONE_ON_HOLIDAY: 'Milestone on a holiday',
  BLOCKER_OPEN: 'Open blocker',
  LIFT_PASSED_NOT_PUBLIC: 'Lift passed, not marked public',
};

/** What a suggestion proposes, in a few words: a heading over its message. */
export const SUGGESTION_TITLE: Record<SuggestionKind, string> = {
  SLIP_RELEASE: 'Slip the release',
  POINT_RELEASE: 'Ship the late fixes in a point release',
  BRANCH_AND_REOPEN: 'Branch and reopen master',
  // Embargo dates are the discoverer's to give; the planner can only ask.
  MOVE_EMBARGO_NOTE: 'Move the embargo (if the date is ours)',
};

/** `bug "Credit2 crash"`, as messages name a blocker. */
export function describeBlocker(blocker: Blocker): string {
  return `${BLOCKER_KIND_LABELS[blocker.kind].toLowerCase()} ${JSON.stringify(blocker.title)}`;
}
