import { PlannerError } from '../errors/result';

// Files come in as bytes (the command line, a browser's File) and go on as
// text. Only UTF-8 is read: anything else is refused by name, and a byte that
// is not UTF-8 is refused at its offset, rather than turned into U+FFFD and
// stored as if it had been typed.

/** The largest file an import reads (the backend's schemas say the same). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** A size as a person reads it: "830 bytes", "1.5 KB", "3.0 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const SAVE_AS_UTF8 = 'save it as UTF-8 and try again';

/** The encoding a byte-order mark or the first bytes give away, when it is not UTF-8. */
function otherEncoding(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32 (little-endian)';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32 (big-endian)';
  if (a === 0xff && b === 0xfe) return 'UTF-16 (little-endian)';
  if (a === 0xfe && b === 0xff) return 'UTF-16 (big-endian)';
  // Without a mark: JSON and iCalendar start with ASCII, which UTF-16 pairs with a NUL.
  if (bytes.length >= 2 && a !== 0 && b === 0) return 'UTF-16 (little-endian)';
  if (bytes.length >= 2 && a === 0 && b !== 0) return 'UTF-16 (big-endian)';
  return null;
}

/** The offset of the first byte that does not start a well-formed UTF-8 character, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  const between = (at: number, low: number, high: number) =>
    at < n && bytes[at] >= low && bytes[at] <= high;
  let i = 0;
  while (i < n) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    // Unicode's table of well-formed byte sequences (no overlongs, no surrogates, ≤ U+10FFFF).
    let length = 0;
    if (lead >= 0xc2 && lead <= 0xdf) length = between(i + 1, 0x80, 0xbf) ? 2 : 0;
    else if (lead === 0xe0)
      length = between(i + 1, 0xa0, 0xbf) && between(i + 2, 0x80, 0xbf) ? 3 : 0;
    else if (lead === 0xed)
      length = between(i + 1, 0x80, 0x9f) && between(i + 2, 0x80, 0xbf) ? 3 : 0;
    else if (lead >= 0xe1 && lead <= 0xef)
      length = between(i + 1, 0x80, 0xbf) && between(i + 2, 0x80, 0xbf) ? 3 : 0;
    else if (lead === 0xf0)
      length =
        between(i + 1, 0x90, 0xbf) && between(i + 2, 0x80, 0xbf) && between(i + 3, 0x80, 0xbf)
          ? 4
          : 0;
    else if (lead >= 0xf1 && lead <= 0xf3)
      length =
        between(i + 1, 0x80, 0xbf) && between(i + 2, 0x80, 0xbf) && between(i + 3, 0x80, 0xbf)
          ? 4
          : 0;
    else if (lead === 0xf4)
      length =
        between(i + 1, 0x80, 0x8f) && between(i + 2, 0x80, 0xbf) && between(i + 3, 0x80, 0xbf)
          ? 4
          : 0;
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * A file's bytes as text: UTF-8, without its byte-order mark. Refuses, naming
 * the file, what is another encoding or is not well-formed UTF-8 (with the
 * offset of the first bad byte, counted from 0, and its line).
 */
export function decodeFileText(bytes: Uint8Array, fileName: string): string {
  const other = otherEncoding(bytes);
  if (other !== null)
    throw new PlannerError('invalid_input', `${fileName}: is ${other} text; ${SAVE_AS_UTF8}`);
  try {
    // Strips a UTF-8 byte-order mark; the native decoder is fast on the usual, valid, file.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new PlannerError(
      'invalid_input',
      `${fileName}: is not UTF-8 text: byte ${offset} (line ${lineOfByte(bytes, offset)}) is not part of a UTF-8 character; ${SAVE_AS_UTF8}`,
    );
  }
}

const UTF16_START =
  // The NULs are the point: UTF-16 read one byte at a time.
  // eslint-disable-next-line no-control-regex
  /^\ufeff?(?:\ufffd\ufffd|\u00ff\u00fe|\u00fe\u00ff|[^\u0000]\u0000|\u0000[^\u0000])/;

/**
 * Text that was UTF-16 before something read it as UTF-8 (its byte-order
 * mark became two U+FFFD) or as Latin-1 (every other character a NUL): refused
 * by name rather than as a syntax error at column 1.
 */
export function refuseOtherEncodings(text: string, fileName: string): void {
  if (UTF16_START.test(text))
    throw new PlannerError('invalid_input', `${fileName}: looks like UTF-16 text; ${SAVE_AS_UTF8}`);
}

/** Text without a leading byte-order mark, which JSON.parse refuses. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
