import { describe, expect, it } from 'vitest';
import {
  centerOn,
  DAY_MS,
  ensureVisible,
  fitRange,
  MAX_MS_PER_PX,
  MIN_MS_PER_PX,
  panBy,
  timeAt,
  visibleRange,
  xOf,
  zoomAt,
} from './scale';

const T = Date.UTC(2027, 1, 9);

describe('time scale', () => {
  it('maps time to pixels and back', () => {
    const scale = { start: T, msPerPx: DAY_MS / 10 };
    expect(xOf(scale, T + 3 * DAY_MS)).toBe(30);
    expect(timeAt(scale, 30)).toBe(T + 3 * DAY_MS);
    expect(visibleRange(scale, 100)).toEqual([T, T + 10 * DAY_MS]);
  });

  it('zooms around the pixel under the pointer, which stays put', () => {
    const scale = { start: T, msPerPx: DAY_MS / 10 };
    const zoomed = zoomAt(scale, 2, 40);
    expect(zoomed.msPerPx).toBe(DAY_MS / 20);
    expect(timeAt(zoomed, 40)).toBeCloseTo(timeAt(scale, 40), -1);
  });

  it('keeps the zoom between days and decades', () => {
    const scale = { start: T, msPerPx: DAY_MS };
    expect(zoomAt(scale, 1e9, 0).msPerPx).toBe(MIN_MS_PER_PX);
    expect(zoomAt(scale, 1e-9, 0).msPerPx).toBe(MAX_MS_PER_PX);
  });

  it('pans with the drag: dragging right brings earlier dates in', () => {
    const scale = { start: T, msPerPx: DAY_MS / 10 };
    expect(panBy(scale, 20).start).toBe(T - 2 * DAY_MS);
  });

  it('fits a range with a margin, centred', () => {
    const fitted = fitRange(T, T + 100 * DAY_MS, 1000, 0.05);
    const [from, to] = visibleRange(fitted, 1000);
    expect(from).toBeLessThan(T);
    expect(to).toBeGreaterThan(T + 100 * DAY_MS);
    expect((from + to) / 2).toBeCloseTo(T + 50 * DAY_MS, -3);
  });

  it('centres on an instant and pans only as far as needed to show one', () => {
    const scale = { start: T, msPerPx: DAY_MS / 10 };
    expect(xOf(centerOn(scale, T + 50 * DAY_MS, 200), T + 50 * DAY_MS)).toBe(100);
    expect(ensureVisible(scale, T + 5 * DAY_MS, 200, 20)).toBe(scale);
    const moved = ensureVisible(scale, T + 40 * DAY_MS, 200, 20);
    expect(xOf(moved, T + 40 * DAY_MS)).toBeCloseTo(180);
  });
});
