import type { FollowUp } from '../../domain/advisory';
import type { MilestoneKind } from '../../domain/release';
import { dayNumber } from '../days';
import { compareText, sortByDay } from '../sorted';
import { FINDING_SEVERITY, type Finding, type FindingCode, type Severity } from '../types';

export interface FindingParts {
  release?: string | null;
  subject?: string | null;
  followUp?: FollowUp | null;
  milestone?: MilestoneKind | null;
  blocker?: { id: number; title: string } | null;
  /** Tells apart findings about two milestones of one kind (two RCs); not shown. */
  milestoneId?: number;
  /** Overrides the code's usual severity (MILESTONE_OVERDUE, MILESTONE_ON_HOLIDAY, BLOCKER_OPEN). */
  severity?: Severity;
  date: string;
  message: string;
  numbers: Record<string, number>;
}

export function makeFinding(code: FindingCode, parts: FindingParts): Finding {
  const release = parts.release ?? null;
  const subject = parts.subject ?? null;
  const followUp = parts.followUp
    ? { id: parts.followUp.id, summary: parts.followUp.summary }
    : null;
  const milestone = parts.milestone ?? null;
  const blocker = parts.blocker ? { id: parts.blocker.id, title: parts.blocker.title } : null;
  return {
    id: `${code}|${release ?? ''}|${subject ?? ''}|${followUp?.id ?? ''}|${milestone ?? ''}${parts.milestoneId === undefined ? '' : `#${parts.milestoneId}`}${blocker ? `|b${blocker.id}` : ''}`,
    code,
    severity: parts.severity ?? FINDING_SEVERITY[code],
    release,
    subject,
    followUp,
    milestone,
    blocker,
    date: parts.date,
    message: parts.message,
    numbers: parts.numbers,
  };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Order within one group (one release, or the advisory-only findings): most
 * severe first, then by date; the rest only makes the order total.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(a.date, b.date) ||
    compareText(a.code, b.code) ||
    compareText(a.subject ?? '', b.subject ?? '') ||
    (a.followUp?.id ?? -1) - (b.followUp?.id ?? -1) ||
    compareText(a.milestone ?? '', b.milestone ?? '') ||
    compareText(a.id, b.id) ||
    compareText(a.message, b.message)
  );
}

/** Days either side of 1970 a sort key allows (years about 3500 to 7400 BC/AD); others sort the slow way. */
const KEY_DAYS = 2_000_000;

/**
 * Severity and day of `date`, as one number that orders findings as the
 * first two keys of {@link compareFindings} do (an ISO date's text order is
 * its day order); NaN for a date that is not ISO-shaped.
 */
function severityDay(finding: Finding): number {
  const day = dayNumber(finding.date.slice(0, 10));
  return Math.abs(day) < KEY_DAYS ? SEVERITY_RANK[finding.severity] * 2 * KEY_DAYS + day : NaN;
}

/**
 * Sorts `findings` in place by {@link compareFindings}, with the same
 * result: by severity and day as numbers first, and the full comparison
 * only between findings of one severity on one day. Thousands of
 * advisory findings sort several times faster so.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  return sortByDay(findings, severityDay, compareFindings, compareFindings);
}
