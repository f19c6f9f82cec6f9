import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFileText, firstInvalidUtf8, formatSize } from './fileText';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(data: Uint8Array): string {
  try {
    decodeFileText(data, 'x.json');
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

describe("a file's bytes as text", () => {
  it('reads UTF-8, dropping a byte-order mark', () => {
    expect(decodeFileText(utf8('\ufeff{"t": "Zürich 😀"}'), 'x.json')).toBe('{"t": "Zürich 😀"}');
    expect(decodeFileText(new Uint8Array(), 'x.json')).toBe('');
  });

  it.each([
    ['UTF-16 (little-endian)', Buffer.from('\ufeff{"a": 1}', 'utf16le')],
    ['UTF-16 (little-endian)', Buffer.from('{"a": 1}', 'utf16le')],
    ['UTF-16 (big-endian)', Buffer.from('\ufeff{"a": 1}', 'utf16le').swap16()],
    ['UTF-16 (big-endian)', Buffer.from('BEGIN:VCALENDAR', 'utf16le').swap16()],
    ['UTF-32 (little-endian)', bytes(0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0)],
    ['UTF-32 (big-endian)', bytes(0, 0, 0xfe, 0xff, 0, 0, 0, 0x7b)],
  ])('refuses %s by name', (name, data) => {
    expect(refusal(data)).toBe(`x.json: is ${name} text; save it as UTF-8 and try again`);
  });

  it.each([
    ['an overlong NUL', [0x7b, 0xc0, 0x80], 1],
    ['a lone continuation byte', [0x7b, 0x22, 0x80, 0x22], 2],
    ['a character cut off at the end', [0x7b, 0x22, 0xe2, 0x82], 2],
    ['a UTF-16 surrogate', [0x22, 0xed, 0xa0, 0x80, 0x22], 1],
    ['a code point past U+10FFFF', [0x22, 0xf4, 0x90, 0x80, 0x80], 1],
    ['Latin-1 text', [...utf8('{\n"t": "Z'), 0xfc, ...utf8('rich"}')], 9],
  ])('refuses %s at its byte offset', (_what, data, offset) => {
    expect(refusal(bytes(...data))).toMatch(
      new RegExp(
        `^x\\.json: is not UTF-8 text: byte ${offset} \\(line \\d+\\) is not part of a UTF-8 character; save it as UTF-8 and try again$`,
      ),
    );
  });

  it('names the line of the bad byte', () => {
    expect(refusal(bytes(...utf8('{\n"a":\n"'), 0xff, 0x22, 0x7d))).toContain('byte 8 (line 3)');
  });

  it('finds a bad byte exactly when the platform decoder refuses the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (data) => {
        let decodes = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(data);
        } catch {
          decodes = false;
        }
        expect(firstInvalidUtf8(data) === -1).toBe(decodes);
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(firstInvalidUtf8(utf8(text))).toBe(-1);
      }),
    );
  });

  it('says sizes as a person reads them', () => {
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(200 * 1024 * 1024)).toBe('200.0 MB');
  });
});
