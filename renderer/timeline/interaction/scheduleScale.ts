import type { TimeScale } from '../geometry/scale';
import { useTimeline } from '../state/timelineStore';

// Wheel and pointer events can arrive several times a frame; they are
// folded into one scale change applied at the next animation frame, so the
// timeline renders once per frame however fast the input comes.

let pending: TimeScale | null = null;
let frame = 0;

export function scheduleScale(change: (scale: TimeScale) => TimeScale): void {
  const base = pending ?? useTimeline.getState().scale;
  if (!base) return;
  pending = change(base);
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    const next = pending;
    pending = null;
    if (next) useTimeline.getState().setScale(next, true);
  });
}
