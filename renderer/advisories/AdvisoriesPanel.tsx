import type { Advisory } from '../../shared/domain/advisory';
import {
  formatDay,
  formatInstantInZone,
  formatInstantUtc,
  isUtcZone,
  localZone,
  relativeDays,
} from '../common/dates';
import { Icon } from '../common/Icon';
import { useConfirm } from '../state/confirmStore';
import { useEditor } from '../state/editorStore';
import { useNotices } from '../state/noticeStore';
import { useNow } from '../state/useNow';
import { planStore, usePlan } from '../state/usePlan';
import { advisoryRowView, statusCounts } from './advisoryView';
import { StatusBadge } from './StatusBadge';

const ADD_BUTTON_ID = 'add-advisory';

export function AdvisoriesPanel() {
  const advisories = usePlan((state) => state.advisories);
  const open = useEditor((state) => state.open);
  const ask = useConfirm((state) => state.ask);
  const say = useNotices((state) => state.say);
  const now = useNow();
  const zone = localZone();
  const showLocal = !isUtcZone(zone);

  const askDelete = (advisory: Advisory) =>
    ask({
      title: `Delete advisory ${advisory.key}?`,
      message: `${advisory.key}${advisory.title ? ` (${advisory.title})` : ''} and its ${advisory.followUps.length === 1 ? 'follow-up' : `${advisory.followUps.length} follow-ups`} will be removed from the plan. This cannot be undone.`,
      confirmLabel: 'Delete advisory',
      fallbackFocus: () => document.getElementById(ADD_BUTTON_ID),
      run: async () => {
        const result = await planStore
          .getState()
          .write('advisories.delete', { id: advisory.id, revision: advisory.revision });
        if (!result.ok) return result.error;
        say('info', `Deleted advisory ${advisory.key}.`);
        return null;
      },
    });

  return (
    <section className="panel" aria-labelledby="advisories-heading">
      <div className="panel-header">
        <h2 id="advisories-heading">
          Advisories <span className="count">{advisories.length}</span>
        </h2>
        {advisories.length > 0 ? (
          <span className="panel-meta">{statusCounts(advisories, now)}</span>
        ) : null}
        <button
          id={ADD_BUTTON_ID}
          type="button"
          className="button"
          onClick={() => open({ type: 'advisory', id: null })}
        >
          <Icon name="plus" />
          Add advisory
        </button>
      </div>
      {advisories.length === 0 ? (
        <p className="panel-empty">
          No advisories yet. Add one when a report arrives: its pre-disclosure date, when the
          embargo lifts and which releases must carry the fix.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table advisory-table">
            <caption className="table-caption">
              Ordered by embargo lift. Times in UTC
              {showLocal ? (
                <>
                  , and below them in your zone, <strong>{zone}</strong>
                </>
              ) : null}
              .
            </caption>
            <thead>
              <tr>
                <th scope="col">Advisory</th>
                <th scope="col">Title</th>
                <th scope="col">Affects</th>
                <th scope="col" className="col-date">
                  Pre-disclosure
                </th>
                <th scope="col" className="col-date">
                  Embargo lifts
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {advisories.map((advisory) => {
                const view = advisoryRowView(advisory, now);
                return (
                  <tr key={advisory.id} className={`advisory-row is-${view.status}`}>
                    <th scope="row" className="advisory-key">
                      <span className="key">{advisory.key}</span>
                      <StatusBadge status={view.status} lifted={view.lifted} />
                    </th>
                    <td className="advisory-title">
                      <span className={advisory.title ? undefined : 'muted'}>
                        {advisory.title || 'No title'}
                      </span>
                      {advisory.cves.length > 0 ? (
                        <span className="cves">{advisory.cves.join(', ')}</span>
                      ) : null}
                      {view.followUps ? (
                        <span
                          className="followups"
                          title={advisory.followUps
                            .map((f) => `${f.summary} (${f.status})`)
                            .join('\n')}
                        >
                          {view.followUps}
                        </span>
                      ) : null}
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
                      <time dateTime={advisory.publicAt}>
                        {formatInstantUtc(advisory.publicAt)}
                      </time>
                      {showLocal ? (
                        <span className="sub" title={`In your zone (${zone})`}>
                          {formatInstantInZone(advisory.publicAt, zone)}
                        </span>
                      ) : null}
                      {view.status === 'embargoed' ? (
                        <span className="sub relative">
                          lifts {relativeDays(advisory.publicAt, now)}
                        </span>
                      ) : null}
                    </td>
                    <td className="row-actions-cell">
                      <span className="row-actions">
                        <button
                          type="button"
                          className="icon-button"
                          aria-label={`Edit advisory ${advisory.key}`}
                          title="Edit advisory"
                          onClick={() => open({ type: 'advisory', id: advisory.id })}
                        >
                          <Icon name="pencil" />
                        </button>
                        <button
                          type="button"
                          className="icon-button icon-button-danger"
                          aria-label={`Delete advisory ${advisory.key}`}
                          title="Delete advisory"
                          onClick={() => askDelete(advisory)}
                        >
                          <Icon name="trash" />
                        </button>
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
