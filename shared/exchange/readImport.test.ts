import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readImport } from './readImport';

const context = { now: new Date('2026-11-25T10:00:00Z'), newAffects: [] };

function refusal(content: string): string {
  try {
    readImport(content, 'plan.json', context);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

// Every syntax error reads exactly so: a reason from a fixed list and a
// place, with no room for text from the file.
const SYNTAX_ERROR =
  /^plan\.json: not valid JSON \((an unexpected character|unexpected end of the file|":" expected after a property name|a property name \(in double quotes\) expected|"," or "\}" expected|"," or "\]" expected|a control character in a string \(it must be escaped\)|an invalid escape in a string|an invalid \\u escape in a string|an invalid number|more text after the JSON value) at line \d+, column \d+\)$/;

const bundleWithTitle = (title: string) =>
  JSON.stringify(
    {
      format: 'embargo-planner/bundle',
      version: 1,
      releases: [],
      advisories: [{ key: 'XSA-1', title, publicAt: '2030-01-01T12:00:00Z' }],
    },
    null,
    2,
  );

describe('JSON syntax errors name the place, never the text', () => {
  it('says nothing of an embargoed title the engine would quote (V8 shortens long excerpts with …)', () => {
    const valid = bundleWithTitle('x');
    // The title's quotes lost: V8 quotes ~10 characters on each side, after an ellipsis.
    for (const broken of [
      valid.replace('"title": "x"', '"title": TOPSECRET9'),
      valid.replace('"title": "x"', '"title": "TOPSECRET9'),
      valid.replace('"title": "x"', '"title" "TOPSECRET9"'),
      valid.replace('"title": "x"', '"title": "TOPSECRET9",,'),
      `${valid}TOPSECRET9`,
      valid.replace('"title": "x"', '"title": "TOPSECRET9\u0001"'),
      valid.replace('"title": "x"', '"title": "TOPSECRET9\\q"'),
      valid.replace('"title": "x"', 'TOPSECRET9: 1'),
      valid.slice(0, valid.indexOf('"x"') + 2).replace('"x', '"TOPSECRET9'),
    ]) {
      const message = refusal(broken);
      expect(message).toMatch(SYNTAX_ERROR);
      expect(message).not.toMatch(/TOP|SECRET|title/);
    }
  });

  it('whatever the broken text, the message has the one fixed shape', () => {
    const secret = fc.constantFrom('TOPSECRET9', 'Embargoed Xen bug', 'ü', '"');
    fc.assert(
      fc.property(
        secret,
        fc.nat(),
        fc.constantFrom('', ',', '"', '\\', ':', '}', ']', '\n', '\u0007', 'x'),
        (title, at, insert) => {
          const valid = bundleWithTitle(title);
          const place = at % (valid.length + 1);
          const text = valid.slice(0, place) + insert + valid.slice(place + 1);
          const message = refusal(text);
          if (!message.startsWith('plan.json: not valid JSON')) return;
          expect(message).toMatch(SYNTAX_ERROR);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads a file that starts with a UTF-8 byte-order mark', () => {
    expect(readImport(`\ufeff${bundleWithTitle('t')}`, 'plan.json', context).format).toBe('bundle');
  });

  it('refuses UTF-16 by name, however it was turned into text', () => {
    const utf16 = Buffer.from(`\ufeff${bundleWithTitle('t')}`, 'utf16le');
    for (const text of [
      utf16.toString('utf8'), // a reader that took it for UTF-8: the mark became U+FFFD twice
      utf16.toString('latin1'),
      utf16.subarray(2).toString('latin1'), // no mark
    ])
      expect(refusal(text)).toBe(
        'plan.json: looks like UTF-16 text; save it as UTF-8 and try again',
      );
  });
});
