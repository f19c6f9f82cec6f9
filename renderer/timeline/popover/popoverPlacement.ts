// Where a hover card goes so that all of it stays on screen.

const MARGIN = 8;

/**
 * Where a card of `height` goes beside an item whose top is `itemTop`: level
 * with it, moved up as far as it must to end inside `span`, and capped (to
 * scroll) when it is taller than the span.
 */
export function placeVertically(
  itemTop: number,
  height: number,
  span: { top: number; bottom: number },
): { top: number; maxHeight: number | null } {
  const room = span.bottom - span.top - 2 * MARGIN;
  if (height > room) return { top: span.top + MARGIN, maxHeight: Math.max(room, 80) };
  const wanted = itemTop - 12;
  const top = Math.min(Math.max(wanted, span.top + MARGIN), span.bottom - MARGIN - height);
  return { top, maxHeight: null };
}
