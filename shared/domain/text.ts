import { z } from 'zod';

// Control characters other than tab and newline have no business in a title
// or a note and break exports (iCalendar, mail); NUL also breaks C strings.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A free-text field of bounded length that refuses control characters. */
export function text(maxLength: number) {
  return z
    .string()
    .max(maxLength, { message: `must be at most ${maxLength} characters` })
    .refine((value) => !CONTROL.test(value), {
      message: 'contains a control character',
      abort: true,
    });
}

/** A required single-line name: trimmed, not empty. */
export function name(maxLength: number) {
  return text(maxLength)
    .transform((value) => value.trim())
    .refine((value) => value.length > 0, { message: 'must not be empty', abort: true })
    .refine((value) => !/[\r\n]/.test(value), { message: 'must be on one line', abort: true });
}
