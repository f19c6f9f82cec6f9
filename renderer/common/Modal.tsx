import { useEffect, useRef, type ReactNode } from 'react';
import { Icon } from './Icon';
import './Modal.css';

interface ModalProps {
  title: string;
  /** Called for Escape and the close button; the owner decides whether the dialog goes away. */
  onClose(): void;
  /** Focus goes back here on close, or to `fallbackFocus()` when it is gone. */
  returnFocus: HTMLElement | SVGElement | null;
  fallbackFocus?: () => HTMLElement | null;
  /** Selector of the element to focus when the dialog opens; else the first field. */
  initialFocus?: string;
  size?: 'small' | 'wide';
  children: ReactNode;
}

/**
 * A modal on the platform's <dialog>: it traps focus, makes the page behind it
 * inert and closes on Escape, which a hand-made overlay would have to imitate.
 */
export function Modal({
  title,
  onClose,
  returnFocus,
  fallbackFocus,
  initialFocus,
  size = 'wide',
  children,
}: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = `modal-title-${title.replace(/\W+/g, '-').toLowerCase()}`;
  const restore = useRef({ returnFocus, fallbackFocus });

  useEffect(() => {
    restore.current = { returnFocus, fallbackFocus };
  }, [returnFocus, fallbackFocus]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>(
      initialFocus ??
        '.modal-body input, .modal-body select, .modal-body textarea, .modal-body button',
    );
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      const { returnFocus: back, fallbackFocus: fallback } = restore.current;
      if (back?.isConnected) back.focus();
      else fallback?.()?.focus();
    };
  }, [initialFocus]);

  return (
    <dialog
      ref={ref}
      className={`modal modal-${size}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // Ctrl+Enter (Cmd+Enter) saves from any field of any editor: the form of this dialog,
        // not of one it sits in.
        if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
        if (event.defaultPrevented || event.nativeEvent.isComposing) return;
        event.stopPropagation();
        const within = event.target instanceof Element ? event.target.closest('form') : null;
        const form =
          within && ref.current?.contains(within)
            ? within
            : ref.current?.querySelector<HTMLFormElement>(':scope > form');
        if (!form) return;
        event.preventDefault();
        form.requestSubmit();
      }}
    >
      <div className="modal-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close">
          <Icon name="close" />
        </button>
      </div>
      {children}
    </dialog>
  );
}
