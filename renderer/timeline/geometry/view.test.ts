import { describe, expect, it } from 'vitest';
import { DAY_MS } from './scale';
import { LAYER_PX, layerOffset, layerTransform, OVERSCAN, stretches, viewFor, xAt } from './view';

const scale = { start: Date.UTC(2027, 0, 1), msPerPx: DAY_MS / 10 };
const WIDTH = 1000;

describe('drawn layer', () => {
  it('draws the visible range with a margin, from an origin in the middle of the layer', () => {
    const view = viewFor(null, scale, WIDTH);
    expect(view.from).toBe(scale.start - OVERSCAN * WIDTH * scale.msPerPx);
    expect(xAt(view.origin, scale.start)).toBe(LAYER_PX / 2);
    expect(xAt(view.origin, scale.start) + layerOffset(view.origin, scale)).toBe(0);
  });

  it('stays the same while a pan stays inside what is drawn, then moves without a new origin', () => {
    const view = viewFor(null, scale, WIDTH);
    const small = { ...scale, start: scale.start + 100 * scale.msPerPx };
    expect(viewFor(view, small, WIDTH)).toBe(view);
    const far = { ...scale, start: scale.start + 2000 * scale.msPerPx };
    const moved = viewFor(view, far, WIDTH);
    expect(moved).not.toBe(view);
    expect(moved.origin).toBe(view.origin);
  });

  it('takes a new origin on zoom, and stretches the layer during a zoom gesture', () => {
    const view = viewFor(null, scale, WIDTH);
    const zoomed = { start: scale.start + 100 * scale.msPerPx, msPerPx: scale.msPerPx / 1.5 };
    expect(stretches(view, zoomed, WIDTH)).toBe(true);
    expect(layerTransform(view.origin, zoomed)).toContain('scale(1.5, 1)');
    expect(viewFor(view, zoomed, WIDTH).origin).not.toBe(view.origin);
    expect(stretches(view, { ...scale, msPerPx: scale.msPerPx * 3 }, WIDTH)).toBe(false);
  });
});
