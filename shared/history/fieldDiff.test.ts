import { describe, expect, it } from 'vitest';
import type { Advisory } from '../domain/advisory';
import type { Release } from '../domain/release';
import { diffEntity } from './fieldDiff';
import { formatChange } from './formatChange';

const release: Release = {
  id: 1,
  revision: 3,
  name: '4.11',
  status: 'planned',
  blockers: [],
  milestones: [
    {
      id: 10,
      kind: 'feature-freeze',
      planned: '2018-03-30',
      actual: null,
      baseline: null,
      label: null,
    },
    { id: 11, kind: 'rc', planned: '2018-05-01', actual: null, baseline: null, label: 'RC1' },
    { id: 12, kind: 'rc', planned: '2018-05-08', actual: null, baseline: null, label: null },
    { id: 13, kind: 'release', planned: '2018-06-01', actual: null, baseline: null, label: null },
  ],
};

const advisory: Advisory = {
  id: 4,
  revision: 2,
  key: 'XSA-263',
  title: 'Speculative Store Bypass',
  cves: ['CVE-2018-3639'],
  status: 'embargoed',
  predisclosureAt: '2018-05-07T12:00:00Z',
  publicAt: '2018-05-21T12:00:00Z',
  affects: ['4.10', '4.11'],
  followUps: [
    {
      id: 7,
      summary: 'Arm SSBD control',
      expectedAt: '2018-06-22',
      status: 'pending',
      publicAt: null,
    },
  ],
  notes: '',
};

describe('field diffs', () => {
  it('names milestones by kind (or label, or number among their kind), not by index', () => {
    const after = structuredClone(release);
    after.revision = 4;
    after.milestones[3].planned = '2018-07-10';
    after.milestones[1].planned = '2018-05-02';
    after.milestones[2].actual = '2018-05-09';
    // A milestone inserted before the others does not rename them.
    after.milestones.unshift({
      id: 14,
      kind: 'custom',
      planned: '2018-02-01',
      actual: null,
      baseline: null,
      label: 'Summit',
    });
    expect(diffEntity('release', release, after).map((c) => [c.field, c.before, c.after])).toEqual([
      [
        'milestones[custom]',
        null,
        { kind: 'custom', planned: '2018-02-01', actual: null, baseline: null, label: 'Summit' },
      ],
      ['milestones[rc "RC1"].planned', '2018-05-01', '2018-05-02'],
      ['milestones[rc #2].actual', null, '2018-05-09'],
      ['milestones[release].planned', '2018-06-01', '2018-07-10'],
    ]);
  });

  it('names follow-ups by summary, and ignores ids and revisions', () => {
    const after = structuredClone(advisory);
    after.revision = 9;
    after.followUps[0].status = 'landed';
    after.followUps.push({
      id: 8,
      summary: 'v2: fix the fix',
      expectedAt: null,
      status: 'pending',
      publicAt: '2018-06-27T12:00:00Z',
    });
    const changes = diffEntity('advisory', advisory, after);
    expect(changes.map((c) => c.field)).toEqual([
      'followUps["Arm SSBD control"].status',
      'followUps["v2: fix the fix"]',
    ]);
    expect(changes.map((c) => c.safeField)).toEqual(['followUps[#1].status', 'followUps[#2]']);
    expect(changes.every((c) => c.confidential)).toBe(true);
  });

  it('compares lists of plain values whole, and marks what is confidential while embargoed', () => {
    const after = {
      ...advisory,
      publicAt: '2018-05-22T12:00:00Z',
      cves: ['CVE-2018-3639', 'CVE-2018-3640'],
      title: 'SSB',
    };
    expect(diffEntity('advisory', advisory, after).map((c) => [c.field, c.confidential])).toEqual([
      ['title', true],
      ['cves', true],
      ['publicAt', false],
    ]);
  });

  it('lists the non-empty fields of a created record, and those of a deleted one', () => {
    const created = diffEntity('advisory', null, advisory);
    expect(created.map((c) => c.field)).toEqual([
      'key',
      'title',
      'status',
      'cves',
      'predisclosureAt',
      'publicAt',
      'affects',
      'followUps["Arm SSBD control"]',
    ]);
    expect(created.every((c) => c.before === null)).toBe(true);
    expect(diffEntity('advisory', advisory, null).every((c) => c.after === null)).toBe(true);
    expect(diffEntity('release', null, null)).toEqual([]);
  });

  it('diffs settings field by field, holidays and their names date by date', () => {
    const before = {
      revision: 1,
      warnWindowDays: 14,
      holidays: ['2026-12-24', '2026-12-26'],
      holidayNames: { '2026-12-26': 'Boxing Day' },
    };
    const after = {
      revision: 2,
      warnWindowDays: 7,
      holidays: ['2026-12-25', '2026-12-26'],
      holidayNames: { '2026-12-25': 'Christmas Day', '2026-12-26': 'St Stephen' },
    };
    expect(diffEntity('settings', before, after).map((c) => [c.field, c.before, c.after])).toEqual([
      ['holidayNames[2026-12-25]', null, 'Christmas Day'],
      ['holidayNames[2026-12-26]', 'Boxing Day', 'St Stephen'],
      ['holidays[2026-12-24]', '2026-12-24', null],
      ['holidays[2026-12-25]', null, '2026-12-25'],
      ['warnWindowDays', 14, 7],
    ]);
  });
});

describe('formatting a change', () => {
  const [title, lift] = diffEntity('advisory', advisory, {
    ...advisory,
    title: 'SSB',
    publicAt: '2018-05-22T12:00:00Z',
  });

  it('shows before and after as the app does: field names, dates and shifts in words', () => {
    expect(formatChange(lift, false)).toBe(
      'Embargo lift: Mon 21 May 2018 12:00 UTC → Tue 22 May 2018 12:00 UTC (+1 day)',
    );
    expect(formatChange(title, false)).toBe('Title: Speculative Store Bypass → SSB');
  });

  it('hides confidential values and free-text names when asked', () => {
    expect(formatChange(title, true)).toBe('Title: [embargoed] → [embargoed]');
    expect(formatChange(lift, true)).toMatch(/^Embargo lift: Mon 21 May 2018/);
    const [added] = diffEntity('advisory', { ...advisory, followUps: [] }, advisory);
    expect(formatChange(added, true)).toBe('Follow-up #1: added [embargoed]');
    expect(formatChange(added, false)).toBe(
      'Follow-up “Arm SSBD control”: added expected Fri 22 Jun 2018, status pending',
    );
    const [gone] = diffEntity('advisory', advisory, { ...advisory, followUps: [] });
    expect(formatChange(gone, false)).toBe(
      'Follow-up “Arm SSBD control”: removed (was expected Fri 22 Jun 2018, status pending)',
    );
  });
});
