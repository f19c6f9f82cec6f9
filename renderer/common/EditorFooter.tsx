interface EditorFooterProps {
  /** 'Save release', 'Add advisory': what the submit button does. */
  saveLabel: string;
  /** A save is on its way: the button says so and takes no second click. */
  busy: boolean;
  /** Saving is not possible now (the record changed elsewhere and must be reloaded first). */
  blocked: boolean;
  onCancel(): void;
}

/** The footer of a record's editor dialog: the keys that save and cancel, Cancel, and the save button. */
export function EditorFooter({ saveLabel, busy, blocked, onCancel }: EditorFooterProps) {
  return (
    <div className="modal-footer">
      <span className="modal-footer-hint">
        <kbd>Ctrl</kbd>+<kbd>Enter</kbd> saves · <kbd>Esc</kbd> cancels
      </span>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button-primary" disabled={busy || blocked}>
        {busy ? 'Saving…' : saveLabel}
      </button>
    </div>
  );
}
