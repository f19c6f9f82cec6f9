import type { Advisory } from '../../shared/domain/advisory';
import { isUtcZone, localZone } from '../common/dates';
import { Icon } from '../common/Icon';
import { useConfirm } from '../state/confirmStore';
import { useEditor } from '../state/editorStore';
import { useNotices } from '../state/noticeStore';
import { usePresentation } from '../state/presentationStore';
import { useNow } from '../state/useNow';
import { planStore, usePlan } from '../state/usePlan';
import { AdvisoryRow } from './AdvisoryRow';
import { markPublic } from './markPublic';
import { statusCounts } from './advisoryView';
import { movesOf, useEmbargoMovesFor, useMovesStore } from './embargoMovesStore';
import { ADD_ADVISORY_BUTTON_ID, NEW_ADVISORY_KEY } from './newAdvisoryShortcut';
import './advisories.css';

export function AdvisoriesPanel() {
  const advisories = usePlan((state) => state.advisories);
  const open = useEditor((state) => state.open);
  const ask = useConfirm((state) => state.open);
  const say = useNotices((state) => state.say);
  const presenting = usePresentation((state) => state.presenting);
  const movesById = useMovesStore((state) => state.byId);
  const now = useNow();
  useEmbargoMovesFor(advisories, now);
  const zone = localZone();
  const showLocal = !isUtcZone(zone);

  const askDelete = (advisory: Advisory) =>
    ask({
      title: `Delete advisory ${advisory.key}?`,
      message: `${advisory.key}${advisory.title && !presenting ? ` (${advisory.title})` : ''} and its ${advisory.followUps.length === 1 ? 'follow-up' : `${advisory.followUps.length} follow-ups`} will be removed from the plan; its history stays. Undo brings it back. To keep the record but stop it blocking releases, withdraw it instead.`,
      confirmLabel: 'Delete advisory',
      fallbackFocus: () => document.getElementById(ADD_ADVISORY_BUTTON_ID),
      run: async () => {
        const result = await planStore
          .getState()
          .write('advisories.delete', { id: advisory.id, revision: advisory.revision });
        if (!result.ok) return result.error;
        say('info', `Deleted advisory ${advisory.key}.`);
        return null;
      },
    });

  // Withdrawing keeps the record and is one undo step away from reverting, so it asks nothing.
  const withdraw = async (advisory: Advisory) => {
    const result = await planStore.getState().write('advisories.update', {
      id: advisory.id,
      revision: advisory.revision,
      status: 'withdrawn',
    });
    if (result.ok) say('info', `Withdrew advisory ${advisory.key}. Undo takes it back.`);
    else say('error', `${advisory.key} was not withdrawn: ${result.error.message}`);
  };

  return (
    <section className="panel" aria-labelledby="advisories-heading">
      <div className="panel-header">
        <h2 id="advisories-heading">
          Advisories <span className="count">{advisories.length}</span>
        </h2>
        {advisories.length > 0 ? (
          <span className="panel-meta">{statusCounts(advisories)}</span>
        ) : null}
        <button
          id={ADD_ADVISORY_BUTTON_ID}
          type="button"
          className="button"
          title={`Add advisory (press ${NEW_ADVISORY_KEY.toUpperCase()} anywhere)`}
          aria-keyshortcuts={NEW_ADVISORY_KEY}
          onClick={() => open({ type: 'advisory', id: null })}
        >
          <Icon name="plus" />
          Add advisory
          <kbd className="shortcut-hint" aria-hidden="true">
            {NEW_ADVISORY_KEY.toUpperCase()}
          </kbd>
        </button>
      </div>
      {advisories.length === 0 ? (
        <p className="panel-empty">
          No advisories yet. Add one when a report arrives (press{' '}
          <kbd>{NEW_ADVISORY_KEY.toUpperCase()}</kbd>): it starts with the next key and an embargo
          two working weeks out, or paste the advisory mail to fill it.
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
              .{presenting ? ' Presenting: embargoed details are hidden.' : null}
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
              {advisories.map((advisory) => (
                <AdvisoryRow
                  key={advisory.id}
                  advisory={advisory}
                  moves={movesOf(movesById, advisory)}
                  now={now}
                  presenting={presenting}
                  zone={showLocal ? zone : null}
                  onWithdraw={() => void withdraw(advisory)}
                  onDelete={() => askDelete(advisory)}
                  onPublish={() => void markPublic(advisory, say)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
