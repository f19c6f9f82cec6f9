import { describe, expect, it } from 'vitest';
import { numberNotes } from './numberNotes';

describe('what the figures of a suggestion mean', () => {
  it('explains the forecast figures a slip carries, in their order', () => {
    const notes = numberNotes({
      slipDays: 7,
      advisoriesPerWeek: 0.02,
      expectedNewAdvisories: 0.02,
      probabilityAtLeastOne: 0.02,
      somethingNew: 3,
    });
    expect(notes.map((n) => n.term)).toEqual([
      'Slip',
      'Advisories a week',
      'New expected meanwhile',
      'Chance of at least one',
    ]);
    expect(notes[3].note).toMatch(/one or more new advisories arrive before the new date/);
  });
});
