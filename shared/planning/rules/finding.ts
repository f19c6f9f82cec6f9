import type { FollowUp } from '../../domain/advisory';
import type { MilestoneKind } from '../../domain/release';
import { compareText } from '../sorted';
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
