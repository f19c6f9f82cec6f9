import { z } from 'zod';

// Control characters other than tab and newline have no business in a title
// or a note and break exports (iCalendar, mail); NUL also breaks C strings.
// C1 controls (U+0080-U+009F) are controls too: a terminal takes U+009B as
// ESC [ and runs what follows.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

// Bidirectional embeddings, overrides and isolates make text display in
// another order than it is stored ("Trojan Source"): a title could read as
// something it is not. The marks (U+200E, U+200F, U+061C) only nudge
// punctuation and stay allowed for right-to-left text.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Every character a text field refuses, for sources that clean instead of
 * refusing (a pasted mail, another project's calendar).
 */
export const UNSAFE_TEXT =
  // eslint-disable-next-line no-control-regex -- these controls are what it finds
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const codePoint = (value: string) =>
  `U+${(BIDI_CONTROL.exec(value)?.[0].charCodeAt(0) ?? 0).toString(16).toUpperCase()}`;

// Half a surrogate pair is not text: SQLite stores UTF-8, where it cannot
// be written, so it would come back as U+FFFD, not as typed.
const LONE_SURROGATE = /\p{Cs}/u;

/** A free-text field of bounded length that refuses control characters. */
export function text(maxLength: number) {
  return z
    .string()
    .max(maxLength, { message: `must be at most ${maxLength} characters` })
    .refine((value) => !CONTROL.test(value), {
      message: 'contains a control character',
      abort: true,
    })
    .refine((value) => !LONE_SURROGATE.test(value), {
      message: 'contains half of a UTF-16 surrogate pair (not a character)',
      abort: true,
    })
    .superRefine((value, ctx) => {
      if (BIDI_CONTROL.test(value))
        ctx.addIssue({
          code: 'custom',
          message: `contains a bidirectional control character (${codePoint(value)}), which shows text in another order than it is stored`,
          abort: true,
        });
    });
}

/**
 * A value as quoted in an error message, cut short: a message must stay
 * readable whatever was sent, and must not carry a whole file back. What a
 * text field refuses is written out (\u202e), so a quoted value cannot turn
 * the message around or reach a terminal as a control.
 */
export function quoted(value: unknown, maxLength = 40): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value)?.replace(
      UNSAFE_TEXT,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  } catch {
    json = undefined; // a BigInt or a cycle, which IPC can carry
  }
  const shown = json ?? typeof value;
  return shown.length > maxLength ? `${shown.slice(0, maxLength)}…` : shown;
}

/** A required single-line name: trimmed, not empty. */
export function name(maxLength: number) {
  return text(maxLength)
    .transform((value) => value.trim())
    .refine((value) => value.length > 0, { message: 'must not be empty', abort: true })
    .refine((value) => !/[\r\n]/.test(value), { message: 'must be on one line', abort: true });
}
