import { z } from 'zod';
import type { Advisory } from '../domain/advisory';
import { utcToday } from '../domain/dates';
import { isReleased, type Release } from '../domain/release';
import type { SettingsValues } from '../domain/settings';
import { addWorkingDays } from '../planning/calendar';

/** How far ahead a new embargo lifts by default: two working weeks. */
export const DEFAULT_EMBARGO_WORKING_DAYS = 10;
export const DEFAULT_KEY_PREFIX = 'XSA';

export const advisoryDefaults = z.object({
  key: z.string(),
  title: z.literal(''),
  cves: z.array(z.string()).length(0),
  status: z.literal('embargoed'),
  predisclosureAt: z.string(),
  publicAt: z.string(),
  affects: z.array(z.string()),
  followUps: z.array(z.never()).length(0),
  notes: z.literal(''),
});
export type AdvisoryDefaults = z.infer<typeof advisoryDefaults>;

export interface DefaultsInput {
  /** The analysis "now": defaults depend on the day they are asked for. */
  now: Date;
  settings: Pick<
    SettingsValues,
    | 'defaultPublicTimeUtc'
    | 'workingDays'
    | 'releaseWeekdays'
    | 'holidays'
    | 'minPredisclosureWorkingDays'
  >;
  advisories: readonly Pick<Advisory, 'key'>[];
  releases: readonly Pick<Release, 'name' | 'status' | 'milestones'>[];
}

const KEY = /^([A-Za-z][A-Za-z0-9]*)-(\d+)$/;

/**
 * The key a new advisory most likely gets: the team's usual prefix (the most
 * common one; on a tie the one with the highest number, as the one in use
 * now) and one more than the highest number under it.
 */
export function nextAdvisoryKey(keys: readonly string[]): string {
  const byPrefix = new Map<string, { count: number; max: number }>();
  for (const key of keys) {
    const match = KEY.exec(key);
    if (!match) continue;
    const prefix = match[1].toUpperCase();
    const entry = byPrefix.get(prefix) ?? { count: 0, max: 0 };
    entry.count += 1;
    entry.max = Math.max(entry.max, Number(match[2]));
    byPrefix.set(prefix, entry);
  }
  let best: [string, { count: number; max: number }] | null = null;
  for (const candidate of byPrefix) {
    const [, stats] = candidate;
    if (
      best === null ||
      stats.count > best[1].count ||
      (stats.count === best[1].count && stats.max > best[1].max)
    )
      best = candidate;
  }
  if (best === null) return `${DEFAULT_KEY_PREFIX}-1`;
  return `${best[0]}-${best[1].max + 1}`;
}

/**
 * What a new advisory starts as, so that entering one as a report arrives is
 * a key press: the next key; the lift at the usual time on the working day
 * two working weeks ahead; pre-disclosure the configured number of working
 * days before it; every release not yet released affected.
 *
 * When the pre-disclosure this gives would already be past (it falls today,
 * after the usual time), both move one working day later, so the team always
 * gets the full pre-disclosure period from a moment still to come.
 *
 * The title starts (and may stay) empty: a report is often entered before it
 * has a name. It is not required once public either, because the clock makes
 * advisories public with nobody at the keyboard to type one, and refusing
 * that write would block unrelated ones; Xen's list fills titles on import.
 */
export function advisoryDefaultsFor(input: DefaultsInput): AdvisoryDefaults {
  const { settings, now } = input;
  const time = settings.defaultPublicTimeUtc;
  const today = utcToday(now);
  const lead = Math.max(DEFAULT_EMBARGO_WORKING_DAYS, settings.minPredisclosureWorkingDays);
  let liftDay = addWorkingDays(today, lead, settings);
  let preDay = addWorkingDays(liftDay, -settings.minPredisclosureWorkingDays, settings);
  if (Date.parse(`${preDay}T${time}:00Z`) < now.getTime()) {
    liftDay = addWorkingDays(liftDay, 1, settings);
    preDay = addWorkingDays(liftDay, -settings.minPredisclosureWorkingDays, settings);
  }
  return {
    key: nextAdvisoryKey(input.advisories.map((a) => a.key)),
    title: '',
    cves: [],
    status: 'embargoed',
    predisclosureAt: `${preDay}T${time}:00Z`,
    publicAt: `${liftDay}T${time}:00Z`,
    affects: input.releases
      .filter((r) => !isReleased(r))
      .map((r) => r.name)
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    followUps: [],
    notes: '',
  };
}
