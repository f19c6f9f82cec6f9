import type { Advisory } from '../domain/advisory';
import type { Release } from '../domain/release';
import type { CalendarSource } from '../calendar/calendarEntries';
import type { CalendarIdentities, CalendarIdentity } from '../calendar/identity';

// A small plan for the calendar tests, with text that needs escaping,
// folding and more than one octet per character.

export const NOW = new Date('2026-11-25T10:00:00Z');

export const release411: Release = {
  id: 1,
  revision: 1,
  name: '4.11',
  status: 'planned',
  blockers: [],
  milestones: [
    {
      id: 11,
      kind: 'hard-code-freeze',
      planned: '2018-04-13',
      actual: '2018-04-13',
      baseline: null,
      label: null,
    },
    {
      id: 12,
      kind: 'release',
      planned: '2018-07-10',
      actual: null,
      baseline: '2018-06-01',
      label: null,
    },
  ],
};

export const publicAdvisory: Advisory = {
  id: 1,
  revision: 1,
  key: 'XSA-263',
  title: 'Speculative Store Bypass, side channel; “Variant 4” — über-long title ✓ 😀',
  cves: ['CVE-2018-3639'],
  status: 'public',
  predisclosureAt: '2018-05-07T12:00:00Z',
  publicAt: '2018-05-21T12:00:00Z',
  affects: ['4.11'],
  followUps: [
    {
      id: 101,
      summary: 'Arm SSBD control; part 2, ünïcode',
      expectedAt: '2018-06-22',
      status: 'pending',
      publicAt: null,
    },
  ],
  notes: 'Line one\nline two, with a comma; and a semicolon \\ backslash',
};

export const embargoedAdvisory: Advisory = {
  id: 2,
  revision: 1,
  key: 'XSA-999',
  title: 'Secret hypervisor escape',
  cves: ['CVE-2026-99999'],
  status: 'embargoed',
  predisclosureAt: '2026-12-01T12:00:00Z',
  publicAt: '2026-12-15T12:00:00Z',
  affects: ['4.11'],
  followUps: [
    {
      id: 201,
      summary: 'secret follow-up',
      expectedAt: '2026-12-20',
      status: 'pending',
      publicAt: null,
    },
  ],
  notes: 'discoverer is Jane',
};

/** Row ids → made-up identities, like the store's, with a given SEQUENCE. */
export function identitiesFor(
  releases: readonly Release[],
  advisories: readonly Advisory[],
  sequence = 0,
): CalendarIdentities {
  const of = (prefix: string, id: number): [number, CalendarIdentity] => [
    id,
    { uid: `${prefix}${String(id).padStart(30, '0')}`, sequence },
  ];
  return {
    milestones: new Map(releases.flatMap((r) => r.milestones.map((m) => of('m', m.id)))),
    advisories: new Map(advisories.map((a) => of('a', a.id))),
    followUps: new Map(advisories.flatMap((a) => a.followUps.map((f) => of('f', f.id)))),
  };
}

export function sourceOf(
  releases: readonly Release[],
  advisories: readonly Advisory[],
  tombstones: CalendarSource['tombstones'] = [],
): CalendarSource {
  return { releases, advisories, identities: identitiesFor(releases, advisories), tombstones };
}
