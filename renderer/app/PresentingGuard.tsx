import { Modal } from '../common/Modal';
import { useEditor } from '../state/editorStore';
import { usePresentation } from '../state/presentationStore';

/** Stands in for the editor of an embargoed advisory while presentation mode is on. */
export function PresentingGuard({ advisoryKey }: { advisoryKey: string }) {
  const close = useEditor((state) => state.close);
  const returnFocus = useEditor((state) => state.returnFocus);
  const setPresenting = usePresentation((state) => state.setPresenting);
  return (
    <Modal
      title={`${advisoryKey} is under embargo`}
      onClose={close}
      returnFocus={returnFocus}
      initialFocus=".modal-footer .button"
      size="small"
    >
      <div className="modal-body">
        <p>
          Its editor shows the title, CVEs and notes, which presentation mode keeps off the screen.
          Turn presentation mode off first if nobody else can see your screen.
        </p>
      </div>
      <div className="modal-footer">
        <button type="button" className="button" onClick={close}>
          Keep presenting
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => setPresenting(false)}
        >
          Turn off and edit
        </button>
      </div>
    </Modal>
  );
}
