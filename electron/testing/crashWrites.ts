import Database from 'better-sqlite3';
import type { Backend } from '../backend';

// The writes of the crash test, numbered: write i is always the same, so the
// checker knows what each acknowledged number must have left in the file.
// Each is one transaction spanning several rows and tables, so that a write
// cut in half would show: a release with some of its milestones, an
// advisory without its follow-ups, half an import, an entity without its
// change-log entry. By i % 16:
//
//   i % 4 == 0  releases.create   R<i>, 4 milestones
//   i % 4 == 1  advisories.create XSA-<i>, 3 follow-ups, affects R<i-1>
//   i % 4 == 2  releases.update   R<i-2>: its 4 milestones become 6 labelled u<i>
//   7, 15       advisories.update XSA-<i-2>: its 3 follow-ups become 5 named for <i>
//   3           exchange.import   B<i>a and B<i>b (2 milestones each), XSB-<i> affecting both
//   11          settings.update   holidays become [the day numbered i] (settings revision n)
//
// Imports read the whole plan to merge it, so they grow slower as the file
// grows: one in 16 keeps the run short.

/** Ids by name, so that an update need not read the whole plan. */
export type Ids = Map<string, number>;

export function idsOf(backend: Backend): Ids {
  const plan = must(backend.call('plan.get', {}), 'plan') as {
    releases: { id: number; name: string }[];
    advisories: { id: number; key: string }[];
  };
  return new Map([
    ...plan.releases.map((r) => [r.name, r.id] as const),
    ...plan.advisories.map((a) => [a.key, a.id] as const),
  ]);
}

type Kind = 'release' | 'advisory' | 'update release' | 'update advisory' | 'import' | 'settings';

export function kindOf(i: number): Kind {
  if (i % 4 === 0) return 'release';
  if (i % 4 === 1) return 'advisory';
  if (i % 4 === 2) return 'update release';
  return i % 16 === 3 ? 'import' : i % 16 === 11 ? 'settings' : 'update advisory';
}

/** The settings revision after settings write i, and the holiday it sets. */
const settingsRevision = (i: number) => Math.floor(i / 16) + 1;
const holidayOf = (i: number) => addDays('2030-01-01', i);

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function must(result: ReturnType<Backend['call']>, what: string): unknown {
  if (!result.ok) throw new Error(`${what}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

const milestones = (count: number, label: string | null) =>
  Array.from({ length: count }, (_, n) => ({
    kind: n === count - 1 ? 'release' : 'custom',
    planned: `2030-01-${String(n + 1).padStart(2, '0')}`,
    label,
  }));

function idOf(ids: Ids, name: string): number {
  const id = ids.get(name);
  if (id === undefined) throw new Error(`no ${name}`);
  return id;
}

function importBundle(i: number) {
  const release = (suffix: string) => ({
    name: `B${i}${suffix}`,
    milestones: milestones(2, null).map(({ kind, planned }) => ({ kind, planned })),
  });
  return {
    format: 'embargo-planner/bundle',
    version: 1,
    profile: 'team',
    releases: [release('a'), release('b')],
    advisories: [
      {
        key: `XSB-${i}`,
        publicAt: '2030-07-01T12:00:00Z',
        affects: [`B${i}a`, `B${i}b`],
        followUps: [{ summary: `fix of ${i}` }],
      },
    ],
  };
}

export function performWrite(backend: Backend, ids: Ids, i: number): void {
  const done = (value: unknown) => value as { id: number; key?: string; name?: string };
  switch (kindOf(i)) {
    case 'release': {
      const created = done(
        must(
          backend.call('releases.create', { name: `R${i}`, milestones: milestones(4, null) }),
          `w${i}`,
        ),
      );
      ids.set(`R${i}`, created.id);
      return;
    }
    case 'advisory': {
      const created = done(
        must(
          backend.call('advisories.create', {
            key: `XSA-${i}`,
            publicAt: '2030-06-01T12:00:00Z',
            affects: [`R${i - 1}`],
            followUps: [1, 2, 3].map((n) => ({ summary: `fix ${n} of ${i}` })),
          }),
          `w${i}`,
        ),
      );
      ids.set(`XSA-${i}`, created.id);
      return;
    }
    case 'update release':
      must(
        backend.call('releases.update', {
          id: idOf(ids, `R${i - 2}`),
          revision: 1,
          milestones: milestones(6, `u${i}`),
        }),
        `w${i}`,
      );
      return;
    case 'update advisory':
      must(
        backend.call('advisories.update', {
          id: idOf(ids, `XSA-${i - 2}`),
          revision: 1,
          followUps: [1, 2, 3, 4, 5].map((n) => ({ summary: `refix ${n} of ${i}` })),
        }),
        `w${i}`,
      );
      return;
    case 'settings':
      must(
        backend.call('settings.update', {
          revision: settingsRevision(i) - 1,
          holidays: [holidayOf(i)],
        }),
        `w${i}`,
      );
      return;
    case 'import': {
      const report = must(
        backend.call('exchange.import', {
          content: JSON.stringify(importBundle(i)),
          fileName: `w${i}`,
        }),
        `w${i}`,
      ) as { applied: boolean };
      if (!report.applied) throw new Error(`w${i}: import not applied`);
      return;
    }
  }
}

/** Whether write i is in the file: a write committed just before a kill was never acknowledged. */
export function isWritten(backend: Backend, i: number): boolean {
  const plan = must(backend.call('plan.get', {}), 'plan') as {
    releases: { name: string; revision: number }[];
    advisories: { key: string; revision: number }[];
    settings: { revision: number };
  };
  switch (kindOf(i)) {
    case 'settings':
      return plan.settings.revision >= settingsRevision(i);
    case 'release':
      return plan.releases.some((r) => r.name === `R${i}`);
    case 'advisory':
      return plan.advisories.some((a) => a.key === `XSA-${i}`);
    case 'update release':
      return plan.releases.some((r) => r.name === `R${i - 2}` && r.revision === 2);
    case 'update advisory':
      return plan.advisories.some((a) => a.key === `XSA-${i - 2}` && a.revision === 2);
    case 'import':
      return plan.releases.some((r) => r.name === `B${i}a`);
  }
}

interface Snapshot {
  releases: Map<string, { revision: number; labels: (string | null)[] }>;
  advisories: Map<string, { revision: number; followUps: string[]; affects: string[] }>;
  settings: { revision: number; holidays: string[] };
  logged: Set<string>;
}

function snapshot(db: Database.Database): Snapshot {
  const releases: Snapshot['releases'] = new Map();
  const labelsOf = db.prepare(
    'SELECT label FROM milestones WHERE release_id = ? ORDER BY position',
  );
  for (const row of db.prepare('SELECT id, name, revision FROM releases').all() as {
    id: number;
    name: string;
    revision: number;
  }[]) {
    const labels = (labelsOf.all(row.id) as { label: string | null }[]).map((m) => m.label);
    releases.set(row.name, { revision: row.revision, labels });
  }
  const advisories: Snapshot['advisories'] = new Map();
  const followUpsOf = db.prepare(
    'SELECT summary FROM follow_ups WHERE advisory_id = ? ORDER BY position',
  );
  const affectsOf = db.prepare(
    'SELECT r.name FROM advisory_affects a JOIN releases r ON r.id = a.release_id WHERE a.advisory_id = ? ORDER BY r.name',
  );
  for (const row of db.prepare('SELECT id, key, revision FROM advisories').all() as {
    id: number;
    key: string;
    revision: number;
  }[]) {
    advisories.set(row.key, {
      revision: row.revision,
      followUps: (followUpsOf.all(row.id) as { summary: string }[]).map((f) => f.summary),
      affects: (affectsOf.all(row.id) as { name: string }[]).map((r) => r.name),
    });
  }
  const logged = new Set(
    (
      db.prepare('SELECT entity_name, action FROM change_log').all() as {
        entity_name: string;
        action: string;
      }[]
    ).map((row) => `${row.action} ${row.entity_name}`),
  );
  const row = db.prepare('SELECT "values", revision FROM settings').get() as
    { values: string; revision: number } | undefined;
  const settings = row
    ? {
        revision: row.revision,
        holidays: (JSON.parse(row.values) as { holidays: string[] }).holidays,
      }
    : { revision: 0, holidays: [] };
  return { releases, advisories, settings, logged };
}

function isPresent({ releases, advisories, settings }: Snapshot, i: number): boolean {
  switch (kindOf(i)) {
    case 'settings':
      return settings.revision >= settingsRevision(i);
    case 'release':
      return releases.has(`R${i}`);
    case 'advisory':
      return advisories.has(`XSA-${i}`);
    case 'update release':
      return releases.get(`R${i - 2}`)?.revision === 2;
    case 'update advisory':
      return advisories.get(`XSA-${i - 2}`)?.revision === 2;
    case 'import':
      return releases.has(`B${i}a`);
  }
}

/** What is wrong with each entity that is there, if it is not whole. */
function partialWrites({ releases, advisories, settings, logged }: Snapshot): string[] {
  const problems: string[] = [];
  const whole = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  // Settings revision n was written by write 16(n-1)+11, which set its holiday.
  const { revision, holidays } = settings;
  whole(
    revision === 0 || holidays.join() === holidayOf(16 * (revision - 1) + 11),
    `settings revision ${revision} has holidays [${holidays.join(',')}]`,
  );
  whole(
    revision === 0 || logged.has('update settings') || logged.has('create settings'),
    'settings: not in the change log',
  );
  for (const [name, release] of releases) {
    const single = /^R(\d+)$/.exec(name);
    const pair = /^B(\d+)[ab]$/.exec(name);
    if (single) {
      const { revision, labels } = release;
      const updatedBy = `u${Number(single[1]) + 2}`;
      whole(
        (revision === 1 && labels.length === 4 && labels.every((l) => l === null)) ||
          (revision === 2 && labels.length === 6 && labels.every((l) => l === updatedBy)),
        `${name} at revision ${revision} has milestones [${labels.join(',')}]`,
      );
      whole(
        revision === 1 || logged.has(`update ${name}`),
        `${name}: update not in the change log`,
      );
    } else if (pair) {
      const k = pair[1];
      whole(release.labels.length === 2, `${name} has ${release.labels.length} milestones`);
      whole(
        releases.has(`B${k}a`) && releases.has(`B${k}b`) && advisories.has(`XSB-${k}`),
        `import ${k} is only partly there`,
      );
    } else problems.push(`unexpected release ${name}`);
    whole(logged.has(`create ${name}`), `${name}: creation not in the change log`);
  }
  for (const [key, advisory] of advisories) {
    const single = /^XSA-(\d+)$/.exec(key);
    const imported = /^XSB-(\d+)$/.exec(key);
    const { revision, followUps, affects } = advisory;
    const shown = `${key} at revision ${revision}: follow-ups [${followUps.join(',')}], affects [${affects.join(',')}]`;
    if (single) {
      const k = Number(single[1]);
      const refixed = [1, 2, 3, 4, 5].map((n) => `refix ${n} of ${k + 2}`);
      whole(
        affects.join() === `R${k - 1}` &&
          ((revision === 1 &&
            followUps.join() === [1, 2, 3].map((n) => `fix ${n} of ${k}`).join()) ||
            (revision === 2 && followUps.join() === refixed.join())),
        shown,
      );
      whole(revision === 1 || logged.has(`update ${key}`), `${key}: update not in the change log`);
    } else if (imported) {
      const k = imported[1];
      whole(followUps.join() === `fix of ${k}` && affects.join() === `B${k}a,B${k}b`, shown);
    } else problems.push(`unexpected advisory ${key}`);
    whole(logged.has(`create ${key}`), `${key}: creation not in the change log`);
  }
  return problems;
}

/**
 * Opens the file as the next start would (replaying the WAL) and checks it:
 * integrity, every acknowledged write present, every write present whole,
 * and nothing beyond the one write that may have committed unacknowledged.
 * Returns the problems found; none is the pass.
 */
export function checkAfterCrash(file: string, acknowledged: number): string[] {
  const db = new Database(file);
  try {
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const orphans = db.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0) problems.push(`foreign_key_check: ${orphans.length} rows`);
    const state = snapshot(db);
    for (let i = 0; i < acknowledged; i++)
      if (!isPresent(state, i)) problems.push(`acknowledged write ${i} is missing`);
    if (isPresent(state, acknowledged + 1))
      problems.push(`write ${acknowledged + 1} is there, unasked`);
    return [...problems, ...partialWrites(state)];
  } finally {
    db.close();
  }
}
