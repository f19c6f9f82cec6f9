import { useTimeline } from '../state/timelineStore';

// When the details beside an item go away: a hover popover lingers a moment
// after the pointer leaves its item, so the pointer can travel into it; a
// closed one gives focus back to its item.

let hideTimer: ReturnType<typeof setTimeout> | null = null;

/** Hides an unpinned popover shortly, so the pointer can travel into it first. */
export function hidePopoverSoon(): void {
  if (hideTimer) clearTimeout(hideTimer);
  hideTimer = setTimeout(() => {
    hideTimer = null;
    const store = useTimeline.getState();
    if (store.popover && !store.popover.pinned) store.setPopover(null);
  }, 300);
}

export function keepPopover(): void {
  if (hideTimer) clearTimeout(hideTimer);
  hideTimer = null;
}

/** Closes the popover and puts focus back on the item it was about. */
export function closePopover(id: string): void {
  useTimeline.getState().setPopover(null);
  document
    .querySelector<SVGElement>(`[data-item-id="${CSS.escape(id)}"]`)
    ?.focus({ preventScroll: true });
}
