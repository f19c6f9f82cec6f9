import { useLayoutEffect, type RefObject } from 'react';
import { useTimeline } from '../state/timelineStore';

/** Keeps a focused item this far inside the scroll box's top and bottom. */
const MARGIN_PX = 8;

/**
 * The item the keyboard moved to (see requestFocus): focuses its element,
 * scrolls it into the viewport, then hands it to `onRevealed` (to show its
 * details beside it).
 */
export function useFocusReveal(
  plotRef: RefObject<SVGSVGElement | null>,
  scrollRef: RefObject<HTMLElement | null>,
  onRevealed: (element: SVGElement, id: string) => void,
): void {
  const focusNonce = useTimeline((s) => s.focusNonce);
  useLayoutEffect(() => {
    if (focusNonce === 0) return;
    const id = useTimeline.getState().focusId;
    const element = id
      ? plotRef.current?.querySelector<SVGElement>(`[data-item-id="${CSS.escape(id)}"]`)
      : null;
    const scroller = scrollRef.current;
    if (!id || !element || !scroller) return;
    element.focus({ preventScroll: true });
    const box = element.getBoundingClientRect();
    const frame = scroller.getBoundingClientRect();
    if (box.top < frame.top + MARGIN_PX) scroller.scrollTop -= frame.top + MARGIN_PX - box.top;
    else if (box.bottom > frame.bottom - MARGIN_PX)
      scroller.scrollTop += box.bottom - frame.bottom + MARGIN_PX;
    onRevealed(element, id);
  }, [focusNonce, plotRef, scrollRef, onRevealed]);
}
