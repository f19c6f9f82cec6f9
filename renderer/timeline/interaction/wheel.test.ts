import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../geometry/scale';
import { wheelChange, type WheelInput } from './wheel';

const T0 = Date.parse('2027-01-01T00:00:00Z');
const scale = { start: T0, msPerPx: DAY_MS / 10 };
const wheel = (patch: Partial<WheelInput>): WheelInput => ({
  deltaX: 0,
  deltaY: 0,
  deltaMode: 0,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...patch,
});

describe('the wheel on the plot', () => {
  it('leaves a plain vertical wheel to the browser, to scroll the lanes', () => {
    expect(wheelChange(wheel({ deltaY: 100 }), 200, 800)).toBeNull();
  });

  it('zooms at the pointer with Ctrl or Cmd: the instant under it stays put', () => {
    for (const key of ['ctrlKey', 'metaKey'] as const) {
      const zoomIn = wheelChange(wheel({ deltaY: -100, [key]: true }), 200, 800)!;
      const next = zoomIn(scale);
      expect(next.msPerPx).toBeLessThan(scale.msPerPx);
      expect(next.start + 200 * next.msPerPx).toBeCloseTo(scale.start + 200 * scale.msPerPx, -1);
    }
    const zoomOut = wheelChange(wheel({ deltaY: 100, ctrlKey: true }), 0, 800)!;
    expect(zoomOut(scale).msPerPx).toBeGreaterThan(scale.msPerPx);
  });

  it('pans with Shift or a sideways swipe, later dates for a wheel down or right', () => {
    const shift = wheelChange(wheel({ deltaY: 50, shiftKey: true }), 0, 800)!;
    expect(shift(scale).start).toBe(T0 + 50 * scale.msPerPx);
    const swipe = wheelChange(wheel({ deltaX: -30, deltaY: 5 }), 0, 800)!;
    expect(swipe(scale).start).toBe(T0 - 30 * scale.msPerPx);
  });

  it('counts a wheel in lines or pages in pixels', () => {
    const lines = wheelChange(wheel({ deltaY: 3, deltaMode: 1, shiftKey: true }), 0, 800)!;
    expect(lines(scale).start).toBe(T0 + 48 * scale.msPerPx);
    const pages = wheelChange(wheel({ deltaY: 1, deltaMode: 2, shiftKey: true }), 0, 800)!;
    expect(pages(scale).start).toBe(T0 + 800 * scale.msPerPx);
  });
});
