import { useEffect } from 'react';
import { createDialogStore } from '../state/dialogStore';

// "?" opens the list of keyboard shortcuts from anywhere a letter typed means
// nothing else (not in a text field, not over a dialog).

export const useShortcutsHelp = createDialogStore();

export interface ShortcutGroup {
  title: string;
  keys: { keys: string[][]; what: string }[];
}

/** Every shortcut the app has, by where it works. `keys` lists alternatives, each a chord. */
export const SHORTCUTS: readonly ShortcutGroup[] = [
  {
    title: 'Anywhere',
    keys: [
      { keys: [['?']], what: 'Show these keyboard shortcuts' },
      { keys: [['N']], what: 'Add an advisory' },
      { keys: [['Ctrl', 'Z']], what: 'Undo the last change' },
      {
        keys: [
          ['Ctrl', 'Shift', 'Z'],
          ['Ctrl', 'Y'],
        ],
        what: 'Redo',
      },
    ],
  },
  {
    title: 'In an editor',
    keys: [
      { keys: [['Ctrl', 'Enter']], what: 'Save' },
      {
        keys: [['Esc']],
        what: 'Close; with unsaved changes it asks first (keep editing, keep as draft, or discard)',
      },
    ],
  },
  {
    title: 'On the timeline',
    keys: [
      { keys: [['Tab']], what: 'Into the timeline, then out of it' },
      { keys: [['←'], ['→'], ['↑'], ['↓']], what: 'Move between items and lanes' },
      { keys: [['Home'], ['End']], what: 'First or last item of a lane' },
      {
        keys: [['Enter']],
        what: "Open: a milestone or lift in its editor at that date; a warning or suggestion's details",
      },
      {
        keys: [
          ['Alt', '←'],
          ['Alt', '→'],
        ],
        what: 'Move the date a day; letting go of Alt saves it',
      },
      {
        keys: [
          ['Alt', 'Shift', '←'],
          ['Alt', 'Shift', '→'],
        ],
        what: 'Move the date a week',
      },
      { keys: [['Esc']], what: 'Put a moved item back, or close its details' },
      { keys: [['+'], ['−']], what: 'Zoom in or out' },
    ],
  },
  {
    title: 'On the time axis',
    keys: [
      { keys: [['←'], ['→']], what: 'Pan (with Shift, half a screen)' },
      { keys: [['Page Up'], ['Page Down']], what: 'Pan a screen' },
      { keys: [['Home']], what: 'Back to today' },
    ],
  },
];

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
