import { describe, expect, it } from 'vitest';
import { median } from './statistics';

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([5, 1, 11])).toBe(5);
    expect(median([20, 1, 6, 5])).toBe(5.5);
  });

  it('leaves its input as it was, and is null for no values', () => {
    const values = [3, 1, 2];
    expect(median(values)).toBe(2);
    expect(values).toEqual([3, 1, 2]);
    expect(median([])).toBeNull();
  });
});
