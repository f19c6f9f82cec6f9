import { useEffect } from 'react';
import { useEditor } from '../state/editorStore';

/** "n" for a new advisory: one key, as the security team enters them while a report is read. */
export const NEW_ADVISORY_KEY = 'n';
export const ADD_ADVISORY_BUTTON_ID = 'add-advisory';

interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  repeat: boolean;
  defaultPrevented: boolean;
}

/** What has focus, as far as the shortcut needs to know. */
export interface FocusContext {
  /** Focus is in something that takes typed letters (text field, select, editable content). */
  typing: boolean;
  /** A dialog is open: it owns the keyboard. */
  dialogOpen: boolean;
}

/** Whether a key press asks for a new advisory: a bare "n" where letters mean nothing else. */
export function isNewAdvisoryKey(event: KeyPress, focus: FocusContext): boolean {
  if (event.defaultPrevented || event.repeat) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (event.key.toLowerCase() !== NEW_ADVISORY_KEY) return false;
  return !focus.typing && !focus.dialogOpen;
}

function focusContext(): FocusContext {
  const active = document.activeElement;
  const typing =
    active instanceof HTMLTextAreaElement ||
    active instanceof HTMLSelectElement ||
    (active instanceof HTMLInputElement &&
      !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(active.type)) ||
    (active instanceof HTMLElement && active.isContentEditable);
  return { typing, dialogOpen: document.querySelector('dialog[open]') !== null };
}

/** Listens for the new-advisory key anywhere in the app. */
export function useNewAdvisoryShortcut(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isNewAdvisoryKey(event, focusContext())) return;
      // Or the "n" would be typed into the Key field the dialog focuses.
      event.preventDefault();
      useEditor.getState().open({ type: 'advisory', id: null });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
