/** Where a text stops being JSON, and why, in the planner's words. */
export interface JsonSyntaxError {
  /** Index into the text (UTF-16 code units) of the first character that cannot be JSON. */
  offset: number;
  reason: string;
}

const END = 'unexpected end of the file';

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHex(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

/**
 * Finds the first syntax error of a text that is not JSON (ECMA-404, as
 * JSON.parse reads it), or null when it is JSON. The engine's own message is
 * no use for this: its wording differs between engines and versions, and it
 * quotes the text around the error, which may be an embargoed title. This
 * reports only a position and a reason from a fixed list.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const n = text.length;
  const open: number[] = []; // 0x7b "{" or 0x5b "["
  let i = 0;
  const fail = (offset: number, reason: string): JsonSyntaxError => ({
    offset,
    reason: offset >= n ? END : reason,
  });
  const skipSpace = () => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };

  /** Moves past a string starting at i; the error, if it is not one. */
  const string = (): JsonSyntaxError | null => {
    let j = i + 1;
    for (;;) {
      if (j >= n) return fail(n, END);
      const code = text.charCodeAt(j);
      if (code === 0x22) break;
      if (code < 0x20) return fail(j, 'a control character in a string (it must be escaped)');
      if (code === 0x5c) {
        const escape = text.charCodeAt(j + 1);
        if (escape === 0x75) {
          for (let k = 2; k < 6; k++)
            if (!isHex(text.charCodeAt(j + k)))
              return fail(j + k, 'an invalid \\u escape in a string');
          j += 6;
          continue;
        }
        // " \ / b f n r t
        if (![0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74].includes(escape))
          return fail(j + 1, 'an invalid escape in a string');
        j += 2;
        continue;
      }
      j++;
    }
    i = j + 1;
    return null;
  };

  const number = (): JsonSyntaxError | null => {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else return fail(i, 'an invalid number');
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!isDigit(text.charCodeAt(i))) return fail(i, 'an invalid number');
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45) {
      i++;
      if (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d) i++;
      if (!isDigit(text.charCodeAt(i))) return fail(i, 'an invalid number');
      while (isDigit(text.charCodeAt(i))) i++;
    }
    return null;
  };

  const literal = (word: string): JsonSyntaxError | null => {
    for (let k = 0; k < word.length; k++)
      if (text.charCodeAt(i + k) !== word.charCodeAt(k))
        return fail(i + k, 'an unexpected character');
    i += word.length;
    return null;
  };

  /** A key and its colon, inside an object; i is at the key. */
  const key = (): JsonSyntaxError | null => {
    if (text.charCodeAt(i) !== 0x22) return fail(i, 'a property name (in double quotes) expected');
    const error = string();
    if (error) return error;
    skipSpace();
    if (text.charCodeAt(i) !== 0x3a) return fail(i, '":" expected after a property name');
    i++;
    return null;
  };

  skipSpace();
  for (;;) {
    // A value starts at i (after any space).
    skipSpace();
    const code = text.charCodeAt(i);
    let error: JsonSyntaxError | null = null;
    let opened = false;
    if (code === 0x7b || code === 0x5b) {
      open.push(code);
      i++;
      skipSpace();
      const close = code === 0x7b ? 0x7d : 0x5d;
      if (text.charCodeAt(i) === close) {
        open.pop();
        i++;
      } else {
        opened = true;
        if (code === 0x7b) error = key();
      }
    } else if (code === 0x22) error = string();
    else if (code === 0x2d || isDigit(code)) error = number();
    else if (code === 0x74) error = literal('true');
    else if (code === 0x66) error = literal('false');
    else if (code === 0x6e) error = literal('null');
    else error = fail(i, 'an unexpected character');
    if (error) return error;
    if (opened) continue;

    // After a value: a separator, the end of its container, or the end of the text.
    for (;;) {
      skipSpace();
      if (open.length === 0) return i < n ? fail(i, 'more text after the JSON value') : null;
      const container = open[open.length - 1];
      const next = text.charCodeAt(i);
      const close = container === 0x7b ? 0x7d : 0x5d;
      if (next === close) {
        open.pop();
        i++;
        continue;
      }
      if (next !== 0x2c)
        return fail(i, container === 0x7b ? '"," or "}" expected' : '"," or "]" expected');
      i++;
      skipSpace();
      if (container === 0x7b) {
        const keyError = key();
        if (keyError) return keyError;
      }
      break;
    }
  }
}

/** Line and column (both from 1) of an offset, as an editor shows them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  let line = 1;
  for (let k = before.indexOf('\n'); k !== -1; k = before.indexOf('\n', k + 1)) line++;
  return { line, column: offset - lastBreak };
}
