import { describe, expect, it } from 'vitest';
import { xenHistoryRecords } from '../sample/xenHistorySample';
import { analyse } from './analyser';
import { planAsKnownOn } from './replay';

// The story behind the tool, on Xen's real record: 4.11 was planned for the
// beginning of June 2018 (Tue 5 Jun, the first Tuesday), embargoes kept
// lifting inside its freeze (XSA-263 on 21 May, XSA-267 on 13 June,
// XSA-264..266 on 27 June), master stayed frozen until it was branched on
// 21 June and reopened on the 25th, and 4.11 came out on Tue 10 July.
// Each day below sees what was known then: releases 4.6–4.10 as released,
// advisories from 14 days before their lift (their pre-disclosure).

const { releases, advisories } = xenHistoryRecords();
const on = (today: string) => ({
  today,
  ...analyse(planAsKnownOn(releases, advisories, '4.11', today), today),
});
const own = <T extends { release: string | null }>(list: T[]) =>
  list.filter((x) => x.release === '4.11');

describe('Xen 4.11 on its real record', () => {
  it('learns from 4.6–4.10 what the settings only guess', () => {
    const { evidence } = on('2018-06-14');
    expect(evidence.releasedReleases).toBe(5);
    // 4.7 (11 working days after its last lift), 4.9 (5), 4.10 (1); 4.8 was on time.
    expect(evidence.buffer.samples).toEqual([
      { release: '4.7', value: 11 },
      { release: '4.9', value: 5 },
      { release: '4.10', value: 1 },
    ]);
    expect(evidence.buffer).toMatchObject({ source: 'history', workingDays: 5 });
    expect(evidence.lead).toMatchObject({ source: 'history', days: 14 });
  });

  it('on 1 June, with XSA-267 known to lift after the plan: slip, or branch now', () => {
    const { findings, suggestions } = on('2018-06-01');
    expect(own(findings).find((f) => f.subject === 'XSA-267')).toMatchObject({
      code: 'EMBARGO_AFTER_RELEASE',
      severity: 'error',
    });
    const branch = suggestions.find((s) => s.kind === 'BRANCH_AND_REOPEN')!;
    expect(branch.date).toBe('2018-06-01');
  });

  it('on 14 June: branch by the 25th, and slip to between 28 June and 17 July', () => {
    const { findings, suggestions, releases: standings } = on('2018-06-14');
    expect(
      own(findings).find((f) => f.code === 'MILESTONE_OVERDUE' && f.milestone === 'release'),
    ).toMatchObject({ severity: 'error' });
    const branch = suggestions.find((s) => s.kind === 'BRANCH_AND_REOPEN')!;
    expect(branch.date <= '2018-06-25').toBe(true);
    const slip = suggestions.find((s) => s.kind === 'SLIP_RELEASE')!;
    expect(slip.date >= '2018-06-28' && slip.date <= '2018-07-17').toBe(true);
    // Everything known clears on Wed 27 Jun + 5 working days = Wed 4 Jul.
    expect(slip.dates.clears).toBe('2018-07-04');
    // 16 batches in the year before: a new one is more likely than not to
    // join the wait, so the date to slip to is the race's median, which is
    // the day 4.11 really came out.
    expect(slip.date).toBe('2018-07-10');
    expect(slip.dates.p50).toBe('2018-07-10');
    expect(slip.dates.p90 >= slip.date).toBe(true);
    expect(slip.message).toContain(
      'everything known clears by Wed 4 Jul 2018, but the chance that a new one is pre-disclosed before then is 58%',
    );
    expect(slip.message).toContain(
      'out by Tue 10 Jul 2018 in half the futures (P50, the date suggested)',
    );
    expect(standings.find((r) => r.release === '4.11')).toMatchObject({
      state: 'overdue',
      heldBySecurity: ['XSA-264', 'XSA-265', 'XSA-266'],
      onlyWaitingOnSecurity: true,
    });
    // XSA-263 and XSA-267 lifted before today: their fixes are in.
    expect(own(findings).some((f) => f.subject === 'XSA-263' || f.subject === 'XSA-267')).toBe(
      false,
    );
  });

  it('on 6 July, after the last lift: overdue, nothing pending, a new date from today on', () => {
    const { findings, suggestions } = on('2018-07-06');
    const mine = own(findings);
    expect(mine.filter((f) => f.code.startsWith('EMBARGO_'))).toEqual([]);
    expect(mine.find((f) => f.milestone === 'release')!.message).toMatch(
      /^4\.11 is overdue: planned for Tue 5 Jun 2018, 31 days ago/,
    );
    // Branched on 21 June: no branch suggestion, and no order error for it.
    expect(mine.some((f) => f.code === 'MILESTONE_ORDER')).toBe(false);
    expect(suggestions.map((s) => s.kind)).toEqual(['SLIP_RELEASE']);
    expect(suggestions[0].date >= '2018-07-06').toBe(true);
    expect(suggestions.some((s) => s.message.includes('Keep 4.11 on Tue 5 Jun'))).toBe(false);
  });
});
