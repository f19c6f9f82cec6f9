import type { Advisory } from '../../shared/domain/advisory';
import type { EmbargoMoves } from '../../shared/history/schemas';
import { formatDay, formatInstantInZone, formatInstantUtc, relativeDays } from '../common/dates';
import { Icon } from '../common/Icon';
import { HIDDEN, shownCves, shownFollowUpSummary, shownTitle } from '../common/redaction';
import { useHistory } from '../history/historyStore';
import { useEditor } from '../state/editorStore';
import { advisoryRowView } from './advisoryView';
import { movesBadgeText, movesSummary } from './embargoMovesView';
import { FollowUpList } from './FollowUpList';
import { StatusBadge } from './StatusBadge';
import './AdvisoryRow.css';

interface AdvisoryRowProps {
  advisory: Advisory;
  moves: EmbargoMoves | null;
  now: Date;
  presenting: boolean;
  /** The user's zone when it is not UTC, for a second line under the lift. */
  zone: string | null;
  onWithdraw(): void;
  onDelete(): void;
  /** Offered once the lift time has passed and it is still embargoed. */
  onPublish(): void;
}

export function AdvisoryRow({
  advisory,
  moves,
  now,
  presenting,
  zone,
  onWithdraw,
  onDelete,
  onPublish,
}: AdvisoryRowProps) {
  const open = useEditor((state) => state.open);
  const openHistory = useHistory((state) => state.open);
  const view = advisoryRowView(advisory, now);
  const title = shownTitle(advisory, now, presenting);
  const cves = shownCves(advisory, now, presenting);
  const badge = moves ? movesBadgeText(moves) : null;
  const history = () => openHistory({ entity: 'advisory', id: advisory.id, name: advisory.key });
  const followUps = advisory.followUps.map((f) => ({
    ...f,
    summary: shownFollowUpSummary(advisory, f, now, presenting),
  }));

  return (
    <tr className={`advisory-row is-${view.status}`}>
      <th scope="row" className="advisory-key">
        <span className="key">{advisory.key}</span>
        <StatusBadge status={view.status} liftPassed={view.liftPassed} />
      </th>
      <td className="advisory-title">
        {title === null ? (
          <span className="muted redacted">Title {HIDDEN}</span>
        ) : (
          <span className={title ? undefined : 'muted'}>{title || 'No title'}</span>
        )}
        {cves.length > 0 ? <span className="cves">{cves.join(', ')}</span> : null}
        {view.followUps ? <span className="followups">{view.followUps}</span> : null}
        <FollowUpList followUps={followUps} />
      </td>
      <td className="advisory-affects">
        {advisory.affects.length > 0 ? (
          advisory.affects.join(', ')
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="col-date">
        {advisory.predisclosureAt ? (
          <>
            <time dateTime={advisory.predisclosureAt}>
              {formatDay(advisory.predisclosureAt.slice(0, 10))}
            </time>
            <span className="sub">{advisory.predisclosureAt.slice(11, 16)} UTC</span>
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="col-date lift">
        <time dateTime={advisory.publicAt}>{formatInstantUtc(advisory.publicAt)}</time>
        {zone ? (
          <span className="sub" title={`In your zone (${zone})`}>
            {formatInstantInZone(advisory.publicAt, zone)}
          </span>
        ) : null}
        {view.status === 'embargoed' ? (
          <span className="sub relative">
            {view.liftPassed ? 'lift passed' : 'lifts'} {relativeDays(advisory.publicAt, now)}
          </span>
        ) : null}
        {view.liftPassed ? (
          <button
            type="button"
            className="button mark-public"
            title="The lift time has passed. Until you mark it public, every export keeps it embargoed."
            aria-label={`Mark ${advisory.key} public`}
            onClick={onPublish}
          >
            <Icon name="eye" />
            Mark public
          </button>
        ) : null}
        {badge && moves ? (
          <button
            type="button"
            className="moves-badge"
            title={`${movesSummary(moves)} Open the history for who moved it and why.`}
            aria-label={`Lift ${badge}: history of ${advisory.key}`}
            onClick={history}
          >
            <Icon name="history" />
            {badge}
          </button>
        ) : null}
      </td>
      <td className="row-actions-cell">
        <span className="row-actions">
          <button
            type="button"
            className="icon-button"
            aria-label={`History of advisory ${advisory.key}`}
            title="History: every change, who made it and why"
            onClick={history}
          >
            <Icon name="history" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Edit advisory ${advisory.key}`}
            title="Edit advisory"
            onClick={() => open({ type: 'advisory', id: advisory.id })}
          >
            <Icon name="pencil" />
          </button>
          {advisory.status === 'withdrawn' ? null : (
            <button
              type="button"
              className="icon-button"
              aria-label={`Withdraw advisory ${advisory.key}`}
              title="Withdraw: keep the record, but it no longer blocks any release"
              onClick={onWithdraw}
            >
              <Icon name="ban" />
            </button>
          )}
          <button
            type="button"
            className="icon-button icon-button-danger"
            aria-label={`Delete advisory ${advisory.key}`}
            title="Delete advisory"
            onClick={onDelete}
          >
            <Icon name="trash" />
          </button>
        </span>
      </td>
    </tr>
  );
}
