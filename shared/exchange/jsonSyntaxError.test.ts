import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn } from './jsonSyntaxError';

function engineAccepts(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Small edits of JSON texts: the near misses real files are. */
const nearlyJson = fc
  .tuple(
    fc.jsonValue().map((value) => JSON.stringify(value, null, 1)),
    fc.nat(),
    fc.constantFrom(
      '',
      ',',
      '"',
      '\\',
      ':',
      '{',
      '}',
      '[',
      ']',
      '-',
      '0',
      'e',
      '.',
      '\n',
      '\u0001',
      'x',
      't',
    ),
    fc.nat({ max: 2 }),
  )
  .map(([text, at, insert, remove]) => {
    const place = text.length === 0 ? 0 : at % (text.length + 1);
    return text.slice(0, place) + insert + text.slice(place + remove);
  });

const jsonish = fc.string({
  unit: fc.constantFrom(...'{}[]",:\\/ -+.0123456789eEtrufalsn\n\tu\u0000ab'.split('')),
  maxLength: 40,
});

describe('finding where a text stops being JSON', () => {
  it('agrees with the engine on what is JSON', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyJson, jsonish, fc.string()), (text) => {
        expect(findJsonSyntaxError(text) === null).toBe(engineAccepts(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('puts the error where the engine does, when the engine says', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyJson, jsonish), (text) => {
        if (engineAccepts(text)) return;
        let message = '';
        try {
          JSON.parse(text);
        } catch (error) {
          message = (error as Error).message;
        }
        const position = /at position (\d+)/.exec(message);
        const found = findJsonSyntaxError(text);
        expect(found).not.toBeNull();
        if (position) expect(found?.offset).toBe(Number(position[1]));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['{"a": }', 6, 'an unexpected character'],
    ['{"a": 1', 7, 'unexpected end of the file'],
    ['{"a" 1}', 5, '":" expected after a property name'],
    ['{a: 1}', 1, 'a property name (in double quotes) expected'],
    ['[1, 2,]', 6, 'an unexpected character'],
    ['[1 2]', 3, '"," or "]" expected'],
    ['{"a": 1 "b": 2}', 8, '"," or "}" expected'],
    ['"tab\there"', 4, 'a control character in a string (it must be escaped)'],
    ['"\\x"', 2, 'an invalid escape in a string'],
    ['"\\u12G4"', 5, 'an invalid \\u escape in a string'],
    ['01', 1, 'more text after the JSON value'],
    ['-', 1, 'unexpected end of the file'],
    ['1.e3', 2, 'an invalid number'],
    ['tru', 3, 'unexpected end of the file'],
    ['nul!', 3, 'an unexpected character'],
    ['{} {}', 3, 'more text after the JSON value'],
    ['\ufeff{}', 0, 'an unexpected character'],
    ['', 0, 'unexpected end of the file'],
  ])('%j: at %i, %s', (text, offset, reason) => {
    expect(findJsonSyntaxError(text)).toEqual({ offset, reason });
  });

  it('finds the end of a file cut anywhere, and reads deep nesting without recursion', () => {
    expect(findJsonSyntaxError('['.repeat(200_000))).toEqual({
      offset: 200_000,
      reason: 'unexpected end of the file',
    });
    expect(findJsonSyntaxError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeNull();
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('{\n  "a": 1', 10)).toEqual({ line: 2, column: 9 });
    expect(lineAndColumn('x', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
  });
});
