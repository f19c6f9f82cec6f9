import {
  liftPassedNotPublic,
  type Advisory,
  type AdvisoryStatus,
} from '../../shared/domain/advisory';

export interface AdvisoryRowView {
  status: AdvisoryStatus;
  /**
   * Still embargoed although its lift time has passed: it stays embargoed in
   * every export until someone marks it public, so the row offers to.
   */
  liftPassed: boolean;
  /** '' when there are none. */
  followUps: string;
}

/** '', '1 follow-up pending', '3 follow-ups, 1 pending', '2 follow-ups, none pending' */
export function followUpSummary(followUps: Advisory['followUps']): string {
  const total = followUps.length;
  if (total === 0) return '';
  const pending = followUps.filter((f) => f.status === 'pending').length;
  const noun = total === 1 ? 'follow-up' : 'follow-ups';
  if (pending === total) return `${total} ${noun} pending`;
  return `${total} ${noun}, ${pending === 0 ? 'none' : pending} pending`;
}

export function advisoryRowView(advisory: Advisory, now: Date): AdvisoryRowView {
  return {
    status: advisory.status,
    liftPassed: liftPassedNotPublic(advisory, now),
    followUps: followUpSummary(advisory.followUps),
  };
}

/** '2 embargoed · 1 public' in the order a security team cares about. */
export function statusCounts(advisories: readonly Advisory[]): string {
  const counts = new Map<AdvisoryStatus, number>();
  for (const { status } of advisories) counts.set(status, (counts.get(status) ?? 0) + 1);
  return (['embargoed', 'public', 'withdrawn'] as const)
    .filter((status) => counts.has(status))
    .map((status) => `${counts.get(status)} ${status}`)
    .join(' · ');
}
