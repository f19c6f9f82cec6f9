import { describe, expect, it } from 'vitest';
import { release, suggestions, ofKind, late } from '../testing/suggestionPlans';
import { makeRelease, planOf } from '../testing/planData';
import { analyse } from './analyser';

describe('when nothing blocks', () => {
  it('suggests nothing for warnings and infos alone', () => {
    expect(suggestions([late('XSA-300', '2018-05-25T12:00:00Z')])).toEqual([]);
  });
});

describe('suggestion order', () => {
  it('goes by release, then slip, point release, branch and notes by lift', () => {
    const other = makeRelease('4.11', { release: '2018-06-05' });
    const list = suggestions(
      [
        late('XSA-301', '2018-06-14T12:00:00Z', { affects: ['4.12', '4.11'] }),
        late('XSA-300', '2018-06-07T12:00:00Z'),
      ],
      { releases: [release, other] },
    );
    expect(list.map((s) => s.id)).toEqual([
      'SLIP_RELEASE|4.11|',
      'POINT_RELEASE|4.11|',
      'BRANCH_AND_REOPEN|4.11|',
      'MOVE_EMBARGO_NOTE|4.11|XSA-301',
      'SLIP_RELEASE|4.12|',
      'POINT_RELEASE|4.12|',
      'BRANCH_AND_REOPEN|4.12|',
      'MOVE_EMBARGO_NOTE|4.12|XSA-300',
      'MOVE_EMBARGO_NOTE|4.12|XSA-301',
    ]);
  });
});

describe('an overdue release', () => {
  const overdue = makeRelease('4.12', [
    { kind: 'hard-code-freeze', planned: '2018-05-18', actual: '2018-05-18' },
    { kind: 'branch', planned: '2018-05-22' },
    { kind: 'release', planned: '2018-06-05' },
  ]);
  const TODAY_LATE = '2018-06-14'; // a Thursday

  it('counts only lifts still ahead, never proposes a past date, and keeps the release on its first release day', () => {
    const list = suggestions(
      [late('XSA-263', '2018-05-21T12:00:00Z'), late('XSA-264', '2018-06-27T12:00:00Z')],
      { releases: [overdue], today: TODAY_LATE },
    );
    expect(list.map((s) => [s.kind, s.date])).toEqual([
      // Wed 27 Jun + 2 working days = Fri 29 → Tue 3 Jul.
      ['SLIP_RELEASE', '2018-07-03'],
      ['POINT_RELEASE', '2018-07-03'],
      // The planned branch (22 May) passed without one: branch today.
      ['BRANCH_AND_REOPEN', '2018-06-14'],
    ]);
    const [slip, point, branch] = list;
    expect(slip.message).toMatch(
      /^Re-plan 4\.12 for Tue 3 Jul 2018: it was planned for Tue 5 Jun 2018/,
    );
    expect(point.message).toBe(
      'Release 4.12 on Thu 14 Jun 2018 (the first release day now; it was planned for Tue 5 Jun 2018) without the fixes for XSA-264, and ship them in 4.12.1 on Tue 3 Jul 2018.',
    );
    expect(point.apply).toMatchObject({ releaseOn: '2018-06-14', advisories: ['XSA-264'] });
    expect(branch.message).toContain('The planned branch on Tue 22 May 2018 passed without one.');
  });

  it('with nothing pending, offers a new date after the last lift that held it', () => {
    const [slip, ...rest] = suggestions([late('XSA-263', '2018-06-12T12:00:00Z')], {
      releases: [overdue],
      today: '2018-06-13',
    });
    expect(rest).toEqual([]);
    // Tue 12 Jun + 2 working days = Thu 14 Jun.
    expect(slip).toMatchObject({ kind: 'SLIP_RELEASE', date: '2018-06-14' });
    expect(slip.message).toContain('if it has shipped, record its release date instead');
  });
});

describe('blockers that are not embargoes', () => {
  const lift = late('XSA-300', '2018-06-07T12:00:00Z');
  const withBlocker = (expectedOn: string | null, resolvedOn: string | null = null) =>
    makeRelease(
      '4.12',
      { 'hard-code-freeze': '2018-05-18', release: '2018-06-05' },
      {
        blockers: [
          { title: 'Credit2 crash', kind: 'bug', openedOn: '2018-04-20', expectedOn, resolvedOn },
        ],
      },
    );

  it('an open one stops branch-and-reopen, and the release is not only waiting on security', () => {
    const analysis = analyse(planOf([withBlocker('2018-05-25')], [lift]), '2018-05-23');
    expect(ofKind(analysis.suggestions, 'BRANCH_AND_REOPEN')).toEqual([]);
    expect(analysis.releases[0]).toMatchObject({
      heldBySecurity: ['XSA-300'],
      openBlockers: [{ title: 'Credit2 crash', kind: 'bug', holds: false }],
      onlyWaitingOnSecurity: false,
    });
  });

  it('resolved today, it no longer holds anything: branch today', () => {
    const analysis = analyse(
      planOf([withBlocker('2018-05-25', '2018-05-23')], [lift]),
      '2018-05-23',
    );
    expect(analysis.releases[0]).toMatchObject({ openBlockers: [], onlyWaitingOnSecurity: true });
    expect(ofKind(analysis.suggestions, 'BRANCH_AND_REOPEN')[0].date).toBe('2018-05-23');
  });

  it('one expected after the release holds it: an error, and the slip waits for it too', () => {
    const analysis = analyse(planOf([withBlocker('2018-06-20')], [lift]), '2018-05-23');
    const finding = analysis.findings.find((f) => f.code === 'BLOCKER_OPEN')!;
    expect(finding).toMatchObject({ severity: 'error', blocker: { title: 'Credit2 crash' } });
    expect(finding.message).toBe(
      'Bug "Credit2 crash" (opened Fri 20 Apr 2018) is expected to be resolved Wed 20 Jun 2018, 15 days after the planned 4.12 release on Tue 5 Jun 2018',
    );
    // Wed 20 Jun + 2 working days = Fri 22 → Tue 26 Jun; after XSA-300's Tue 12 Jun.
    expect(ofKind(analysis.suggestions, 'SLIP_RELEASE')[0].date).toBe('2018-06-26');
    // The point release cannot keep the date while the bug holds it.
    expect(ofKind(analysis.suggestions, 'POINT_RELEASE')).toEqual([]);
  });

  it('one nobody has dated is a warning far from the release and holds it close to it', () => {
    const far = analyse(planOf([withBlocker(null)], []), '2018-05-02');
    expect(far.findings.map((f) => [f.code, f.severity])).toEqual([['BLOCKER_OPEN', 'warning']]);
    expect(far.findings[0].message).toContain('is open and has no expected resolution date');
    const near = analyse(planOf([withBlocker(null)], []), '2018-05-25');
    expect(near.findings.filter((f) => f.code === 'BLOCKER_OPEN').map((f) => f.severity)).toEqual([
      'error',
    ]);
    // No date to slip to: no suggestion, the finding says why.
    expect(near.suggestions).toEqual([]);
  });
});
