import { useState, type ReactNode } from 'react';
import { Icon } from './Icon';
import { Modal } from './Modal';
import './DiscardPrompt.css';

interface DiscardPromptProps {
  /** "release 4.21", "the new advisory", "the settings". */
  what: string;
  /** The field that had focus, to go back to when editing goes on. */
  returnFocus: HTMLElement | null;
  onKeepEditing(): void;
  /** Closes the editor; the draft stays and comes back when it is opened again. */
  onKeepDraft?(): void;
  onDiscard(): void;
}

/** Asked before an editor with changes goes away: nothing typed is lost by a stray Esc. */
export function DiscardPrompt({
  what,
  returnFocus,
  onKeepEditing,
  onKeepDraft,
  onDiscard,
}: DiscardPromptProps) {
  return (
    <Modal
      title="Unsaved changes"
      onClose={onKeepEditing}
      returnFocus={returnFocus}
      initialFocus=".discard-keep-editing"
      size="small"
    >
      <div className="modal-body">
        <p className="confirm-message">
          You have changed {what} and not saved it.
          {onKeepDraft
            ? ' Keep it as a draft to finish later (it stays until you save or discard it), or discard the changes.'
            : ' Discard the changes?'}
        </p>
      </div>
      <div className="modal-footer">
        <button type="button" className="button button-danger" onClick={onDiscard}>
          Discard changes
        </button>
        {onKeepDraft ? (
          <button type="button" className="button" onClick={onKeepDraft}>
            Keep as draft
          </button>
        ) : null}
        <button
          type="button"
          className="button button-primary discard-keep-editing"
          onClick={onKeepEditing}
        >
          Keep editing
        </button>
      </div>
    </Modal>
  );
}

interface CloseGuardOptions {
  what: string;
  dirty: boolean;
  /** Closes the editor (its draft, if dirty, is kept). */
  close(): void;
  /** Forgets the draft. */
  forget(): void;
  /** Offer "Keep as draft" (editors that close); a view that stays has nowhere to close to. */
  canKeepDraft?: boolean;
}

/**
 * Esc, Cancel and the close button of an editor go through `requestClose`:
 * without changes it closes, with changes it asks first.
 */
export function useCloseGuard({
  what,
  dirty,
  close,
  forget,
  canKeepDraft = true,
}: CloseGuardOptions): { requestClose(): void; discard(): void; prompt: ReactNode } {
  const [asking, setAsking] = useState<{ focus: HTMLElement | null } | null>(null);
  const discard = () => {
    forget();
    close();
  };
  const requestClose = () => {
    if (!dirty) return discard();
    setAsking({
      focus: document.activeElement instanceof HTMLElement ? document.activeElement : null,
    });
  };
  const prompt = asking ? (
    <DiscardPrompt
      what={what}
      returnFocus={asking.focus}
      onKeepEditing={() => setAsking(null)}
      onKeepDraft={
        canKeepDraft
          ? () => {
              setAsking(null);
              close();
            }
          : undefined
      }
      onDiscard={() => {
        setAsking(null);
        discard();
      }}
    />
  ) : null;
  return { requestClose, discard, prompt };
}

/** Said at the top of an editor that took up a draft left unsaved earlier. */
export function RestoredDraft({ onDiscard }: { onDiscard(): void }) {
  return (
    <div className="restored-draft" role="status">
      <Icon name="info" />
      <span>
        Your unsaved changes from earlier are back. Save them, or start again from what is stored.
      </span>
      <button type="button" className="button" onClick={onDiscard}>
        Discard draft
      </button>
    </div>
  );
}
