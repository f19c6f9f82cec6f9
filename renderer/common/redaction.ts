import type { Advisory, FollowUp } from '../../shared/domain/advisory';
import { isFollowUpOut } from '../../shared/domain/profile';

// What presentation mode hides: the details of an advisory not marked public
// (title, CVEs, notes, follow-up summaries), so that a schedule can be
// shown on a shared screen. Keys and dates stay: the pre-disclosure list
// already knows them, and planning needs them.

export const HIDDEN = 'hidden while presenting';

/** Embargoed until someone marks it public, however long ago its lift time passed. */
export function isEmbargoed(advisory: Pick<Advisory, 'status'>): boolean {
  return advisory.status === 'embargoed';
}

/**
 * The advisory's confidential fields must not be shown right now. The clock
 * (`now`) plays no part for the advisory itself, only for a follow-up's own
 * lift (shownFollowUpSummary); callers pass it to all alike.
 */
export function isRedacted(
  advisory: Pick<Advisory, 'status' | 'publicAt'>,
  now: Date,
  presenting: boolean,
): boolean {
  return presenting && isEmbargoed(advisory);
}

/** The title as it may be shown, or null when presentation mode hides it. */
export function shownTitle(advisory: Advisory, now: Date, presenting: boolean): string | null {
  return isRedacted(advisory, now, presenting) ? null : advisory.title;
}

export function shownCves(advisory: Advisory, now: Date, presenting: boolean): string[] {
  return isRedacted(advisory, now, presenting) ? [] : advisory.cves;
}

/**
 * A follow-up's summary as it may be shown. A fix to a fix can be under
 * embargo of its own after the advisory went public, so while presenting
 * only the follow-ups that are out show theirs: never one a shared export
 * withholds (isFollowUpOut, the export's rule), and, stricter than an
 * export, not a pending one that has not been published either.
 */
export function shownFollowUpSummary(
  advisory: Advisory,
  followUp: Pick<FollowUp, 'summary' | 'status' | 'publicAt'>,
  now: Date,
  presenting: boolean,
): string | null {
  if (!presenting) return followUp.summary;
  if (isEmbargoed(advisory) || !isFollowUpOut(followUp, now)) return null;
  const published = followUp.publicAt !== null && Date.parse(followUp.publicAt) <= now.getTime();
  return followUp.status === 'pending' && !published ? null : followUp.summary;
}
