import { useEffect } from 'react';
import { createDialogStore } from '../state/dialogStore';

// "?" opens the list of keyboard shortcuts from anywhere a letter typed means
// nothing else (not in a text field, not over a dialog).

export const useShortcutsHelp = createDialogStore();

function typing(): boolean {
  const active = document.activeElement;
  return (
    active instanceof HTMLTextAreaElement ||
    active instanceof HTMLSelectElement ||
    (active instanceof HTMLInputElement &&
      !['checkbox', 'radio', 'button', 'submit', 'reset', 'file'].includes(active.type)) ||
    (active instanceof HTMLElement && active.isContentEditable)
  );
}

/** Listens for "?" anywhere in the app. */
export function useShortcutsKey(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.defaultPrevented || event.ctrlKey || event.metaKey) return;
      if (event.altKey || typing() || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      useShortcutsHelp.getState().open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
