import { describe, expect, it } from 'vitest';
import { fitLabels, textWidth } from './labelFit';

describe('label fitting', () => {
  it('leaves out the lower-priority label of two that would overlap', () => {
    expect(
      fitLabels([
        { x: 0, width: 40, priority: 1 },
        { x: 30, width: 40, priority: 3 },
        { x: 100, width: 20, priority: 0 },
      ]),
    ).toEqual([false, true, true]);
  });

  it('keeps labels a gap apart', () => {
    expect(
      fitLabels(
        [
          { x: 0, width: 10, priority: 1 },
          { x: 12, width: 10, priority: 1 },
        ],
        4,
      ),
    ).toEqual([true, false]);
  });

  it('estimates longer text as wider', () => {
    expect(textWidth('Hard code freeze')).toBeGreaterThan(textWidth('HCF'));
  });
});
