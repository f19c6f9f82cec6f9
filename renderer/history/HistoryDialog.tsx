import { useEffect, useState } from 'react';
import {
  historyRedaction,
  SHOW_ALL,
  type HistoryRedaction,
} from '../../shared/history/historyRedaction';
import type { EmbargoMoves, EntityHistory } from '../../shared/history/schemas';
import { movesSummary } from '../advisories/embargoMovesView';
import { client } from '../api/client';
import { Icon } from '../common/Icon';
import { Modal } from '../common/Modal';
import { HIDDEN, isEmbargoed } from '../common/redaction';
import { usePresentation } from '../state/presentationStore';
import { usePlan } from '../state/usePlan';
import { historyView, type ChangeLine, type EntryView } from './historyView';
import { useHistory, type HistoryTarget } from './historyStore';
import { useNow } from '../state/useNow';
import './history.css';

type Loaded =
  | { phase: 'loading' }
  | { phase: 'failed'; message: string }
  | { phase: 'ready'; history: EntityHistory; moves: EmbargoMoves | null };

/** Shows the history the history store asks for, over whichever view is on screen. */
export function HistoryHost() {
  const target = useHistory((state) => state.target);
  return target ? <HistoryDialog key={`${target.entity}-${target.id}`} target={target} /> : null;
}

async function loadHistory(target: HistoryTarget): Promise<Loaded> {
  const api = client();
  const [history, moves] = await Promise.all([
    api.call('history.get', { entity: target.entity, id: target.id }),
    target.entity === 'advisory' ? api.call('advisories.embargoMoves', { id: target.id }) : null,
  ]);
  if (!history.ok) return { phase: 'failed', message: history.error.message };
  return { phase: 'ready', history: history.value, moves: moves?.ok ? moves.value : null };
}

/** An advisory's or a release's changes, newest first: when, who, which field, before → after. */
function HistoryDialog({ target }: { target: HistoryTarget }) {
  const close = useHistory((state) => state.close);
  const returnFocus = useHistory((state) => state.returnFocus);
  const presenting = usePresentation((state) => state.presenting);
  const advisory = usePlan((state) =>
    target.entity === 'advisory' ? state.advisories.find((a) => a.id === target.id) : undefined,
  );
  const [loaded, setLoaded] = useState<Loaded>({ phase: 'loading' });
  const now = useNow();

  useEffect(() => {
    let current = true;
    void loadHistory(target).then((result) => {
      if (current) setLoaded(result);
    });
    return () => {
      current = false;
    };
  }, [target]);

  // While presenting, what a shared export would not carry of the advisory
  // as it is now; a deleted advisory's status is not known: all of it.
  const redaction =
    presenting && loaded.phase === 'ready'
      ? historyRedaction(loaded.history, advisory ?? null, now)
      : SHOW_ALL;
  const hide = redaction.summary !== null;
  const title =
    target.entity === 'settings'
      ? 'History of the settings'
      : `History of ${target.entity === 'release' ? 'release ' : ''}${target.name}`;

  return (
    <Modal
      title={title}
      onClose={close}
      returnFocus={returnFocus}
      initialFocus=".modal-footer .button"
    >
      <div className="modal-body history-body">
        {hide ? (
          <p className="history-presenting">
            <Icon name="lock" />
            {advisory && !isEmbargoed(advisory)
              ? 'Presenting: notes and follow-ups under an embargo of their own are hidden.'
              : 'Presenting: the embargoed details of this advisory are hidden.'}
          </p>
        ) : null}
        {loaded.phase === 'loading' ? <p className="muted">Loading the history…</p> : null}
        {loaded.phase === 'failed' ? (
          <p className="form-problems" role="alert">
            The history could not be read: {loaded.message}
          </p>
        ) : null}
        {loaded.phase === 'ready' ? (
          <HistoryEntries history={loaded.history} moves={loaded.moves} redaction={redaction} />
        ) : null}
      </div>
      <div className="modal-footer">
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </div>
    </Modal>
  );
}

function HistoryEntries({
  history,
  moves,
  redaction,
}: {
  history: EntityHistory;
  moves: EmbargoMoves | null;
  redaction: HistoryRedaction;
}) {
  const entries = historyView(history, redaction);
  const count = `${entries.length} change${entries.length === 1 ? '' : 's'}`;
  return (
    <>
      <p className="history-summary">
        <span>{count}, newest first. Times in UTC.</span>
        {moves ? <span className="history-moves">{movesSummary(moves)}</span> : null}
        {history.exists ? null : <span>It has been deleted; its history stays.</span>}
      </p>
      {entries.length === 0 ? (
        <p className="muted">No changes are recorded.</p>
      ) : (
        <ol className="history-list">
          {entries.map((entry) => (
            <HistoryItem key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </>
  );
}

/** Before and after; a field that appeared shows only its value, one that went, only its old one. */
function ChangeCells({ change }: { change: ChangeLine }) {
  if (change.kind === 'added')
    return (
      <>
        <td className="history-before">
          <span className="visually-hidden">none</span>
        </td>
        <td className="history-after">{change.after}</td>
      </>
    );
  if (change.kind === 'removed')
    return (
      <>
        <td className="history-before">
          <del>{change.before}</del>
        </td>
        <td className="history-after muted">removed</td>
      </>
    );
  return (
    <>
      <td className="history-before">{change.before}</td>
      <td className="history-after">
        <span className="history-arrow" aria-hidden="true">
          →
        </span>
        {change.after}
        {change.shift ? <span className="history-shift">{change.shift}</span> : null}
      </td>
    </>
  );
}

function HistoryItem({ entry }: { entry: EntryView }) {
  return (
    <li className={`history-entry is-${entry.kind}`}>
      <p className="history-meta">
        <span className="history-action">{entry.action}</span>
        <time dateTime={entry.at}>{entry.when}</time>
        <span className="muted">
          by <span className="history-who">{entry.who}</span> {entry.via}
        </span>
      </p>
      {entry.reason !== null ? (
        <p className="history-reason">
          <span className="muted">Why:</span>{' '}
          <span className={entry.reason === HIDDEN ? 'is-hidden' : undefined}>{entry.reason}</span>
        </p>
      ) : null}
      {entry.changes.length === 0 ? (
        <p className="muted">No field changed.</p>
      ) : (
        <table className="history-changes">
          <thead className="visually-hidden">
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {entry.changes.map((change, index) => (
              <tr key={index} className={change.hidden ? 'is-hidden' : undefined}>
                <th scope="row">{change.field}</th>
                <ChangeCells change={change} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
