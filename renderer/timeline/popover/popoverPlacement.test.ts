import { describe, expect, it } from 'vitest';
import { placeVertically } from './popoverPlacement';

const span = { top: 0, bottom: 600 };

describe('hover card placement', () => {
  it('sits level with the item where it fits', () => {
    expect(placeVertically(200, 150, span)).toEqual({ top: 188, maxHeight: null });
  });

  it('moves up rather than run off the bottom, and down rather than off the top', () => {
    expect(placeVertically(560, 300, span)).toEqual({ top: 292, maxHeight: null });
    expect(placeVertically(2, 100, span)).toEqual({ top: 8, maxHeight: null });
  });

  it('keeps inside the part of the canvas the window shows', () => {
    expect(placeVertically(100, 200, { top: 150, bottom: 500 })).toEqual({
      top: 158,
      maxHeight: null,
    });
  });

  it('scrolls when taller than the room there is', () => {
    expect(placeVertically(100, 900, span)).toEqual({ top: 8, maxHeight: 584 });
  });
});
