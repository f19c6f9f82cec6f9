import { describe, expect, it } from 'vitest';
import { xenHistoryRecords } from '../sample/xenHistorySample';
import { replayHistory } from './replay';

// Xen 4.7–4.16 replayed week by week (see replay.ts for how the plan on each
// day is built). `npm run bench:replay` prints the full report, including
// the slip-date errors; these are the checks that must never regress.

const { releases, advisories } = xenHistoryRecords();
const summary = replayHistory(releases, advisories);

describe('replaying Xen 4.7–4.16', () => {
  it('judges the ten releases with an announced plan; eight were held by embargoes', () => {
    expect(summary.releases.map((r) => r.version)).toEqual([
      '4.7',
      '4.8',
      '4.9',
      '4.10',
      '4.11',
      '4.12',
      '4.13',
      '4.14',
      '4.15',
      '4.16',
    ]);
    expect(summary.held).toEqual(['4.7', '4.9', '4.10', '4.11', '4.12', '4.13', '4.14', '4.15']);
  });

  it('never shows an overdue release without an error', () => {
    expect(summary.overdueWithoutError).toEqual([]);
  });

  it('offers branch-and-reopen no later than the real branch in at least 70% of held releases', () => {
    expect(summary.branchInTime.length / summary.held.length).toBeGreaterThanOrEqual(0.7);
  });

  it('raises an error for at most one release that came out on time', () => {
    expect(summary.onTimeWithError.length).toBeLessThanOrEqual(1);
  });

  it('forecasts a new batch about as often as one came', () => {
    expect(summary.forecastCases).toBeGreaterThan(10);
    expect(Math.abs(summary.meanProbability! - summary.shareHappened!)).toBeLessThanOrEqual(0.15);
  });

  it('never advises a date before the day of the snapshot', () => {
    for (const r of summary.releases)
      for (const s of r.snapshots) {
        expect(s.advised >= s.today).toBe(true);
        for (const suggestion of s.suggestions)
          expect(suggestion.date.slice(0, 10) >= s.today).toBe(true);
      }
  });
});
