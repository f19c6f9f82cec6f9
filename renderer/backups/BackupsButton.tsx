import { useBackupsDialog } from './backupsStore';

/** The header's way into the backups. */
export function BackupsButton() {
  const open = useBackupsDialog((state) => state.open);
  return (
    <button type="button" className="button" onClick={() => open()}>
      Backups…
    </button>
  );
}
