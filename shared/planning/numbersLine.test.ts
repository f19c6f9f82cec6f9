import { describe, expect, it } from 'vitest';
import { numbersLine } from './numbersLine';

describe('numbersLine', () => {
  it('says each figure in words, in the engine’s order', () => {
    expect(numbersLine({ daysBefore: 12, workingDaysBefore: 8, windowDays: 14 })).toEqual([
      '12 days before',
      '8 working days before',
      'window 14 days',
    ]);
    expect(numbersLine({ daysAfter: 1 })).toEqual(['1 day after']);
  });

  it('gives rates two decimals and chances as percentages, and leaves out what says nothing', () => {
    expect(
      numbersLine({
        slipDays: 7,
        bufferSamples: 0,
        batchesPerYear: 17.003,
        expectedNewBatches: 0.01917808219178082,
        probabilityAtLeastOne: 0.018995352771274288,
        p90Days: 40,
        holders: 2,
      }),
    ).toEqual([
      'slip 7 days',
      'buffer from settings',
      '17 embargo batches a year',
      '0.02 new batches expected meanwhile',
      '2% chance a new embargo joins',
      'held by 2',
    ]);
    expect(numbersLine({ weekday: 5, holiday: 0 })).toEqual(['Friday']);
    expect(numbersLine({ weekday: 1, holiday: 1 })).toEqual(['Monday', 'a holiday']);
  });

  it('still shows a figure it has no words for, and skips what is not a number', () => {
    expect(numbersLine({ freezeOverlapDays: 3, bad: Number.NaN })).toEqual([
      'freeze overlap days 3',
    ]);
    expect(numbersLine({ toString: 1 })).toEqual(['to string 1']);
  });
});
