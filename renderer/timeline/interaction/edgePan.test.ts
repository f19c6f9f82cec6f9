import { describe, expect, it } from 'vitest';
import { EDGE_PX, edgePan } from './edgePan';

describe('panning while a date is dragged to an edge', () => {
  it('stays still away from the edges, pans faster the deeper into them', () => {
    expect(edgePan(500, 1000)).toBe(0);
    expect(edgePan(EDGE_PX, 1000)).toBe(0);
    expect(edgePan(1000 - EDGE_PX, 1000)).toBe(0);
    expect(edgePan(EDGE_PX / 2, 1000)).toBeLessThan(0);
    expect(edgePan(0, 1000)).toBeLessThan(edgePan(EDGE_PX / 2, 1000));
    expect(edgePan(990, 1000)).toBeGreaterThan(edgePan(960, 1000));
    // Past the edge (the pointer left the plot) it pans no faster than at the edge.
    expect(edgePan(1200, 1000)).toBe(edgePan(1000, 1000));
  });

  it('does nothing in a plot too narrow to have a middle', () => {
    expect(edgePan(10, 2 * EDGE_PX)).toBe(0);
  });
});
