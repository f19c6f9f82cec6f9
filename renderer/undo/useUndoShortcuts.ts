import { useEffect } from 'react';
import { isTextEntry, undoCommand } from './shortcuts';
import { useUndo, watchPlanForUndo } from './undoStore';

/** Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) anywhere in the app, except in text fields and dialogs. */
export function useUndoShortcuts(): void {
  useEffect(() => watchPlanForUndo(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const command = undoCommand(event);
      if (!command) return;
      if (isTextEntry(document.activeElement)) return;
      // An open editor or dialog owns the keyboard; undoing behind it would pull the rug.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      void (command === 'undo' ? useUndo.getState().undo() : useUndo.getState().redo());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
