import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOW, identitiesFor } from '../testing/calendarData';
import { exportIcs } from '../calendar/icsExport';
import { parseIcs } from '../testing/icsTestRead';
import type { Tombstone } from '../calendar/tombstones';
import type { Advisory } from '../domain/advisory';
import type { Release } from '../domain/release';
import type { Profile } from '../domain/profile';
import { exportBundle } from './exportBundle';
import { scheduleMail } from './scheduleMail';
import { DEFAULT_SETTINGS } from '../domain/settings';

// Every shared export of a random plan is searched for what must stay at
// home. Secret text carries a unique marker ("zqN") inside arbitrary text
// with commas, semicolons, newlines and non-ASCII characters, so that it is
// found even after escaping, and no innocent text can contain it.

const DAY = 86_400_000;
const instant = (offsetDays: number) =>
  new Date(NOW.getTime() + offsetDays * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
const date = (offsetDays: number) => instant(offsetDays).slice(0, 10);

const noise = fc.string({
  unit: fc.constantFrom('a', 'é', ',', ';', '\n', '\\', ' ', '😀', 'Ω', ':'),
  maxLength: 12,
});

interface Draft {
  kind: 'public' | 'embargoed' | 'withdrawn';
  liftDays: number;
  noise: string;
  followUps: { publicDays: number | null; expectedDays: number | null }[];
}

const draft: fc.Arbitrary<Draft> = fc.record({
  kind: fc.constantFrom('public', 'embargoed', 'withdrawn'),
  liftDays: fc.integer({ min: 1, max: 400 }),
  noise,
  followUps: fc.array(
    fc.record({
      publicDays: fc.option(fc.integer({ min: -300, max: 300 })),
      expectedDays: fc.option(fc.integer({ min: -300, max: 300 })),
    }),
    { maxLength: 3 },
  ),
});

const plans = fc.record({
  releases: fc.array(
    fc.array(
      fc.record({
        kind: fc.constantFrom('feature-freeze', 'hard-code-freeze', 'rc', 'release'),
        days: fc.integer({ min: -300, max: 300 }),
        baseline: fc.option(fc.integer({ min: -300, max: 300 })),
      }),
      { maxLength: 4 },
    ),
    { minLength: 1, maxLength: 3 },
  ),
  advisories: fc.array(draft, { maxLength: 8 }),
  deleted: fc.array(
    fc.record({ wasPublic: fc.boolean(), agoDays: fc.integer({ min: 0, max: 120 }) }),
    { maxLength: 3 },
  ),
});

interface Plan {
  releases: Release[];
  advisories: Advisory[];
  tombstones: Tombstone[];
  /** Text that must appear in no public export, and only the key and lift of in a pre-disclosure one. */
  secrets: string[];
  /** Keys that must appear in no public export. */
  hiddenKeys: string[];
  /** Keys whose every trace is banned from pre-disclosure exports too. */
  withdrawnKeys: string[];
  /** Embargoed keys and their lifts, which pre-disclosure exports may show. */
  embargoes: Map<string, string>;
}

type RawPlan = typeof plans extends fc.Arbitrary<infer T> ? T : never;

function buildPlan(raw: RawPlan): Plan {
  let nextId = 1;
  let marker = 0;
  const secret = (text: string, hide: boolean, out: string[]) => {
    const value = `${text}zq${marker++}q${text}`;
    if (hide) out.push(`zq${marker - 1}q`);
    return value;
  };
  const secrets: string[] = [];
  const hiddenKeys: string[] = [];
  const withdrawnKeys: string[] = [];
  const embargoes = new Map<string, string>();
  const releases: Release[] = raw.releases.map((milestones, index) => ({
    id: nextId++,
    revision: 1,
    name: `R${index}.${index + 1}`,
    status: 'planned',
    blockers: [],
    milestones: milestones.map((m) => ({
      id: nextId++,
      kind: m.kind,
      planned: date(m.days),
      actual: null,
      baseline: m.baseline === null ? null : date(m.baseline),
      label: null,
    })),
  }));
  const names = releases.map((r) => r.name);
  const advisories: Advisory[] = raw.advisories.map((d, index) => {
    const hide = d.kind !== 'public';
    const key =
      d.kind === 'public'
        ? `PUB-${index}`
        : d.kind === 'embargoed'
          ? `SEC-${index}`
          : `WD-${index}`;
    if (hide) hiddenKeys.push(key);
    if (d.kind === 'withdrawn') withdrawnKeys.push(key);
    const publicAt = instant(d.kind === 'public' ? -d.liftDays : d.liftDays);
    if (d.kind === 'embargoed') embargoes.set(key, publicAt);
    const cve = `CVE-${hide ? 2099 : 2000}-${String(10000 + index)}`;
    if (hide) secrets.push(cve);
    return {
      id: nextId++,
      revision: 1,
      key,
      title: secret(d.noise, hide, secrets),
      cves: [cve],
      status: d.kind,
      predisclosureAt: null,
      publicAt,
      affects: names,
      followUps: d.followUps.map((f) => ({
        id: nextId++,
        // A follow-up of a public advisory is secret while its own lift is ahead.
        summary: secret(d.noise, hide || (f.publicDays !== null && f.publicDays > 0), secrets),
        expectedAt: f.expectedDays === null ? null : date(f.expectedDays),
        status: 'pending',
        publicAt: f.publicDays === null ? null : instant(f.publicDays),
      })),
      // Notes never leave in a shared profile, whoever's they are.
      notes: secret(d.noise, true, secrets),
    };
  });
  const tombstones: Tombstone[] = raw.deleted.map((d, index) => {
    const key = d.wasPublic ? `GONE-${index}` : `DEL-${index}`;
    if (!d.wasPublic) hiddenKeys.push(key);
    return {
      uid: `tomb${index}`,
      sequence: 1,
      deletedAt: instant(-d.agoDays),
      item: {
        kind: 'advisory',
        key,
        // Deleted while embargoed: its lift was still ahead then.
        status: d.wasPublic ? 'public' : 'embargoed',
        publicAt: instant(d.wasPublic ? -d.agoDays - 10 : -d.agoDays + 5),
        affects: names,
      },
    };
  });
  return { releases, advisories, tombstones, secrets, hiddenKeys, withdrawnKeys, embargoes };
}

/** An .ics as a reader sees it: lines unfolded, TEXT escapes undone. */
function readable(ics: string): string {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .replace(/\\([\\;,])/g, '$1')
    .replace(/\\[nN]/g, '\n');
}

function exportsOf(plan: Plan, profile: Profile): string[] {
  const source = {
    releases: plan.releases,
    advisories: plan.advisories,
    identities: identitiesFor(plan.releases, plan.advisories),
    tombstones: plan.tombstones,
  };
  const ics = [null, ...plan.releases.map((r) => r.name)].map(
    (release) => exportIcs(source, { profile, now: NOW, release }).content,
  );
  return [
    ...ics,
    ...ics.map(readable),
    ...plan.releases.map(
      (release) => scheduleMail({ release, advisories: plan.advisories, profile, now: NOW }).text,
    ),
    JSON.stringify(exportBundle({ ...plan, settings: DEFAULT_SETTINGS }, profile, NOW)),
  ];
}

describe('no export leaks what its profile withholds (random plans)', () => {
  it('public: no embargoed or withdrawn key, title, CVE, note or follow-up, anywhere', () => {
    fc.assert(
      fc.property(plans, (raw) => {
        const plan = buildPlan(raw);
        // The check can see a leak: the team's bundle carries every secret.
        const team = JSON.stringify(
          exportBundle({ ...plan, settings: DEFAULT_SETTINGS }, 'team', NOW),
        );
        for (const secret of plan.secrets) expect(team).toContain(secret);
        for (const text of exportsOf(plan, 'public')) {
          for (const banned of [...plan.secrets, ...plan.hiddenKeys])
            expect(text.includes(banned), `public export shows ${banned}`).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('predisclosure: embargoes by key and lift time only', () => {
    fc.assert(
      fc.property(plans, (raw) => {
        const plan = buildPlan(raw);
        for (const text of exportsOf(plan, 'predisclosure'))
          for (const banned of [...plan.secrets, ...plan.withdrawnKeys])
            expect(text.includes(banned), `pre-disclosure export shows ${banned}`).toBe(false);
        const source = {
          releases: plan.releases,
          advisories: plan.advisories,
          identities: identitiesFor(plan.releases, plan.advisories),
          tombstones: [],
        };
        const events = parseIcs(exportIcs(source, { profile: 'predisclosure', now: NOW }).content);
        for (const [key, lift] of plan.embargoes) {
          const shown = events.filter((e) => e.summary.startsWith(`${key} `));
          expect(shown.map((e) => [e.summary, e.start])).toEqual([[`${key} public`, lift]]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
