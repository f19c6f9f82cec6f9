// Bundle import: what a bundle adds and changes, its preview, and the files it refuses whole.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../testing/importText';
import {
  sampleAdvisory,
  sampleRelease,
  tempBackend,
  type TestBackend,
} from '../testing/tempBackend';

const SAMPLE = fs.readFileSync(path.join(__dirname, '../../examples/xen-4.11.bundle.json'), 'utf8');

function snapshotWithoutIds(backend: TestBackend) {
  const plan = backend.ok('plan.get', {});
  return JSON.stringify(plan);
}

describe('bundle import', () => {
  it('adds everything in the sample, then changes nothing the second time', () => {
    const backend = tempBackend();
    const first = importText(backend, SAMPLE);
    expect(first).toMatchObject({ format: 'bundle', applied: true, refused: [] });
    expect(first.added).toEqual([
      'release 4.10',
      'release 4.11',
      'XSA-263',
      'XSA-267',
      'XSA-264',
      'XSA-265',
      'XSA-266',
    ]);
    const after = snapshotWithoutIds(backend);
    const second = importText(backend, SAMPLE);
    expect(second).toMatchObject({ added: [], changed: [], unchanged: 7, refused: [] });
    expect(snapshotWithoutIds(backend)).toBe(after);
    backend.close();
  });

  it('round-trips through a team export', () => {
    const backend = tempBackend();
    importText(backend, SAMPLE);
    const exported = backend.ok('exchange.exportBundle', { profile: 'team' });
    const other = tempBackend();
    importText(other, JSON.stringify(exported));
    const strip = (b: TestBackend) => {
      const plan = b.ok('plan.get', {});
      return {
        releases: plan.releases.map(({ name, status, milestones }) => ({
          name,
          status,
          milestones: milestones.map(({ kind, planned, actual, label }) => ({
            kind,
            planned,
            actual,
            label,
          })),
        })),
        advisories: plan.advisories.map(({ id, revision, followUps, ...rest }) => {
          void id;
          void revision;
          return {
            ...rest,
            followUps: followUps.map(({ summary, expectedAt, status }) => ({
              summary,
              expectedAt,
              status,
            })),
          };
        }),
      };
    };
    expect(strip(other)).toEqual(strip(backend));
    backend.close();
    other.close();
  });

  it('previews without writing', () => {
    const backend = tempBackend();
    const report = importText(backend, SAMPLE, true);
    expect(report.applied).toBe(false);
    expect(report.added).toHaveLength(7);
    expect(backend.ok('plan.get', {}).releases).toEqual([]);
    backend.close();
  });

  const bad: [string, (bundle: Record<string, unknown>) => unknown, RegExp][] = [
    [
      'a wrong format',
      (b) => ({ ...b, format: 'something/else' }),
      /^plan\.json: format: must be "embargo-planner\/bundle"/,
    ],
    ['a wrong version', (b) => ({ ...b, version: 2 }), /^plan\.json: version: must be 1 \(got 2\)/],
    [
      'an unknown milestone kind',
      (b) => {
        const releases = structuredClone(b.releases) as { milestones: { kind: string }[] }[];
        releases[1].milestones[2].kind = 'thaw';
        return { ...b, releases };
      },
      /^plan\.json: releases\[1\]\.milestones\[2\]\.kind: is not a milestone kind/,
    ],
    [
      'an impossible date',
      (b) => {
        const releases = structuredClone(b.releases) as { milestones: { planned: string }[] }[];
        releases[1].milestones[0].planned = '2018-02-30';
        return { ...b, releases };
      },
      /^plan\.json: releases\[1\]\.milestones\[0\]\.planned: is not a real calendar date$/,
    ],
    [
      'a lift before pre-disclosure',
      (b) => {
        const advisories = structuredClone(b.advisories) as { publicAt: string }[];
        advisories[1].publicAt = '2018-06-01T12:00:00Z';
        return { ...b, advisories };
      },
      /^plan\.json: advisories\[1\]\.publicAt: lifts before its pre-disclosure/,
    ],
    [
      'a duplicate advisory key',
      (b) => {
        const advisories = structuredClone(b.advisories) as { key: string }[];
        advisories[2].key = 'XSA-263';
        return { ...b, advisories };
      },
      /^plan\.json: advisories\[2\]\.key: advisory XSA-263 appears twice/,
    ],
  ];

  for (const [what, change, message] of bad) {
    it(`refuses ${what}, naming the file and field, and writes nothing`, () => {
      const backend = tempBackend();
      backend.ok('releases.create', { ...sampleRelease, name: '4.9' });
      const before = snapshotWithoutIds(backend);
      const error = backend.fails('exchange.import', {
        content: JSON.stringify(change(JSON.parse(SAMPLE) as Record<string, unknown>)),
        fileName: 'plan.json',
      });
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(message);
      expect(snapshotWithoutIds(backend)).toBe(before);
      backend.close();
    });
  }

  it('refuses malformed JSON, naming the file and the place, without quoting it', () => {
    const backend = tempBackend();
    const unexpected = backend.fails('exchange.import', {
      content: '{\n  "format": , "secret": "XSA title"\n}',
      fileName: 'plan.json',
    });
    expect(unexpected.message).toBe(
      'plan.json: not valid JSON (an unexpected character at line 2, column 13)',
    );
    expect(unexpected.message).not.toContain('XSA title');
    const cut = backend.fails('exchange.import', { content: '{\n  "a": 1', fileName: 'plan.json' });
    expect(cut.message).toMatch(/^plan\.json: not valid JSON \(.* at line 2, column 9\)$/);
    backend.close();
  });

  it('refuses an unknown release in affects, reporting where, and writes nothing at all', () => {
    const backend = tempBackend();
    const bundle = JSON.parse(SAMPLE) as { advisories: { affects: string[] }[] };
    bundle.advisories[3].affects = ['4.99'];
    const report = importText(backend, JSON.stringify(bundle));
    expect(report.applied).toBe(false);
    expect(report.refused).toEqual([
      {
        where: 'advisories[3].affects[0]',
        reason: 'no release named 4.99 in this file or the database',
      },
    ]);
    expect(backend.ok('plan.get', {}).releases).toEqual([]);
    backend.close();
  });

  it('does not let a redacted bundle erase what the team knows', () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    backend.ok('advisories.create', {
      ...sampleAdvisory,
      status: 'embargoed' as const,
      publicAt: '2027-05-21T12:00:00Z',
      predisclosureAt: null,
    });
    const redacted = backend.ok('exchange.exportBundle', { profile: 'predisclosure' });
    expect(JSON.stringify(redacted)).not.toContain('Speculative');
    const report = importText(backend, JSON.stringify(redacted));
    expect(report).toMatchObject({ changed: [], refused: [] });
    expect(backend.ok('advisories.list', {})[0].title).toBe('Speculative Store Bypass');
    backend.close();
  });
});
