import { z } from 'zod';
import { profile } from '../domain/profileSchema';
import { isoDate } from '../domain/dateSchemas';
import { name } from '../domain/text';

// Inputs and outputs of the calendar and sharing calls (declared in calls.ts).

const count = z.number().int().nonnegative();
const skipped = z.array(z.object({ where: z.string(), reason: z.string() }));
const releaseName = z.string().trim().min(1, { message: 'must not be empty' }).max(64);

const icsFile = z.object({
  content: z.string().max(64 * 1024 * 1024, { message: 'file is larger than 64 MiB' }),
  fileName: z.string().max(4096).default('calendar.ics'),
  preview: z.boolean().default(false),
});

export const icsExportInput = z.object({
  profile: profile.default('public'),
  /** One release's calendar by name; the whole plan when absent. */
  release: releaseName.nullable().default(null),
  /**
   * Only to look at: a public export that is not a preview leaves the
   * machine, and what it carried may later be shown as cancelled.
   */
  preview: z.boolean().default(false),
});

export const icsExportOutput = z.object({
  fileName: z.string(),
  content: z.string(),
  profile,
  /** What the profile lets out, in words, to show before the file is saved. */
  notice: z.string(),
  events: count,
  cancelled: count,
});

export const scheduleMailInput = z.object({
  release: releaseName,
  profile: profile.default('public'),
});

export const scheduleMailOutput = z.object({
  subject: z.string(),
  text: z.string(),
  profile,
  notice: z.string(),
});

export const holidaysImportInput = icsFile;

export const holidaysImportReport = z.object({
  /** False for a preview. */
  applied: z.boolean(),
  added: z.array(z.string()),
  unchanged: count,
  skipped,
  /** How many holidays the working-day calendar has afterwards (or would have). */
  holidays: count,
  /** Holidays already there that had no name and get the file's. */
  named: count,
  /** Every day the file covers, with its name and what the import does to it, for a preview. */
  days: z.array(
    z.object({
      date: z.string(),
      name: z.string().nullable(),
      change: z.enum(['add', 'name', 'none']),
    }),
  ),
});

export const referenceImportInput = icsFile.extend({
  /** The lane's name; else the calendar's own name, else the file's. */
  name: name(120).optional(),
});

export const referenceImportReport = z.object({
  applied: z.boolean(),
  /** Null for a preview of a new calendar. */
  id: z.number().int().nullable(),
  name: z.string(),
  /** True when a calendar of that name was there and its events were replaced. */
  replaced: z.boolean(),
  events: count,
  skipped,
});

export const referenceEvent = z.object({
  uid: z.string(),
  summary: z.string(),
  start: z.string(),
  end: z.string(),
});

export const referenceCalendar = z.object({
  id: z.number().int(),
  name: z.string(),
  fileName: z.string(),
  importedAt: z.string(),
  events: z.array(referenceEvent),
});

export const pictureExportInput = z.object({
  profile: profile.default('public'),
  /** Presentation mode: embargoed titles are left out whatever the profile. */
  presenting: z.boolean().default(false),
  /** One release's span; the next release to come when absent. */
  release: releaseName.nullable().default(null),
  from: isoDate.nullable().default(null),
  to: isoDate.nullable().default(null),
  width: z.number().int().min(800).max(8000).default(1600),
  /** svg: the document as text; png: drawn here at twice the width, the file in base64. */
  format: z.enum(['svg', 'png']).default('svg'),
});

export const pictureExportOutput = z.object({
  fileName: z.string(),
  format: z.enum(['svg', 'png']),
  /** The SVG document, or the PNG file in base64. */
  content: z.string(),
  profile,
  notice: z.string(),
  width: count,
  height: count,
  from: z.string(),
  to: z.string(),
});
