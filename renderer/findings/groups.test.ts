import { describe, expect, it } from 'vitest';
import type { Release } from '../../shared/domain/release';
import { analyse } from '../../shared/planning';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import type { Advisory } from '../../shared/domain/advisory';
import { groupAnalysis } from './groups';

const release = (id: number, name: string, date: string): Release => ({
  id,
  revision: 1,
  name,
  status: 'planned',
  blockers: [],
  milestones: [{ id, kind: 'release', planned: date, actual: null, baseline: null, label: null }],
});

const advisory = (id: number, key: string, publicAt: string, affects: string[]): Advisory => ({
  id,
  revision: 1,
  key,
  title: '',
  cves: [],
  status: 'embargoed',
  predisclosureAt: null,
  publicAt,
  affects,
  followUps: [],
  notes: '',
});

describe('groupAnalysis', () => {
  const releases = [release(1, '4.20', '2027-01-05'), release(2, '4.21', '2027-02-09')];
  const advisories = [
    advisory(1, 'XSA-472', '2027-02-10T12:00:00Z', ['4.21']),
    // A Saturday lift: a finding about the advisory alone.
    advisory(2, 'XSA-473', '2027-02-13T12:00:00Z', []),
  ];
  const analysis = analyse({ releases, advisories, settings: DEFAULT_SETTINGS }, '2026-11-25');

  it('groups by release in plan order, skips quiet releases and puts advisory-only findings last', () => {
    const groups = groupAnalysis(releases, analysis);
    expect(groups.map((g) => g.release?.name ?? null)).toEqual(['4.21', null]);
    expect(groups[0].findings.map((f) => f.code)).toEqual(['EMBARGO_AFTER_RELEASE']);
    expect(groups[0].suggestions.map((s) => s.kind)).toContain('SLIP_RELEASE');
    expect(groups[1].findings.map((f) => f.code)).toEqual(['EMBARGO_ON_NON_WORKING_DAY']);
  });

  it('keeps only the severities shown, but always the suggestions', () => {
    const groups = groupAnalysis(releases, analysis, { error: false, warning: true, info: true });
    expect(groups.map((g) => [g.release?.name ?? null, g.findings.length])).toEqual([
      ['4.21', 0],
      [null, 1],
    ]);
    expect(groups[0].suggestions.length).toBeGreaterThan(0);
  });
});
