import { describe, expect, it } from 'vitest';
import {
  advisoryItem,
  advisoryRows,
  dateAt,
  dateMs,
  extentOf,
  releaseLane,
  STUB_MS,
} from './items';
import { DAY_MS, HOUR_MS } from '../geometry/scale';
import { RELEASE_420, RELEASE_421, XSA_470, XSA_472 } from './testPlan';
import { makeAdvisory } from '../../../shared/testing/planData';

describe('timeline model', () => {
  it('places calendar dates at noon UTC, where lifts usually are', () => {
    expect(dateMs('2027-02-10')).toBe(Date.parse('2027-02-10T12:00:00Z'));
    expect(dateAt(Date.parse('2027-02-10T23:59:00Z'))).toBe('2027-02-10');
  });

  it('shades a release from development through the freezes to the release', () => {
    const lane = releaseLane(RELEASE_421);
    expect(lane.phases.map((p) => p.kind)).toEqual([
      'development',
      'feature-freeze',
      'code-freeze',
      'hard-code-freeze',
    ]);
    expect(lane.phases[0].start).toBe(dateMs('2026-11-27'));
    expect(lane.phases[3]).toMatchObject({
      start: dateMs('2027-01-22'),
      end: dateMs('2027-02-09'),
    });
    expect(lane.releaseAt).toBe(dateMs('2027-02-09'));
    expect(lane.released).toBe(false);
  });

  it('keeps the baseline only where the plan moved, and draws what happened at its actual date', () => {
    const hcf = releaseLane(RELEASE_421).marks.find((m) => m.kind === 'hard-code-freeze')!;
    expect(hcf.baseline).toBe(dateMs('2027-01-15'));
    const release = releaseLane(RELEASE_420).marks.find((m) => m.kind === 'release')!;
    expect(release).toMatchObject({
      happened: true,
      at: dateMs('2026-05-12'),
      planned: dateMs('2026-05-05'),
    });
    expect(release.short).toBe('4.20');
    expect(releaseLane(RELEASE_421).marks.find((m) => m.kind === 'rc')!.short).toBe('RC1');
  });

  it('draws an advisory from pre-disclosure to lift, stretched to its follow-ups', () => {
    const item = advisoryItem(XSA_472);
    expect(item.status).toBe('embargoed');
    expect(item.start).toBe(Date.parse('2027-02-01T12:00:00Z'));
    expect(item.lift).toBe(Date.parse('2027-02-10T12:00:00Z'));
    expect(item.end).toBe(dateMs('2027-02-12'));
    expect(advisoryItem(XSA_470).status).toBe('public');
    const bare = advisoryItem(makeAdvisory('XSA-9', '2027-01-01T12:00:00Z'));
    expect(bare.lift - bare.start).toBe(STUB_MS);
  });

  it('packs advisories into rows and finds the extent of everything', () => {
    const items = [XSA_472, XSA_470].map((a) => advisoryItem(a));
    const rows = advisoryRows(items);
    expect(rows.rows).toHaveLength(1);
    expect(rows.byKey.get('XSA-472')?.id).toBe(items[0].id);
    const [from, to] = extentOf([releaseLane(RELEASE_421)], items)!;
    expect(from).toBe(Date.parse('2026-10-16T12:00:00Z'));
    expect(to).toBe(dateMs('2027-02-12'));
    expect(extentOf([], [])).toBeNull();
    expect(DAY_MS / HOUR_MS).toBe(24);
  });
});
