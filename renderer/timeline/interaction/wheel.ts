import { useEffect, type RefObject } from 'react';
import { panBy, zoomAt, type TimeScale } from '../geometry/scale';
import { scheduleScale } from './scheduleScale';

// The wheel on the plot: Ctrl+wheel (and a trackpad pinch, which arrives as
// one) zooms at the pointer; Shift+wheel and sideways scrolling pan; a plain
// wheel scrolls the lanes, as the browser does by itself.

export interface WheelInput {
  deltaX: number;
  deltaY: number;
  /** 0: pixels, 1: lines, 2: pages. */
  deltaMode: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** How much a zoom step changes the scale per pixel of wheel travel. */
const ZOOM_PER_PX = 0.002;
const LINE_PX = 16;

/**
 * What a wheel event does to the scale, given the pointer at `x` on the plot
 * and a page `pageHeight` tall; null when it is the browser's (vertical scrolling).
 */
export function wheelChange(
  event: WheelInput,
  x: number,
  pageHeight: number,
): ((scale: TimeScale) => TimeScale) | null {
  const unit = event.deltaMode === 1 ? LINE_PX : event.deltaMode === 2 ? pageHeight : 1;
  if (event.ctrlKey || event.metaKey) {
    const factor = Math.exp(-event.deltaY * unit * ZOOM_PER_PX);
    return (s) => zoomAt(s, factor, x);
  }
  const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY);
  if (!event.shiftKey && !sideways) return null;
  const delta = sideways ? event.deltaX : event.deltaY;
  return (s) => panBy(s, -delta * unit);
}

/** Zooms and pans the timeline from the wheel over `scrollRef`, one change a frame at most. */
export function useWheel(
  scrollRef: RefObject<HTMLElement | null>,
  /** The plot's left edge in client coordinates. */
  plotLeft: () => number,
): void {
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      const change = wheelChange(event, event.clientX - plotLeft(), element.clientHeight);
      if (!change) return;
      event.preventDefault();
      scheduleScale(change);
    };
    // Not passive: a zoom must keep the browser from zooming the page.
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [scrollRef, plotLeft]);
}
