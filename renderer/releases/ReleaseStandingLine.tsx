import type { ReleaseStanding } from '../../shared/planning';
import { BLOCKER_KIND_LABELS } from '../../shared/domain/release';
import { formatDay } from '../common/dates';
import { Icon } from '../common/Icon';

/**
 * What holds a release as the planner sees it today: embargoes (by key only),
 * other open blockers, and whether only security is left, which is the
 * moment to branch and reopen master.
 */
export function ReleaseStandingLine({ standing }: { standing: ReleaseStanding }) {
  const holding = standing.openBlockers.filter((b) => b.holds);
  if (standing.heldBySecurity.length === 0 && holding.length === 0 && standing.state !== 'overdue')
    return null;
  return (
    <p className="release-standing">
      {standing.state === 'overdue' && standing.effectiveDate ? (
        <span className="standing-part">
          Not released yet; planning counts it from{' '}
          <time dateTime={standing.effectiveDate}>{formatDay(standing.effectiveDate)}</time>.
        </span>
      ) : null}
      {standing.heldBySecurity.length > 0 ? (
        <span className="standing-part">
          <Icon name="lock" />
          Held by embargoes: {standing.heldBySecurity.join(', ')}.
        </span>
      ) : null}
      {holding.length > 0 ? (
        <span className="standing-part standing-others">
          <Icon name="flag" />
          Held by{' '}
          {holding
            .map((b) => `${BLOCKER_KIND_LABELS[b.kind].toLowerCase()} “${b.title}”`)
            .join(', ')}
          .
        </span>
      ) : null}
      {standing.onlyWaitingOnSecurity ? (
        <span
          className="badge badge-security-only"
          title="Past its hard code freeze, held by embargoes and their follow-up fixes and by nothing else: branch the stable tree and reopen master rather than keep master frozen."
        >
          Only waiting on security
        </span>
      ) : null}
    </p>
  );
}
