import { describe, expect, it } from 'vitest';
import { xenHistoryRecords } from '../sample/xenHistorySample';
import { calibrate } from './calibration';

describe('the forecast against Xen history', () => {
  it('puts the real release date inside the wait policy’s P10–P90 for at least 80% of 4.7–4.16', () => {
    const { releases, advisories } = xenHistoryRecords();
    const calibration = calibrate(releases, advisories, { runs: 2000 });
    expect(calibration.rows.map((r) => r.version)).toEqual([
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
    expect(calibration.insideShare).toBeGreaterThanOrEqual(0.8);
    // The misses are releases that came out before their plan: waiting never does.
    for (const row of calibration.rows.filter((r) => !r.inside))
      expect(row.actual < row.planned).toBe(true);
    expect(calibration.medianDistance).toBeLessThanOrEqual(14);
  });
});
