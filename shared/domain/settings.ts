import { z } from 'zod';
import { isoDate } from './dateSchemas';
import { name } from './text';

export const EMBARGO_WAIT_POLICIES = ['history', 'always', 'up-to', 'never'] as const;
export type EmbargoWaitPolicy = (typeof EMBARGO_WAIT_POLICIES)[number];

const weekday = z.number().int().min(0).max(6);
const hhmm = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time of day written HH:MM (UTC)' });

function firstMessage(issues: readonly { message: string }[] | undefined): string | undefined {
  return issues?.[0]?.message;
}

/** What a user can tune; every planning threshold lives here. Weekdays: 0 = Sunday. */
export const settingsValues = z.object({
  warnWindowDays: z.number().int().min(0).max(365),
  releaseBufferWorkingDays: z.number().int().min(0).max(60),
  minPredisclosureWorkingDays: z.number().int().min(0).max(120),
  defaultPublicTimeUtc: hhmm,
  workingDays: z
    .array(weekday)
    .min(1, { message: 'must name at least one working day' })
    .max(7)
    .refine((days) => new Set(days).size === days.length, { message: 'lists a weekday twice' }),
  releaseWeekdays: z
    .array(weekday)
    .max(7)
    .refine((days) => new Set(days).size === days.length, { message: 'lists a weekday twice' }),
  holidays: z.array(isoDate).max(5000),
  /** A holiday's name by its date; a date in `holidays` without one is just "Holiday". */
  holidayNames: z.record(isoDate, name(80), {
    // zod's own words for a bad key are "Invalid key in record", which names no field.
    error: (issue) =>
      issue.code === 'invalid_key'
        ? `is not a holiday date: ${firstMessage(issue.issues) ?? 'must be a date written YYYY-MM-DD'}`
        : undefined,
  }),
  /**
   * Off by default: an embargoed advisory stays embargoed in every export
   * until someone marks it public, even after its lift time has passed.
   */
  autoPublishAtLift: z.boolean(),
  /**
   * Whether to wait for embargoes that hold a release, or ship on the date
   * and follow with a point release: 'history' decides from how long past
   * releases waited; 'up-to' waits at most `embargoWaitWeeks`.
   */
  embargoWaitPolicy: z.enum(EMBARGO_WAIT_POLICIES),
  embargoWaitWeeks: z.number().int().min(0).max(52),
});

export type SettingsValues = z.infer<typeof settingsValues>;

export const settings = settingsValues.extend({ revision: z.number().int() });
export type Settings = z.infer<typeof settings>;

export const DEFAULT_SETTINGS: SettingsValues = {
  warnWindowDays: 14,
  releaseBufferWorkingDays: 2,
  minPredisclosureWorkingDays: 10,
  defaultPublicTimeUtc: '12:00',
  workingDays: [1, 2, 3, 4, 5],
  releaseWeekdays: [2, 3, 4],
  holidays: [],
  holidayNames: {},
  autoPublishAtLift: false,
  embargoWaitPolicy: 'history',
  embargoWaitWeeks: 4,
};
