import { describe, expect, it } from 'vitest';
import { foldLine, foldLines, unfoldLines } from './fold';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('RFC 5545 line folding', () => {
  it('leaves lines of up to 75 octets alone', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds longer lines to at most 75 octets, continuation space included', () => {
    const folded = foldLine(`DESCRIPTION:${'abcdefghij'.repeat(30)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(4);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(Math.max(...lines.map(octets))).toBe(75);
    expect(unfoldLines(folded)).toBe(`DESCRIPTION:${'abcdefghij'.repeat(30)}`);
  });

  it('never splits a multi-octet character or a surrogate pair', () => {
    for (const piece of ['é', '€', '😀', 'a😀', 'ab€']) {
      const line = `SUMMARY:${piece.repeat(80)}`;
      const folded = foldLine(line);
      for (const physical of folded.split('\r\n')) {
        expect(octets(physical)).toBeLessThanOrEqual(75);
        // A split character would decode to U+FFFD on its own.
        expect(physical).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
        expect(physical).not.toMatch(/(?<![\ud800-\udbff])[\udc00-\udfff]/);
      }
      expect(unfoldLines(folded)).toBe(line);
    }
  });

  it('folds each line of a document separately', () => {
    const text = `A:${'x'.repeat(100)}\r\nB:short\r\n`;
    expect(unfoldLines(foldLines(text))).toBe(text);
    expect(foldLines(text).endsWith('\r\nB:short\r\n')).toBe(true);
  });
});
