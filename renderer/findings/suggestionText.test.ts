import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../shared/planning';
import { appliedText, applyLabel } from './suggestionText';

const base: Omit<Suggestion, 'apply'> = {
  id: 'x',
  kind: 'SLIP_RELEASE',
  release: '4.21',
  subject: null,
  date: '2027-02-16',
  message: '',
  numbers: {},
  dates: {},
  recommended: null,
  recommendation: null,
};

describe('suggestion wording', () => {
  it('says on the button what one click writes, and in the notice what it did', () => {
    const cases: [Suggestion['apply'], string, string][] = [
      [
        { type: 'set-milestone', release: '4.21', kind: 'release', date: '2027-02-16' },
        'Slip to Tue 16 Feb 2027',
        'Slipped 4.21 to Tue 16 Feb 2027.',
      ],
      [
        { type: 'set-milestone', release: '4.21', kind: 'branch', date: '2027-01-22' },
        'Branch on Fri 22 Jan 2027',
        '4.21 now branches on Fri 22 Jan 2027.',
      ],
      [
        {
          type: 'create-point-release',
          release: '4.21',
          name: '4.21.1',
          date: '2027-02-16',
          advisories: ['XSA-472', 'XSA-473'],
        },
        'Add 4.21.1 on Tue 16 Feb 2027',
        'Added release 4.21.1 on Tue 16 Feb 2027; XSA-472, XSA-473 now ship in it.',
      ],
      [
        { type: 'set-lift', advisory: 'XSA-472', publicAt: '2027-02-05T12:00:00Z' },
        'Move XSA-472 lift',
        'Moved the XSA-472 lift to Fri 5 Feb 2027 12:00 UTC.',
      ],
    ];
    for (const [apply, label, done] of cases) {
      expect(applyLabel({ ...base, apply })).toBe(label);
      expect(appliedText({ ...base, apply })).toBe(done);
    }
  });
});
