// Dragging a date towards an edge of the plot brings more of the calendar into view.

/** Dragging a date this close to either edge of the plot pans it that way. */
export const EDGE_PX = 48;
/** The fastest the view pans while dragging at the very edge, per frame. */
const EDGE_SPEED_PX = 16;

/**
 * How far to pan this frame while a drag is held at `x` in a plot `width`
 * wide: nothing away from the edges, faster the deeper into the edge zone
 * (positive pans the view towards later dates).
 */
export function edgePan(x: number, width: number): number {
  if (width <= 2 * EDGE_PX) return 0;
  if (x < EDGE_PX) return -Math.ceil(EDGE_SPEED_PX * Math.min(1, (EDGE_PX - x) / EDGE_PX));
  if (x > width - EDGE_PX)
    return Math.ceil(EDGE_SPEED_PX * Math.min(1, (x - (width - EDGE_PX)) / EDGE_PX));
  return 0;
}
