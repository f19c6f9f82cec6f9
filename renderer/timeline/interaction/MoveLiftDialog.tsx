import { useId, useState, type FormEvent } from 'react';
import { formatInstantInZone, isUtcZone, localZone } from '../../common/dates';
import { Modal } from '../../common/Modal';
import { usePlan } from '../../state/usePlan';
import { commitLift } from './commitMove';
import { instantText } from '../model/labels';
import { instantMs } from '../model/items';
import { DAY_MS } from '../geometry/scale';
import { useTimeline, type PendingLift } from '../state/timelineStore';
import './moveLiftDialog.css';

/**
 * Asks why an embargo moves (the change log keeps it) before the move is
 * written. The reason starts empty: a pre-filled one would be saved unread,
 * and the next argument about the date would find nothing in the history.
 */
export function MoveLiftDialog() {
  const pending = useTimeline((s) => s.pendingLift);
  return pending ? (
    <MoveLiftForm key={`${pending.advisoryId}-${pending.to}`} pending={pending} />
  ) : null;
}

function MoveLiftForm({ pending }: { pending: PendingLift }) {
  const advisory = usePlan((s) => s.advisories.find((a) => a.id === pending.advisoryId));
  const [reason, setReason] = useState('');
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const key = advisory?.key ?? 'the advisory';
  const days = Math.round((instantMs(pending.to) - instantMs(pending.from)) / DAY_MS);
  const zone = localZone();

  const cancel = () => {
    useTimeline.getState().setPendingLift(null);
    useTimeline.getState().setPreview(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setError('Say why the embargo moves: the change log keeps it for the security team.');
      return;
    }
    setBusy(true);
    const result = await commitLift(
      pending.advisoryId,
      pending.to,
      reason.trim(),
      pending.predisclosureAt,
    );
    setBusy(false);
    if (!result.ok) setError(result.message);
  };

  return (
    <Modal
      title={`Move the ${key} embargo?`}
      onClose={cancel}
      // Focus goes back to the advisory on the timeline, which a reload may have redrawn.
      returnFocus={null}
      fallbackFocus={() =>
        document.querySelector<HTMLElement>(`[data-item-id="a${pending.advisoryId}"]`)
      }
      size="small"
      initialFocus=".input-reason"
    >
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="modal-body">
          {pending.proposal ? <p className="tl-move-proposal">{pending.proposal}</p> : null}
          <p>
            The lift moves {Math.abs(days)} {Math.abs(days) === 1 ? 'day' : 'days'}{' '}
            {days < 0 ? 'earlier' : 'later'}:
          </p>
          <dl className="tl-move-summary">
            <div>
              <dt>From</dt>
              <dd>{instantText(instantMs(pending.from))}</dd>
            </div>
            <div>
              <dt>To</dt>
              <dd>
                {instantText(instantMs(pending.to))}
                {isUtcZone(zone) ? null : (
                  <span className="sub">{formatInstantInZone(pending.to, zone)}</span>
                )}
              </dd>
            </div>
          </dl>
          <label className="field">
            <span className="field-label">Reason for the move</span>
            <input
              className="input input-reason"
              value={reason}
              maxLength={1000}
              required
              placeholder="e.g. Discoverer asked for one more week"
              autoComplete="off"
              aria-describedby={hintId}
              aria-invalid={error !== null && reason.trim() === '' ? true : undefined}
              onChange={(event) => setReason(event.target.value)}
            />
            <span id={hintId} className="field-hint">
              Required. Kept in the change log with the move, for the next time the date is argued.
            </span>
          </label>
          <div role="alert" className={error ? 'form-problems' : 'form-problems is-empty'}>
            {error ? (
              <p className="form-problems-title">The embargo was not moved. {error}</p>
            ) : null}
          </div>
        </div>
        <div className="modal-footer">
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Moving…' : 'Move embargo'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
