import { useUndo } from './undoStore';
import './UndoButtons.css';

/** Undo and Redo in the header, naming the step they would take back or redo. */
export function UndoButtons() {
  const state = useUndo((s) => s.state);
  const busy = useUndo((s) => s.busy);
  const undo = useUndo((s) => s.undo);
  const redo = useUndo((s) => s.redo);
  return (
    <div className="undo-buttons">
      <button
        type="button"
        className="button button-quiet"
        disabled={busy || !state?.canUndo}
        title={state?.undoLabel ? `Undo ${state.undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
        aria-keyshortcuts="Control+Z"
        onClick={() => void undo()}
      >
        Undo
        {state?.undoLabel ? <span className="undo-label">: {state.undoLabel}</span> : null}
      </button>
      <button
        type="button"
        className="button button-quiet"
        disabled={busy || !state?.canRedo}
        title={state?.redoLabel ? `Redo ${state.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        aria-keyshortcuts="Control+Shift+Z"
        onClick={() => void redo()}
      >
        Redo
        {state?.redoLabel ? <span className="undo-label">: {state.redoLabel}</span> : null}
      </button>
    </div>
  );
}
