import { create } from 'zustand';

/** Where focus goes back when a dialog closes (a timeline item is SVG). */
export type FocusReturn = HTMLElement | SVGElement | null;

/** What a dialog that needs nothing to show is opened with. */
type OpenArgs<T> = [T] extends [true] ? [] : [target: T];

export interface DialogState<T> {
  /** What the dialog shows; null while it is closed. */
  target: T | null;
  /** The element that had focus when the dialog opened: it gets focus back on close. */
  returnFocus: FocusReturn;
  open(...target: OpenArgs<T>): void;
  close(): void;
}

function focused(): FocusReturn {
  const active = document.activeElement;
  return active instanceof HTMLElement || active instanceof SVGElement ? active : null;
}

/**
 * A store for one dialog any view may open: what it shows, and where focus
 * goes when it closes. `T` is what it is opened on (an advisory, a request);
 * a dialog that needs nothing is a `createDialogStore()` opened with `open()`.
 */
export function createDialogStore<T = true>() {
  return create<DialogState<T>>()((set) => ({
    target: null,
    returnFocus: null,
    // With no argument the target is `true`: OpenArgs allows that only when T is true.
    open: (...target: [T?]) =>
      set({ target: target.length > 0 ? (target[0] as T) : (true as T), returnFocus: focused() }),
    close: () => set({ target: null }),
  }));
}
