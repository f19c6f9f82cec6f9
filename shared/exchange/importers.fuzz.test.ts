import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PlannerError } from '../errors/result';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { hostileString, hostileValue, mutationsOf } from '../testing/hostileValues';
import { nearlyBundle, nearlyXsaJson } from '../testing/importFiles';
import { bundle } from './bundle';
import { mergePlan } from './mergePlan';
import { readImport } from './readImport';
import { looksLikeXsaJson, parseXsaJson } from './xsaJson';

// The parsers on their own, without a database: whatever the text, they
// return a reading or throw PlannerError('invalid_input') naming the file;
// nothing else escapes them, and what they return merges without throwing.

const SAMPLE_BUNDLE = {
  format: 'embargo-planner/bundle',
  version: 1,
  profile: 'team',
  releases: [{ name: '4.11', milestones: [{ kind: 'release', planned: '2018-06-01' }] }],
  advisories: [
    {
      key: 'XSA-263',
      title: 'Speculative Store Bypass',
      cves: ['CVE-2018-3639'],
      publicAt: '2018-05-21T12:00:00Z',
      affects: ['4.11'],
      followUps: [{ summary: 'Arm SSBD control', expectedAt: '2018-06-22' }],
    },
  ],
};

const context = { now: new Date('2026-11-25T10:00:00Z'), newAffects: ['4.11'] };
const empty = { releases: [], advisories: [], settings: DEFAULT_SETTINGS };
let tried = 0;

afterAll(() => console.log(`hostile texts through the importers: ${tried} tried`));

function readsOrRefuses(text: string): void {
  tried += 1;
  let reading: ReturnType<typeof readImport>;
  try {
    reading = readImport(text, 'fuzz.json', context);
  } catch (error) {
    expect(error).toBeInstanceOf(PlannerError);
    expect((error as PlannerError).code).toBe('invalid_input');
    expect((error as PlannerError).message).toMatch(/^fuzz\.json: /);
    expect((error as PlannerError).message.length).toBeLessThan(4000);
    return;
  }
  expect(() => mergePlan(empty, reading.incoming)).not.toThrow();
  for (const refusal of reading.refused) expect(refusal.reason.length).toBeLessThan(2000);
}

describe('readImport', () => {
  it('reads or refuses any text', () => {
    const text = fc.oneof(
      hostileString,
      hostileValue.map((value) => JSON.stringify(value) ?? ''),
      nearlyBundle.map((file) => JSON.stringify(file)),
      nearlyXsaJson.map((file) => JSON.stringify(file)),
      mutationsOf(SAMPLE_BUNDLE).map((file) => JSON.stringify(file) ?? ''),
    );
    fc.assert(fc.property(text, readsOrRefuses), { numRuns: 1500 });
  });
});

describe('the bundle schema and the xsa.json reader', () => {
  it('never throw, whatever the value', () => {
    const value = fc.oneof(
      hostileValue,
      nearlyBundle,
      nearlyXsaJson,
      mutationsOf(SAMPLE_BUNDLE),
      mutationsOf([{ xsas: [{ xsa: 263, public_time: '2018-05-21 12:00', cve: [] }] }]),
    );
    fc.assert(
      fc.property(value, (data) => {
        tried += 1;
        expect(() => bundle.safeParse(data)).not.toThrow();
        if (looksLikeXsaJson(data)) {
          const list = parseXsaJson(data);
          for (const entry of list.entries) {
            expect(entry.key).toMatch(/^XSA-[1-9]\d{0,5}$/);
            expect(entry.cves.length).toBeLessThanOrEqual(100);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
