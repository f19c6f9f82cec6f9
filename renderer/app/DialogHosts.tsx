import { lazy, Suspense, type ComponentType } from 'react';
import { useBackupsDialog } from '../backups/backupsStore';
import { useExchange } from '../exchange/exchangeStore';
import { useShortcutsHelp } from '../help/shortcuts';
import { useHistory } from '../history/historyStore';
import { useConfirm } from '../state/confirmStore';
import { useEditor } from '../state/editorStore';
import { useTimeline } from '../timeline/state/timelineStore';

// A dialog's code, and the schemas and drafts behind it, is fetched the first
// time its store opens it: none of it is on the first screen.
const EditorHost = lazy(() => import('./EditorHost').then((m) => ({ default: m.EditorHost })));
const ConfirmHost = lazy(() => import('./ConfirmHost').then((m) => ({ default: m.ConfirmHost })));
const HistoryHost = lazy(() =>
  import('../history/HistoryDialog').then((m) => ({ default: m.HistoryHost })),
);
const ExchangeHost = lazy(() =>
  import('../exchange/ExchangeHost').then((m) => ({ default: m.ExchangeHost })),
);
const BackupsHost = lazy(() =>
  import('../backups/BackupsDialog').then((m) => ({ default: m.BackupsHost })),
);
const MoveLiftDialog = lazy(() =>
  import('../timeline/interaction/MoveLiftDialog').then((m) => ({ default: m.MoveLiftDialog })),
);
const ShortcutsHelp = lazy(() =>
  import('../help/ShortcutsHelp').then((m) => ({ default: m.ShortcutsHelp })),
);

/** One dialog's host, loaded once the dialog is first opened; a boundary of its own, so nothing else blinks. */
function OnDemand({ open, Host }: { open: boolean; Host: ComponentType }) {
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <Host />
    </Suspense>
  );
}

/** Every dialog any view may open, over whichever view is on screen. */
export function DialogHosts() {
  const editing = useEditor((state) => state.target !== null);
  const confirming = useConfirm((state) => state.target !== null);
  const history = useHistory((state) => state.target !== null);
  const exchange = useExchange((state) => state.target !== null);
  const backups = useBackupsDialog((state) => state.target !== null);
  const shortcuts = useShortcutsHelp((state) => state.target !== null);
  // Asked from the timeline (a drag) and from a suggestion in any view.
  const movingLift = useTimeline((state) => state.pendingLift !== null);
  return (
    <>
      <OnDemand open={editing} Host={EditorHost} />
      <OnDemand open={history} Host={HistoryHost} />
      <OnDemand open={exchange} Host={ExchangeHost} />
      <OnDemand open={backups} Host={BackupsHost} />
      <OnDemand open={shortcuts} Host={ShortcutsHelp} />
      <OnDemand open={movingLift} Host={MoveLiftDialog} />
      <OnDemand open={confirming} Host={ConfirmHost} />
    </>
  );
}
