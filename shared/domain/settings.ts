import { z } from 'zod';
import { isoDate } from './dates';

const weekday = z.number().int().min(0).max(6);
const hhmm = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time of day written HH:MM (UTC)' });

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
};
