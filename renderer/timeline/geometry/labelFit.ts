// Text on the timeline is only drawn where it does not collide: a label
// that would overlap one already placed is left out (the tooltip and the
// item's accessible name still carry it).

export interface LabelCandidate {
  /** Left edge and width in pixels. */
  x: number;
  width: number;
  /** Higher is placed first. */
  priority: number;
}

/** Rough width of `text` at the timeline's 11px label size; no layout read needed. */
export function textWidth(text: string, px = 11): number {
  return Math.ceil(text.length * px * 0.58) + 2;
}

/** Which candidates get drawn, by index. */
export function fitLabels(candidates: readonly LabelCandidate[], gap = 4): boolean[] {
  const order = candidates.map((_, i) => i);
  order.sort(
    (a, b) => candidates[b].priority - candidates[a].priority || candidates[a].x - candidates[b].x,
  );
  const placed: { x: number; end: number }[] = [];
  const shown = candidates.map(() => false);
  for (const i of order) {
    const c = candidates[i];
    const end = c.x + c.width;
    if (placed.some((p) => c.x < p.end + gap && end + gap > p.x)) continue;
    placed.push({ x: c.x, end });
    shown[i] = true;
  }
  return shown;
}
