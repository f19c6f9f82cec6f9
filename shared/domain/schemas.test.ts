import { describe, expect, it } from 'vitest';
import { describeIssues } from '../errors/parse';
import { advisoryFields } from './advisory';
import { releaseFields } from './releaseSchemas';
import { quoted } from './text';

function problems(schema: typeof releaseFields | typeof advisoryFields, value: unknown): string {
  const parsed = schema.safeParse(value);
  return parsed.success ? '' : describeIssues(parsed.error);
}

describe('release schema', () => {
  it('fills defaults', () => {
    const parsed = releaseFields.parse({
      name: ' 4.11 ',
      milestones: [{ kind: 'release', planned: '2018-06-01' }],
    });
    expect(parsed).toEqual({
      name: '4.11',
      status: 'planned',
      milestones: [
        { kind: 'release', planned: '2018-06-01', actual: null, baseline: null, label: null },
      ],
      blockers: [],
    });
  });

  it('names the field of each problem', () => {
    expect(
      problems(releaseFields, {
        name: '4.11',
        milestones: [{ kind: 'release', planned: '2018-02-30' }],
      }),
    ).toBe('milestones[0].planned: is not a real calendar date');
    expect(
      problems(releaseFields, {
        name: '4.11',
        milestones: [{ kind: 'thaw', planned: '2018-02-03' }],
      }),
    ).toMatch(/^milestones\[0\]\.kind: is not a milestone kind \(got "thaw"/);
    expect(problems(releaseFields, { name: '' })).toBe('name: must not be empty');
  });
});

describe('advisory schema', () => {
  const base = { key: 'XSA-263', publicAt: '2018-05-21T12:00:00Z' };

  it('accepts a minimal advisory', () => {
    expect(problems(advisoryFields, base)).toBe('');
  });

  it('refuses a lift before pre-disclosure, on the lift field', () => {
    expect(problems(advisoryFields, { ...base, predisclosureAt: '2018-05-22T12:00:00Z' })).toBe(
      'publicAt: lifts before its pre-disclosure (2018-05-22T12:00:00Z)',
    );
  });

  it('refuses malformed keys, CVEs and control characters', () => {
    expect(problems(advisoryFields, { ...base, key: 'XSA263' })).toMatch(
      /^key: must look like XSA-263/,
    );
    expect(problems(advisoryFields, { ...base, cves: ['CVE-18-1'] })).toMatch(
      /^cves\[0\]: must look like/,
    );
    expect(problems(advisoryFields, { ...base, title: 'a\u0000b' })).toBe(
      'title: contains a control character',
    );
  });

  it('quotes a refused value with its controls and overrides written out', () => {
    expect(quoted('a\u202eb\u009bc\u0007')).toBe('"a\\u202eb\\u009bc\\u0007"');
    expect(quoted('x'.repeat(100))).toBe(`"${'x'.repeat(39)}…`);
  });

  it('refuses C1 controls and bidirectional overrides in every text field, keeping the marks', () => {
    // U+009B is CSI to a terminal, as ESC [ is; U+202E shows "fdp.exe" as "exe.pdf".
    for (const [character, problem] of [
      ['\u0085', 'contains a control character'],
      ['\u009b', 'contains a control character'],
      [
        '\u202e',
        'contains a bidirectional control character (U+202E), which shows text in another order than it is stored',
      ],
      [
        '\u202a',
        'contains a bidirectional control character (U+202A), which shows text in another order than it is stored',
      ],
      [
        '\u2067',
        'contains a bidirectional control character (U+2067), which shows text in another order than it is stored',
      ],
    ]) {
      expect(problems(advisoryFields, { ...base, title: `XSA ${character}fdp.exe` })).toBe(
        `title: ${problem}`,
      );
      expect(problems(advisoryFields, { ...base, notes: `note${character}` })).toBe(
        `notes: ${problem}`,
      );
      expect(
        problems(advisoryFields, { ...base, followUps: [{ summary: `fix${character}` }] }),
      ).toBe(`followUps[0].summary: ${problem}`);
    }
    // Right-to-left text with its marks, and the characters just outside the ranges, are text.
    expect(
      problems(advisoryFields, { ...base, title: 'עדכון \u200fXSA-1\u200e \u00a0\u2065\u206a' }),
    ).toBe('');
  });
});

describe('update schemas', () => {
  it('leave out what was not sent instead of filling create-time defaults', async () => {
    const { contract } = await import('../contract/calls');
    expect(contract['advisories.update'].input.parse({ id: 1, revision: 1, title: 'x' })).toEqual({
      id: 1,
      revision: 1,
      title: 'x',
    });
    expect(contract['releases.update'].input.parse({ id: 1, revision: 1 })).toEqual({
      id: 1,
      revision: 1,
    });
  });
});
