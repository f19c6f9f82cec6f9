import { useState } from 'react';
import type { CallError } from '../../shared/errors/result';
import { describeProblem, problemsFromMessage } from '../common/fieldErrors';
import { Modal } from '../common/Modal';
import { useConfirm, type ConfirmRequest } from '../state/confirmStore';
import { planStore } from '../state/usePlan';

/** The in-app "are you sure?" dialog; window.confirm would block the page and cannot be styled or tested. */
export function ConfirmHost() {
  const request = useConfirm((state) => state.target);
  // A new request gets a fresh dialog, so no error from an earlier one lingers.
  return request ? <ConfirmDialog key={request.title} request={request} /> : null;
}

function readable(error: CallError): string {
  return problemsFromMessage(error.message)
    .map((problem) => describeProblem(undefined, problem.message))
    .join(' ');
}

function ConfirmDialog({ request }: { request: ConfirmRequest }) {
  const dismiss = useConfirm((state) => state.close);
  const returnFocus = useConfirm((state) => state.returnFocus);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CallError | null>(null);

  const confirm = async () => {
    setBusy(true);
    const failure = await request.run();
    setBusy(false);
    if (failure) setError(failure);
    else dismiss();
  };

  const reload = async () => {
    await planStore.getState().load();
    dismiss();
  };

  const stale = error?.code === 'conflict' || error?.code === 'not_found';
  return (
    <Modal
      title={request.title}
      onClose={dismiss}
      returnFocus={returnFocus}
      fallbackFocus={request.fallbackFocus}
      initialFocus=".modal-footer .button"
      size="small"
    >
      <div className="modal-body">
        <p className="confirm-message">{request.message}</p>
        <div role="alert" className={error ? 'form-problems' : 'form-problems is-empty'}>
          {error ? (
            <p className="form-problems-title">
              {stale
                ? `Nothing was deleted: it was changed or removed elsewhere since you loaded it. Reload to see the latest plan.`
                : `Nothing was deleted. ${readable(error)}`}
            </p>
          ) : null}
        </div>
      </div>
      <div className="modal-footer">
        <button type="button" className="button" onClick={dismiss}>
          Cancel
        </button>
        {stale ? (
          <button type="button" className="button button-primary" onClick={() => void reload()}>
            Reload plan
          </button>
        ) : (
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => void confirm()}
          >
            {busy ? 'Deleting…' : request.confirmLabel}
          </button>
        )}
      </div>
    </Modal>
  );
}
