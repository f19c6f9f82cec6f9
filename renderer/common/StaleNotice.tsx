import './StaleNotice.css';

interface StaleNoticeProps {
  what: string;
  /** 'conflict' when someone saved a newer revision, 'not_found' when it was deleted. */
  kind: 'conflict' | 'not_found';
  onReload(): void;
}

/** Shown when a save was refused because the copy being edited is out of date. */
export function StaleNotice({ what, kind, onReload }: StaleNoticeProps) {
  return (
    <div className="stale-notice" role="alert">
      <p>
        {kind === 'conflict'
          ? `This ${what} was changed elsewhere since you opened it, so nothing was saved. Reload to edit the latest version; your changes in this form will be replaced.`
          : `This ${what} no longer exists: it was deleted elsewhere. Nothing was saved.`}
      </p>
      <button type="button" className="button" onClick={onReload}>
        {kind === 'conflict' ? 'Reload latest' : 'Close and reload'}
      </button>
    </div>
  );
}
