import { describe, expect, it } from 'vitest';
import { byTime, moveFocus } from './navigation';

const lanes = [
  [
    { id: 'ff', t: 10 },
    { id: 'hcf', t: 30 },
    { id: 'rel', t: 50 },
  ],
  [],
  [
    { id: 'xsa-1', t: 25 },
    { id: 'xsa-2', t: 48 },
  ],
];

describe('roving focus', () => {
  it('moves along a lane in time order and stops at its ends', () => {
    expect(moveFocus(lanes, 'hcf', 'right', 0)).toBe('rel');
    expect(moveFocus(lanes, 'hcf', 'left', 0)).toBe('ff');
    expect(moveFocus(lanes, 'rel', 'right', 0)).toBeNull();
    expect(moveFocus(lanes, 'hcf', 'home', 0)).toBe('ff');
    expect(moveFocus(lanes, 'ff', 'end', 0)).toBe('rel');
  });

  it('moves between lanes to the item nearest in time, skipping empty lanes', () => {
    expect(moveFocus(lanes, 'rel', 'down', 0)).toBe('xsa-2');
    expect(moveFocus(lanes, 'xsa-1', 'up', 0)).toBe('hcf');
    expect(moveFocus(lanes, 'ff', 'up', 0)).toBeNull();
  });

  it('starts at the item nearest the middle of the view when nothing has focus', () => {
    expect(moveFocus(lanes, null, 'right', 45)).toBe('rel');
    expect(moveFocus(lanes, 'gone', 'right', 12)).toBe('ff');
    expect(moveFocus([[], []], null, 'down', 0)).toBeNull();
  });

  it('orders by time, keeping the given order for ties', () => {
    expect(
      byTime([
        { id: 'b', t: 2 },
        { id: 'a', t: 1 },
        { id: 'c', t: 2 },
      ]).map((i) => i.id),
    ).toEqual(['a', 'b', 'c']);
  });
});
