import { describe, expect, it } from 'vitest';
import { release, suggestions, ofKind, late } from '../../testing/suggestionPlans';
import { makeRelease } from '../../testing/planData';

describe('POINT_RELEASE', () => {
  it('keeps the date and names the first free point release', () => {
    const lift = late('XSA-300', '2018-06-07T12:00:00Z');
    expect(ofKind(suggestions([lift]), 'POINT_RELEASE')[0]).toMatchObject({
      date: '2018-06-12',
      apply: {
        type: 'create-point-release',
        release: '4.12',
        name: '4.12.1',
        date: '2018-06-12',
        advisories: ['XSA-300'],
      },
      message:
        'Keep 4.12 on Tue 5 Jun 2018 without the fixes for XSA-300, and ship them in 4.12.1 on Tue 12 Jun 2018.',
    });
    const taken = makeRelease('4.12.1', { release: '2018-09-04' });
    expect(
      ofKind(suggestions([lift], { releases: [release, taken] }), 'POINT_RELEASE')[0].apply,
    ).toMatchObject({ type: 'create-point-release', name: '4.12.2', date: '2018-06-12' });
  });
});
