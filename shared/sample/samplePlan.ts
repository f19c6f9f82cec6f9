import { getDay } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { addCalendarDays, utcToday, type IsoDate } from '../domain/dates';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../exchange/bundle';
import { DEFAULT_SETTINGS } from '../domain/settings';

/** The next Tuesday on or after `date`. */
function tuesdayFrom(date: IsoDate): IsoDate {
  const weekday = getDay(new TZDate(`${date}T00:00:00Z`, 'UTC'));
  return addCalendarDays(date, (2 - weekday + 7) % 7);
}

const lift = (date: IsoDate) => `${date}T12:00:00Z`;

/**
 * A plan for a first start, shaped like the Xen 4.11 story but dated from
 * today so that its collisions are in the future: a release ten weeks out
 * with embargoes lifting inside its freeze and one after it.
 */
export function samplePlan(now: Date) {
  const today = utcToday(now);
  const release = tuesdayFrom(addCalendarDays(today, 70));
  const at = (days: number) => addCalendarDays(release, days);
  const previous = tuesdayFrom(addCalendarDays(today, -200));
  const pastOrNull = (date: IsoDate) => (date < today ? date : null);
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    profile: 'team',
    settings: DEFAULT_SETTINGS,
    releases: [
      {
        name: '4.20',
        status: 'released',
        milestones: [
          {
            kind: 'feature-freeze',
            planned: addCalendarDays(previous, -53),
            actual: addCalendarDays(previous, -53),
          },
          {
            kind: 'hard-code-freeze',
            planned: addCalendarDays(previous, -18),
            actual: addCalendarDays(previous, -18),
          },
          { kind: 'release', planned: addCalendarDays(previous, -7), actual: previous },
        ],
      },
      {
        name: '4.21',
        status: 'planned',
        milestones: [
          // Ten weeks out, the last posting date has just passed: it happened.
          { kind: 'last-posting', planned: at(-74), actual: pastOrNull(at(-74)) },
          { kind: 'feature-freeze', planned: at(-53) },
          { kind: 'code-freeze', planned: at(-32) },
          { kind: 'hard-code-freeze', planned: at(-18) },
          { kind: 'branch', planned: at(-14) },
          { kind: 'rc', planned: at(-13), label: 'RC1' },
          { kind: 'release', planned: release },
        ],
      },
    ],
    advisories: [
      {
        key: 'XSA-470',
        title: 'x86: guest-triggerable page table walk overrun',
        cves: ['CVE-2026-31470'],
        status: 'public',
        predisclosureAt: lift(addCalendarDays(today, -40)),
        publicAt: lift(addCalendarDays(today, -26)),
        affects: [],
      },
      {
        key: 'XSA-471',
        title: 'Arm: speculative store bypass mitigation incomplete',
        cves: ['CVE-2026-31471'],
        predisclosureAt: lift(at(-28)),
        publicAt: lift(at(-12)),
        affects: ['4.21'],
        followUps: [{ summary: 'Arm SSBD control fix-up', expectedAt: at(3), status: 'pending' }],
      },
      {
        key: 'XSA-472',
        title: 'grant table: missing unmap check',
        cves: ['CVE-2026-31472'],
        predisclosureAt: lift(at(-8)),
        publicAt: lift(at(1)),
        affects: ['4.21'],
        notes: 'Discoverer asked for one more week; decision pending.',
      },
      {
        key: 'XSA-473',
        title: 'x86 HVM: emulator state leak',
        cves: [],
        predisclosureAt: lift(at(-20)),
        publicAt: lift(at(-6)),
        affects: ['4.21'],
      },
    ],
  };
}
