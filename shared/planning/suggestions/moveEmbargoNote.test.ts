import { describe, expect, it } from 'vitest';
import { suggestions, ofKind, late } from '../../testing/suggestionPlans';

describe('MOVE_EMBARGO_NOTE', () => {
  it('offers the latest lift that clears the release, at the default time', () => {
    // Tue 5 Jun with 2 working days: Fri 1 Jun leaves Mon and Tue.
    const [note] = ofKind(
      suggestions([late('XSA-300', '2018-06-07T16:00:00Z')]),
      'MOVE_EMBARGO_NOTE',
    );
    expect(note).toEqual({
      id: 'MOVE_EMBARGO_NOTE|4.12|XSA-300',
      kind: 'MOVE_EMBARGO_NOTE',
      release: '4.12',
      subject: 'XSA-300',
      date: '2018-06-01T12:00:00Z',
      message:
        'If the team controls the date of XSA-300 (its own discovery), lifting it Fri 1 Jun 2018 12:00 UTC instead of Thu 7 Jun 2018 16:00 UTC would leave 4.12 its 2 working days before Tue 5 Jun 2018.',
      numbers: { daysEarlier: 6, bufferWorkingDays: 2 },
      dates: {},
      recommended: null,
      recommendation: null,
      apply: { type: 'set-lift', advisory: 'XSA-300', publicAt: '2018-06-01T12:00:00Z' },
    });
  });

  it('moves the pre-disclosure with it when it would fall short, if it still can', () => {
    const advisory = late('XSA-300', '2018-06-07T12:00:00Z', {
      predisclosureAt: '2018-05-24T12:00:00Z',
    });
    const [note] = ofKind(suggestions([advisory]), 'MOVE_EMBARGO_NOTE');
    // 10 working days before Fri 1 Jun: Fri 18 May.
    expect(note.apply).toEqual({
      type: 'set-lift',
      advisory: 'XSA-300',
      publicAt: '2018-06-01T12:00:00Z',
      predisclosureAt: '2018-05-18T12:00:00Z',
    });
    expect(ofKind(suggestions([advisory], { today: '2018-05-21' }), 'MOVE_EMBARGO_NOTE')).toEqual(
      [],
    );
  });

  it('keeps an early enough pre-disclosure as it is', () => {
    const advisory = late('XSA-300', '2018-06-07T12:00:00Z', {
      predisclosureAt: '2018-05-10T12:00:00Z',
    });
    const [note] = ofKind(suggestions([advisory]), 'MOVE_EMBARGO_NOTE');
    expect(note.apply).toEqual({
      type: 'set-lift',
      advisory: 'XSA-300',
      publicAt: '2018-06-01T12:00:00Z',
    });
    expect(note.numbers.predisclosureWorkingDays).toBe(16);
  });

  it('is not offered once the clearing date has passed, nor for follow-ups', () => {
    expect(
      ofKind(
        suggestions([late('XSA-300', '2018-06-07T12:00:00Z')], { today: '2018-06-02' }),
        'MOVE_EMBARGO_NOTE',
      ),
    ).toEqual([]);
    const followUp = late('XSA-300', '2018-03-01T12:00:00Z', {
      followUps: [{ expectedAt: '2018-06-21' }],
    });
    expect(ofKind(suggestions([followUp]), 'MOVE_EMBARGO_NOTE')).toEqual([]);
  });
});
