import { useState } from 'react';
import { restoreChoices } from '../../shared/backups/choices';
import type { BackupInfo, BackupKind } from '../../shared/contract/backups';
import { Modal } from '../common/Modal';
import { useNotices } from '../state/noticeStore';
import { planStore } from '../state/usePlan';
import { useBackups, useBackupsDialog } from './backupsStore';
import './backups.css';

const KIND_LABELS: Record<BackupKind, string> = {
  manual: 'Backed up by hand',
  daily: 'Daily',
  'pre-migration': 'Before an upgrade',
  'pre-restore': 'Before a restore',
};

function formatTime(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Shows the Backups dialog over whichever view is on screen. */
export function BackupsHost() {
  const open = useBackupsDialog((state) => state.target !== null);
  return open ? <BackupsDialog /> : null;
}

/** Lists the database's backups, takes one now, and restores one after a plain warning. */
function BackupsDialog() {
  const { backups, error, busy, create } = useBackups();
  const close = useBackupsDialog((state) => state.close);
  const returnFocus = useBackupsDialog((state) => state.returnFocus);
  const say = useNotices((state) => state.say);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const backUpNow = async () => {
    const made = await create();
    if (made) say('info', `Backed up the plan (${formatTime(made.createdAt)}).`);
  };

  return (
    <>
      <Modal
        title="Backups"
        onClose={close}
        returnFocus={returnFocus}
        initialFocus=".backups-create"
      >
        <div className="modal-body backups-body">
          <p className="muted">
            Copies of the whole plan, kept next to the database: one a day, one before each upgrade
            and restore, and any you take here. The newest ten are kept, and always the last good
            daily and hand-made ones. The good ones come first, newest first.
          </p>
          <div role="alert" className={error ? 'form-problems' : 'form-problems is-empty'}>
            {error ? <p className="form-problems-title">{error}</p> : null}
          </div>
          {backups === null && !error ? <p className="muted">Loading the backups…</p> : null}
          {backups?.length === 0 ? <p className="muted">There are no backups yet.</p> : null}
          {backups && backups.length > 0 ? (
            <table className="data-table backups-table">
              <thead>
                <tr>
                  <th scope="col">Taken</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Schema</th>
                  <th scope="col">Size</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {restoreChoices(backups).map((backup) => (
                  <tr
                    key={backup.name}
                    title={backup.name}
                    className={backup.restorable ? undefined : 'is-damaged'}
                  >
                    <th scope="row">{formatTime(backup.createdAt)}</th>
                    <td>{KIND_LABELS[backup.kind]}</td>
                    <td>
                      {backup.schemaVersion === null ? 'unreadable' : `v${backup.schemaVersion}`}
                    </td>
                    <td>{formatSize(backup.bytes)}</td>
                    <td>
                      {backup.restorable ? (
                        <button
                          type="button"
                          className="button"
                          disabled={busy}
                          aria-label={`Restore backup from ${formatTime(backup.createdAt)}`}
                          onClick={() => setRestoring(backup)}
                        >
                          Restore…
                        </button>
                      ) : (
                        <span className="muted" title="Kept for recovery by hand">
                          Damaged: not restorable
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
        <div className="modal-footer">
          <button type="button" className="button" onClick={close}>
            Close
          </button>
          <button
            type="button"
            className="button button-primary backups-create"
            disabled={busy}
            onClick={() => void backUpNow()}
          >
            {busy && !restoring ? 'Backing up…' : 'Back up now'}
          </button>
        </div>
      </Modal>
      {restoring ? <RestoreConfirm backup={restoring} onDone={() => setRestoring(null)} /> : null}
    </>
  );
}

function RestoreConfirm({ backup, onDone }: { backup: BackupInfo; onDone(): void }) {
  const { busy, restore } = useBackups();
  const close = useBackupsDialog((state) => state.close);
  const say = useNotices((state) => state.say);
  const [error, setError] = useState<string | null>(null);
  const when = formatTime(backup.createdAt);

  const confirm = async () => {
    setError(null);
    const result = await restore(backup.name);
    if (!result.ok) {
      setError(`Nothing was restored. ${result.error.message}`);
      return;
    }
    await planStore.getState().load();
    onDone();
    close();
    const safety = result.report.safetyBackup;
    say(
      'info',
      `Restored the backup from ${when}.${safety ? ` The plan as it was is kept as the backup from ${formatTime(safety.createdAt)}.` : ''}`,
    );
  };

  return (
    <Modal
      title="Restore this backup?"
      onClose={onDone}
      returnFocus={null}
      fallbackFocus={() => document.querySelector<HTMLElement>('.backups-create')}
      initialFocus=".modal-footer .button"
      size="small"
    >
      <div className="modal-body">
        <p className="confirm-message">
          The current plan is saved as a backup first, then replaced by the backup from {when}.
          Everything changed since then is replaced; you can restore the saved copy to get it back.
        </p>
        <div role="alert" className={error ? 'form-problems' : 'form-problems is-empty'}>
          {error ? <p className="form-problems-title">{error}</p> : null}
        </div>
      </div>
      <div className="modal-footer">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={() => void confirm()}
        >
          {busy ? 'Restoring…' : 'Restore backup'}
        </button>
      </div>
    </Modal>
  );
}
