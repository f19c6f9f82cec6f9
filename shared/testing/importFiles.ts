import fc from 'fast-check';
import { hostileString } from './hostileValues';

// Import files that are almost right: the shapes of a bundle and of Xen's
// xsa.json, filled from small pools (so names repeat, releases are missing,
// lists hold duplicates) and now and then a hostile value. They get past
// the first check and reach the ones behind it.

const releaseNames = fc.constantFrom('4.10', '4.11', '4.12', '4.11', ' 4.13 ', 'bad/name', '');
const keys = fc.constantFrom('XSA-263', 'XSA-264', 'XSA-265', 'XSA-263', 'XSA-0', 'xsa263');
const cves = fc.constantFrom('CVE-2018-3639', 'CVE-2018-3665', 'CVE-2018-3639', 'CVE-18-1');
const days = fc.constantFrom('2018-05-21', '2018-06-01', '2018-02-30', '2999-12-31', '1969-12-31');
const instants = fc.constantFrom(
  '2018-05-21T12:00:00Z',
  '2018-06-13T12:00+02:00',
  '2018-05-07T12:00:00Z',
  '2018-05-21T24:00:00Z',
  '2018-05-21 12:00',
  '2999-12-31T23:59:59Z',
);
const kinds = fc.constantFrom('feature-freeze', 'hard-code-freeze', 'release', 'rc', 'thaw');

/** Mostly a plausible value, sometimes anything at all. */
function mostly<T>(usual: fc.Arbitrary<T>): fc.Arbitrary<T | string> {
  return fc.oneof({ weight: 6, arbitrary: usual }, { weight: 1, arbitrary: hostileString });
}

/** Free text: ordinary, or the characters that break stores and exports. */
export const freeText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  hostileString,
);

const milestone = fc.record(
  {
    kind: mostly(kinds),
    planned: mostly(days),
    actual: fc.option(days),
    label: fc.option(freeText),
  },
  { requiredKeys: ['kind', 'planned'] },
);

const release = fc.record(
  {
    name: mostly(releaseNames),
    status: fc.constantFrom('planned', 'released'),
    milestones: fc.array(milestone, { maxLength: 4 }),
  },
  { requiredKeys: ['name'] },
);

const advisory = fc.record(
  {
    key: mostly(keys),
    title: freeText,
    cves: fc.array(mostly(cves), { maxLength: 3 }),
    status: fc.constantFrom('embargoed', 'public', 'withdrawn'),
    predisclosureAt: fc.option(instants),
    publicAt: mostly(instants),
    affects: fc.array(mostly(releaseNames), { maxLength: 3 }),
    followUps: fc.array(
      fc.record({ summary: freeText, expectedAt: fc.option(days) }, { requiredKeys: ['summary'] }),
      { maxLength: 2 },
    ),
    notes: freeText,
  },
  { requiredKeys: ['key', 'publicAt'] },
);

export const nearlyBundle = fc.record(
  {
    format: mostly(fc.constant('embargo-planner/bundle')),
    version: fc.oneof(fc.constant(1), fc.constant(1), fc.constant(2)),
    profile: fc.constantFrom('team', 'public', 'predisclosure'),
    settings: fc.record(
      {
        warnWindowDays: fc.integer({ min: -1, max: 400 }),
        holidays: fc.array(days, { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
    releases: fc.array(release, { maxLength: 4 }),
    advisories: fc.array(advisory, { maxLength: 4 }),
  },
  { requiredKeys: ['format', 'version'] },
);

const xsaEntry = fc.record(
  {
    xsa: fc.oneof(
      fc.integer({ min: -1, max: 400 }),
      fc.constantFrom('263', '0', '000', '1234567', 'x'),
      fc.double(),
    ),
    title: freeText,
    cve: fc.oneof(fc.array(mostly(cves), { maxLength: 3 }), cves, fc.constant(null)),
    public_time: mostly(instants),
  },
  { requiredKeys: ['xsa', 'public_time'] },
);

export const nearlyXsaJson = fc
  .array(xsaEntry, { maxLength: 6 })
  .map((xsas) => [{ xsas }, { other: 'metadata' }]);
