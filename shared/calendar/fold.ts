// RFC 5545 §3.1: content lines longer than 75 octets are folded by a line
// break followed by one space; a fold must not split a UTF-8 character.
//
// ical-generator folds too, but encodes every character separately with a
// new TextEncoder, which takes seconds for a calendar of 10,000 events; this
// counts octets from the UTF-16 code units instead.

const MAX_OCTETS = 75;
/** No line of this many UTF-16 code units can exceed 75 octets (at most 3 octets per unit). */
const SURELY_SHORT = Math.floor(MAX_OCTETS / 3);

/** Octets of the character starting at `index`; a surrogate pair is one 4-octet character. */
function octetsAt(line: string, index: number): number {
  const code = line.charCodeAt(index);
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < line.length) {
    const next = line.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 4;
  }
  // Other BMP characters, and lone surrogates (written as U+FFFD).
  return 3;
}

/** One unfolded content line, folded to at most 75 octets per physical line. */
export function foldLine(line: string): string {
  if (line.length <= SURELY_SHORT) return line;
  const parts: string[] = [];
  let start = 0;
  let used = 0;
  // Continuation lines start with the space that marks them, which counts.
  let limit = MAX_OCTETS;
  for (let index = 0; index < line.length;) {
    const octets = octetsAt(line, index);
    if (used + octets > limit) {
      parts.push(line.slice(start, index));
      start = index;
      used = 0;
      limit = MAX_OCTETS - 1;
    }
    used += octets;
    index += octets === 4 ? 2 : 1;
  }
  if (start === 0) return line;
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/**
 * Folds every line of CRLF-separated content. Only long lines are rebuilt;
 * the rest is copied in runs, which keeps a 4 MB calendar from turning into
 * 150,000 short-lived strings.
 */
export function foldLines(content: string): string {
  const pieces: string[] = [];
  let copiedUpTo = 0;
  for (let start = 0; start < content.length;) {
    let end = content.indexOf('\r\n', start);
    if (end < 0) end = content.length;
    if (end - start > SURELY_SHORT) {
      const line = content.slice(start, end);
      const folded = foldLine(line);
      if (folded !== line) {
        pieces.push(content.slice(copiedUpTo, start), folded);
        copiedUpTo = end;
      }
    }
    start = end + 2;
  }
  if (pieces.length === 0) return content;
  pieces.push(content.slice(copiedUpTo));
  return pieces.join('');
}

/** The inverse, for readers and tests: joins continuation lines. */
export function unfoldLines(content: string): string {
  return content.replace(/\r?\n[ \t]/g, '');
}
