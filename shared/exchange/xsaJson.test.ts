import { describe, expect, it } from 'vitest';
import { readImport } from './readImport';
import { parsePublicTime, parseXsaJson } from './xsaJson';

const entry = (over: Record<string, unknown>) => ({
  xsa: 263,
  title: 'Speculative Store Bypass',
  cve: ['CVE-2018-3639'],
  public_time: '2018-05-21 21:00',
  ...over,
});
const list = (...entries: unknown[]) => [{ xsas: entries }];

describe('xsa.json public_time', () => {
  it('reads ISO 8601 and "YYYY-MM-DD HH:MM" (UTC) to the same instant', () => {
    expect(parsePublicTime('2018-05-21 21:00')).toBe('2018-05-21T21:00:00Z');
    expect(parsePublicTime('2018-05-21T21:00:00Z')).toBe('2018-05-21T21:00:00Z');
    expect(parsePublicTime('2018-05-21T23:00:00+02:00')).toBe('2018-05-21T21:00:00Z');
    expect(parsePublicTime(' 2018-05-21 21:00:30 ')).toBe('2018-05-21T21:00:30Z');
    // Without a zone, the T form means UTC too, as the space form does.
    expect(parsePublicTime('2018-05-21T21:00')).toBe('2018-05-21T21:00:00Z');
  });

  it('refuses impossible and unzoned times instead of rolling them over', () => {
    for (const text of [
      '2018-02-30 12:00',
      '2019-02-29 12:00',
      '2018-05-21 24:00',
      '2018-05-21 12:60',
      '2018-13-01 12:00',
      '2018-05-21T12:00:00+25:00',
      'next Tuesday',
      '',
    ])
      expect(parsePublicTime(text)).toBeNull();
  });
});

describe('hostile xsa.json entries', () => {
  it('refuses a public time outside 1970–2999, as a bundle would: what it stores must export and import again', () => {
    const parsed = parseXsaJson(
      list(
        entry({ xsa: 1, public_time: '0999-05-21 12:00' }),
        entry({ xsa: 2, public_time: '2999-12-31T23:30:00-01:00' }),
        entry({ xsa: 3, public_time: '1970-01-01T00:30:00+01:00' }),
        entry({ xsa: 4, public_time: '2999-12-31 23:59' }),
      ),
    );
    expect(parsed.refused.map((r) => `${r.key} ${r.reason}`)).toEqual([
      'XSA-1 public_time: "0999-05-21 12:00" must be between 1970 and 2999',
      'XSA-2 public_time: "2999-12-31T23:30:00-01:00" must be between 1970 and 2999',
      'XSA-3 public_time: "1970-01-01T00:30:00+01:00" must be between 1970 and 2999',
    ]);
    expect(parsed.entries.map((e) => e.publicAt)).toEqual(['2999-12-31T23:59:00Z']);
  });

  it('refuses each bad entry by index and field, and keeps the good ones', () => {
    const parsed = parseXsaJson(
      list(
        entry({}),
        entry({ xsa: 264, public_time: '2018-02-30 12:00' }),
        entry({ xsa: 265, title: 'x'.repeat(1_000_000) }),
        entry({ xsa: 266, title: 'bell\u0007 and escape\u001b[2J' }),
        entry({ xsa: 267, public_time: '9'.repeat(10_000) }),
        entry({ xsa: -1 }),
        entry({ xsa: '12a' }),
        entry({ xsa: 1e12 }),
        entry({ xsa: 268, cve: ['CVE-2018-3639', 'cve; rm -rf /'] }),
        entry({ xsa: 269, public_time: 1526936400 }),
        42,
        null,
        'XSA-270',
        entry({ xsa: '263' }),
      ),
    );
    expect(parsed.entries.map((e) => e.key)).toEqual(['XSA-263']);
    const reasons = parsed.refused.map((r) => `${r.index} ${r.key ?? '-'} ${r.reason}`);
    expect(reasons[0]).toBe(
      '1 XSA-264 public_time: "2018-02-30 12:00" is not a date and time (want 2018-05-21T12:00:00Z or 2018-05-21 12:00)',
    );
    expect(reasons[1]).toBe('2 - title: must be at most 300 characters');
    expect(reasons[2]).toBe('3 - title: contains a control character');
    expect(reasons[3]).toMatch(/^4 - public_time: /);
    expect(reasons.slice(4, 7).every((r) => / - xsa: /.test(r))).toBe(true);
    expect(reasons[7]).toBe('8 XSA-268 cve: "cve; rm -rf /" must look like CVE-2018-3639');
    expect(reasons[8]).toMatch(/^9 - public_time: /);
    expect(reasons.slice(9, 12)).toHaveLength(3);
    expect(reasons[12]).toBe('13 XSA-263 xsa: XSA-263 appears twice');
    // Refusals quote at most a short excerpt of what they refuse.
    expect(Math.max(...reasons.map((r) => r.length))).toBeLessThan(200);
  });

  it('ignores "__proto__" keys instead of letting them reach any object', () => {
    const text = `[{"xsas": [{"xsa": 263, "public_time": "2018-05-21 21:00", "__proto__": {"polluted": true}}]}]`;
    const read = readImport(text, 'xsa.json', {
      now: new Date('2026-01-01T00:00:00Z'),
      newAffects: [],
    });
    expect(read.refused).toEqual([]);
    expect(read.incoming.advisories[0]).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a list whose xsas is not a list', () => {
    expect(parseXsaJson([{ xsas: 'everything' }]).refused).toEqual([
      { index: -1, key: null, reason: '[0].xsas: must be a list' },
    ]);
  });
});
