import Database from 'better-sqlite3';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../shared/contract/calls';
import type { Result } from '../../shared/errors/result';
import { bundle } from '../../shared/exchange/bundle';
import { hostileString, hostileValue, mutationsOf } from '../../shared/testing/hostileValues';
import { nearlyBundle, nearlyXsaJson } from '../../shared/testing/importFiles';
import { tempBackend, tempDbFile, type TestBackend } from '../testing/tempBackend';

// 'exchange.import' fed files that are nearly right, mutated, or garbage.
// Refused: with invalid_input, naming the file, writing nothing. Applied:
// what it stored is what the file said, a team export of it imports again
// elsewhere, and the editor can save every record it stored unchanged.

const SAMPLE = fs.readFileSync(path.join(__dirname, '../../examples/xen-4.11.bundle.json'), 'utf8');

let file = '';
let backend: TestBackend;
let reader: Database.Database;
const counts = { tried: 0, refused: 0, partlyRefused: 0, applied: 0 };

beforeAll(() => {
  file = tempDbFile();
  backend = tempBackend(file);
  backend.ok('exchange.import', { content: SAMPLE, fileName: 'sample.json' });
  reader = new Database(file, { readonly: true });
});

afterAll(() => {
  reader.close();
  backend.close();
  console.log(
    `hostile import files: ${counts.tried} tried (${counts.refused} refused whole, ${counts.partlyRefused} refused in part, ${counts.applied} applied and checked)`,
  );
});

const dataVersion = () => reader.pragma('data_version', { simple: true }) as number;

/** A plan without ids, revisions and order: what an export and an import must keep. */
function content(plan: PlanSnapshot) {
  return {
    releases: plan.releases
      .map((r) => ({
        name: r.name,
        milestones: r.milestones.map(({ kind, planned, actual, label }) => ({
          kind,
          planned,
          actual,
          label,
        })),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    advisories: plan.advisories
      .map((a) => ({
        key: a.key,
        title: a.title,
        cves: a.cves,
        publicAt: a.publicAt,
        predisclosureAt: a.predisclosureAt,
        affects: a.affects,
        notes: a.notes,
        followUps: a.followUps.map(({ summary, expectedAt }) => ({ summary, expectedAt })),
      }))
      .sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/** A team export imports into an empty database whole, and comes out the same. */
function expectRoundTrip(): void {
  const exported = backend.ok('exchange.exportBundle', { profile: 'team' });
  const other = tempBackend(tempDbFile());
  try {
    const report = other.ok('exchange.import', {
      content: JSON.stringify(exported),
      fileName: 'export.json',
    });
    expect(report.refused).toEqual([]);
    expect(content(other.ok('plan.get', {}))).toEqual(content(backend.ok('plan.get', {})));
  } finally {
    other.close();
  }
}

/** What the import stored, the editor can save back as it is: the same rules on both paths. */
function expectEditable(): void {
  const plan = backend.ok('plan.get', {});
  for (const r of plan.releases)
    backend.ok('releases.update', {
      id: r.id,
      revision: r.revision,
      name: r.name,
      status: r.status,
      milestones: r.milestones,
    });
  for (const a of plan.advisories) {
    const { id, revision, key, title, cves, status, predisclosureAt, publicAt, affects, notes } = a;
    backend.ok('advisories.update', {
      id,
      revision,
      ...{ key, title, cves, status, predisclosureAt, publicAt, affects, notes },
      followUps: a.followUps,
    });
  }
}

/** For a team bundle that was applied, the text of every advisory is stored as the file had it. */
function expectStoredAsSent(text: string): void {
  const parsed = bundle.safeParse(JSON.parse(text));
  if (!parsed.success || parsed.data.profile !== 'team') return;
  const stored = new Map(backend.ok('advisories.list', {}).map((a) => [a.key, a]));
  for (const sent of parsed.data.advisories) {
    const kept = stored.get(sent.key);
    expect(kept).toBeDefined();
    expect(kept?.title).toBe(sent.title);
    expect(kept?.notes).toBe(sent.notes);
    expect(kept?.cves).toEqual(sent.cves);
    expect(kept?.followUps.map((f) => f.summary)).toEqual(sent.followUps.map((f) => f.summary));
  }
}

function tryImport(text: string): void {
  counts.tried += 1;
  const version = dataVersion();
  let result: Result<unknown> | undefined;
  expect(() => {
    result = backend.call('exchange.import', { content: text, fileName: 'fuzz.json' });
  }).not.toThrow();
  if (!result) throw new Error('no result');
  if (!result.ok) {
    counts.refused += 1;
    expect(result.error.code, result.error.message).toBe('invalid_input');
    expect(result.error.message).toMatch(/^fuzz\.json: /);
    expect(result.error.message.length).toBeLessThan(4000);
    expect(dataVersion()).toBe(version);
    return;
  }
  const report = result.value as { applied: boolean; refused: { where: string; reason: string }[] };
  if (!report.applied) {
    counts.partlyRefused += 1;
    expect(report.refused.length).toBeGreaterThan(0);
    for (const refusal of report.refused) expect(refusal.reason.length).toBeLessThan(2000);
    expect(dataVersion()).toBe(version);
    return;
  }
  counts.applied += 1;
  expectStoredAsSent(text);
  expectRoundTrip();
  expectEditable();
}

describe('exchange.import with hostile files', () => {
  it('bundles that are nearly right', () => {
    fc.assert(
      fc.property(nearlyBundle, (file) => tryImport(JSON.stringify(file))),
      { numRuns: 120 },
    );
  });

  it("Xen's xsa.json lists that are nearly right", () => {
    fc.assert(
      fc.property(nearlyXsaJson, (file) => tryImport(JSON.stringify(file))),
      { numRuns: 80 },
    );
  });

  it('the sample bundle, broken in one to three places', () => {
    fc.assert(
      fc.property(mutationsOf(JSON.parse(SAMPLE)), (file) => tryImport(JSON.stringify(file) ?? '')),
      { numRuns: 120 },
    );
  });

  it('anything at all', () => {
    const text = fc.oneof(
      hostileString,
      hostileValue.map((value) => JSON.stringify(value) ?? 'undefined'),
      fc.constantFrom('[', '{"format":', '[{"xsas":', '['.repeat(100_000), '\ufeff{}', '{}'),
    );
    fc.assert(fc.property(text, tryImport), { numRuns: 120 });
  });
});
