import { describe, expect, it } from 'vitest';
import { advisoryFields } from '../domain/advisory';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { isWorkingDay, workingDaysBetween } from '../planning/calendar';
import { advisoryDefaultsFor, nextAdvisoryKey, type DefaultsInput } from './defaults';

const releases: DefaultsInput['releases'] = [
  {
    name: '4.10',
    status: 'planned',
    milestones: [
      {
        id: 1,
        kind: 'release',
        planned: '2017-12-05',
        actual: '2017-12-13',
        baseline: null,
        label: null,
      },
    ],
  },
  { name: '4.9', status: 'released', milestones: [] },
  {
    name: '4.11',
    status: 'planned',
    milestones: [
      { id: 2, kind: 'release', planned: '2018-06-01', actual: null, baseline: null, label: null },
    ],
  },
  { name: '4.12', status: 'planned', milestones: [] },
];

function defaultsAt(now: string, settings: Partial<DefaultsInput['settings']> = {}) {
  return advisoryDefaultsFor({
    now: new Date(now),
    settings: { ...DEFAULT_SETTINGS, ...settings },
    advisories: [{ key: 'XSA-263' }, { key: 'XSA-267' }],
    releases,
  });
}

describe('next advisory key', () => {
  it('is one more than the highest number of the usual prefix', () => {
    expect(nextAdvisoryKey(['XSA-263', 'XSA-267', 'XSA-99'])).toBe('XSA-268');
    expect(nextAdvisoryKey(['ABC-900', 'XSA-10', 'XSA-11'])).toBe('XSA-12');
    expect(nextAdvisoryKey(['xsa-4', 'XSA-5'])).toBe('XSA-6');
  });

  it('starts at XSA-1, and on a tie follows the prefix in use now', () => {
    expect(nextAdvisoryKey([])).toBe('XSA-1');
    expect(nextAdvisoryKey(['not a key'])).toBe('XSA-1');
    expect(nextAdvisoryKey(['ABC-5', 'XSA-3'])).toBe('ABC-6');
  });
});

describe('advisory defaults', () => {
  it('lift two working weeks ahead at the usual time, pre-disclosure the configured days before', () => {
    // Wednesday 25 November 2026, before noon.
    const defaults = defaultsAt('2026-11-25T10:00:00Z');
    expect(defaults).toEqual({
      key: 'XSA-268',
      title: '',
      cves: [],
      status: 'embargoed',
      predisclosureAt: '2026-11-25T12:00:00Z',
      publicAt: '2026-12-09T12:00:00Z',
      affects: ['4.11', '4.12'],
      followUps: [],
      notes: '',
    });
    // Ready for the form: the defaults pass the advisory schema as they are.
    expect(advisoryFields.safeParse(defaults).success).toBe(true);
  });

  it('moves a day on when the pre-disclosure would already be past', () => {
    const defaults = defaultsAt('2026-11-25T14:00:00Z');
    expect(defaults.predisclosureAt).toBe('2026-11-26T12:00:00Z');
    expect(defaults.publicAt).toBe('2026-12-10T12:00:00Z');
  });

  it('counts over weekends: entered on a Saturday', () => {
    const defaults = defaultsAt('2026-11-28T09:00:00Z');
    // Ten working days from Saturday is Friday 11 December; its pre-disclosure
    // (Friday 27 November) is already past, so both move one working day on.
    expect(defaults.publicAt).toBe('2026-12-14T12:00:00Z');
    expect(defaults.predisclosureAt).toBe('2026-11-30T12:00:00Z');
  });

  it('counts over holidays, and uses the configured time and pre-disclosure period', () => {
    const holidays = ['2026-12-24', '2026-12-25', '2026-12-31', '2027-01-01'];
    const defaults = defaultsAt('2026-12-18T09:00:00Z', { holidays });
    expect(defaults.publicAt).toBe('2027-01-07T12:00:00Z');
    expect(defaults.predisclosureAt).toBe('2026-12-18T12:00:00Z');
    const settings = { ...DEFAULT_SETTINGS, holidays };
    expect(workingDaysBetween('2026-12-18', '2027-01-07', settings)).toBe(10);

    const custom = defaultsAt('2026-12-18T09:00:00Z', {
      holidays,
      defaultPublicTimeUtc: '09:30',
      minPredisclosureWorkingDays: 15,
    });
    // The lift is pushed out so the longer pre-disclosure still starts from now.
    expect(custom.publicAt).toBe('2027-01-14T09:30:00Z');
    expect(custom.predisclosureAt).toBe('2026-12-18T09:30:00Z');
  });

  it('always lands both on working days, whatever the day it is asked', () => {
    const settings = { ...DEFAULT_SETTINGS, holidays: ['2027-01-01', '2027-04-02', '2027-04-05'] };
    for (let day = 0; day < 400; day += 3) {
      const now = new Date(Date.UTC(2026, 10, 1 + day, 15));
      const defaults = advisoryDefaultsFor({ now, settings, advisories: [], releases: [] });
      const lift = defaults.publicAt.slice(0, 10);
      const pre = defaults.predisclosureAt.slice(0, 10);
      expect(isWorkingDay(lift, settings)).toBe(true);
      expect(isWorkingDay(pre, settings)).toBe(true);
      expect(workingDaysBetween(pre, lift, settings)).toBe(10);
      expect(Date.parse(defaults.predisclosureAt)).toBeGreaterThan(now.getTime());
    }
  });
});
