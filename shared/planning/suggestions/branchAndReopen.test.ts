import { describe, expect, it } from 'vitest';
import { suggestions, ofKind, late } from '../../testing/suggestionPlans';
import { makeRelease } from '../../testing/planData';

describe('BRANCH_AND_REOPEN', () => {
  const lift = late('XSA-300', '2018-06-07T12:00:00Z');

  it('branches at the hard code freeze when that is still ahead', () => {
    expect(ofKind(suggestions([lift]), 'BRANCH_AND_REOPEN')[0]).toMatchObject({
      date: '2018-05-18',
      apply: { type: 'set-milestone', release: '4.12', kind: 'branch', date: '2018-05-18' },
      numbers: { daysMasterReopensEarlier: 25 },
    });
  });

  it('branches today (or the next working day) once the freeze has passed', () => {
    expect(ofKind(suggestions([lift], { today: '2018-05-23' }), 'BRANCH_AND_REOPEN')[0].date).toBe(
      '2018-05-23',
    );
    expect(ofKind(suggestions([lift], { today: '2018-05-26' }), 'BRANCH_AND_REOPEN')[0].date).toBe(
      '2018-05-28',
    );
  });

  it('is not offered when a branch is already planned by then', () => {
    const branched = makeRelease('4.12', {
      'hard-code-freeze': '2018-05-18',
      branch: '2018-05-18',
      release: '2018-06-05',
    });
    expect(ofKind(suggestions([lift], { releases: [branched] }), 'BRANCH_AND_REOPEN')).toEqual([]);
  });

  it('moves a branch planned later forward', () => {
    const branchedLate = makeRelease('4.12', {
      'hard-code-freeze': '2018-05-18',
      branch: '2018-05-29',
      release: '2018-06-05',
    });
    expect(
      ofKind(suggestions([lift], { releases: [branchedLate] }), 'BRANCH_AND_REOPEN')[0].date,
    ).toBe('2018-05-18');
  });

  it('is offered when follow-up fixes alone hold the release: they are security work too', () => {
    const followUp = late('XSA-300', '2018-03-01T12:00:00Z', {
      followUps: [{ expectedAt: '2018-06-21' }],
    });
    expect(ofKind(suggestions([followUp]), 'BRANCH_AND_REOPEN')[0].date).toBe('2018-05-18');
  });

  it('is not offered when branching would not come before the slipped release', () => {
    expect(ofKind(suggestions([lift], { today: '2018-06-12' }), 'BRANCH_AND_REOPEN')).toEqual([]);
  });
});
