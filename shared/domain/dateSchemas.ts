import { z } from 'zod';
import {
  hasDateShape,
  hasInstantShape,
  isCalendarDate,
  isInstantInRange,
  normaliseInstant,
} from './dates';

// Dates and instants at the boundaries that check them (calls, files, the
// editors); what a valid one is is decided in dates.ts.

export const isoDate = z
  .string()
  .refine(hasDateShape, { message: 'must be a date written YYYY-MM-DD' })
  .refine(isCalendarDate, { message: 'is not a real calendar date', abort: true })
  .refine((text) => text >= '1970-01-01' && text <= '2999-12-31', {
    message: 'must be between 1970 and 2999',
  });

export const isoInstant = z.string().transform((text, ctx) => {
  const normalised = normaliseInstant(text);
  if (normalised === null && hasInstantShape(text)) {
    ctx.addIssue({ code: 'custom', message: `${text.slice(0, 40)} is not a real date and time` });
    return z.NEVER;
  }
  if (normalised === null) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be an instant like 2018-05-21T12:00:00Z (with its time zone)',
    });
    return z.NEVER;
  }
  if (!isInstantInRange(normalised)) {
    ctx.addIssue({ code: 'custom', message: 'must be between 1970 and 2999' });
    return z.NEVER;
  }
  return normalised;
});
