import type { Advisory, FollowUp } from '../domain/advisory';
import type { Blocker, Milestone, Release } from '../domain/release';
import type { SettingsValues } from '../domain/settings';
import { fingerprint } from './fingerprint';
import {
  mergeSettings,
  type HolidayChoice,
  type SettingsChoice,
  type SettingsDifferences,
} from './settingsMerge';

/** A release as an importer hands it over: by name, milestones without ids. */
export interface IncomingRelease {
  where: string;
  name: string;
  status: Release['status'];
  /** `baseline` absent means "keep ours"; a bundle may leave it out. */
  milestones: (Omit<Milestone, 'id' | 'baseline'> & { baseline?: string | null })[];
  /** Absent (an older bundle, Xen's list): keep ours. */
  blockers?: Omit<Blocker, 'id'>[];
  /** Its content at the exporter's previous exchange (a team bundle's `base`); absent: unknown. */
  base?: string | null;
}

export interface IncomingAdvisory {
  where: string;
  key: string;
  title: string;
  cves: string[];
  status: Advisory['status'];
  predisclosureAt: string | null;
  publicAt: string;
  affects: string[];
  followUps: Omit<FollowUp, 'id'>[];
  notes: string;
  /** Its content at the exporter's previous exchange (a team bundle's `base`); absent: unknown. */
  base?: string | null;
}

export interface Incoming {
  releases: IncomingRelease[];
  advisories: IncomingAdvisory[];
  settings?: Partial<SettingsValues>;
  /**
   * A redacted source (a public or pre-disclosure bundle, Xen's list) says
   * nothing about what it left out: its blanks must not erase what we know.
   */
  partial: boolean;
}

export interface ReleaseOp {
  name: string;
  existing: Release | null;
  values: {
    name: string;
    status: Release['status'];
    milestones: Omit<Milestone, 'id'>[] & { id?: number }[];
    blockers: (Omit<Blocker, 'id'> & { id?: number })[];
  };
}

export interface AdvisoryOp {
  key: string;
  existing: Advisory | null;
  values: Omit<Advisory, 'id' | 'revision' | 'followUps'> & {
    followUps: (Omit<FollowUp, 'id'> & { id?: number })[];
  };
}

export interface MergePlan {
  releases: ReleaseOp[];
  advisories: AdvisoryOp[];
  settings: SettingsValues | null;
  /** What the file's settings and holidays differ in; null when it carries none. */
  settingsDifferences: SettingsDifferences | null;
  added: string[];
  changed: string[];
  unchanged: number;
  refused: { where: string; reason: string }[];
  /**
   * Records both sides changed since their last exchange, with the same
   * differing: each is left as ours or taken from the file, as chosen.
   */
  conflicts: { record: string; kept: 'ours' | 'theirs' }[];
  /** The exchange marks to store once the import is written (a whole bundle only). */
  marks: { kind: 'release' | 'advisory'; name: string; fingerprint: string }[];
}

/** Each record's content at the last exchange through this database (see exchange marks). */
export interface ExchangeMarks {
  releases: ReadonlyMap<string, string>;
  advisories: ReadonlyMap<string, string>;
}

export type ConflictChoice = 'ours' | 'theirs';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function mergeRelease(existing: Release | null, incoming: IncomingRelease): ReleaseOp['values'] {
  const milestones = incoming.milestones.map((m, index) => {
    // Keep the stored row (and so its identity) when the same kind sits at the same place.
    const previous = existing?.milestones[index];
    const keep = previous && previous.kind === m.kind ? previous : undefined;
    return {
      ...(keep ? { id: keep.id } : {}),
      kind: m.kind,
      planned: m.planned,
      actual: m.actual,
      baseline: m.baseline === undefined ? (keep?.baseline ?? null) : m.baseline,
      label: m.label,
    };
  });
  const blockers =
    incoming.blockers === undefined
      ? (existing?.blockers ?? [])
      : incoming.blockers.map((b, index) => {
          const previous = existing?.blockers[index];
          const keep = previous && previous.title === b.title ? previous : undefined;
          return { ...(keep ? { id: keep.id } : {}), ...b };
        });
  return { name: incoming.name, status: incoming.status, milestones, blockers };
}

function releaseContent(values: ReleaseOp['values']) {
  return [
    values.status,
    values.milestones.map(({ kind, planned, actual, baseline, label }) => [
      kind,
      planned,
      actual,
      baseline,
      label,
    ]),
    values.blockers.map(({ title, kind, openedOn, expectedOn, resolvedOn }) => [
      title,
      kind,
      openedOn,
      expectedOn,
      resolvedOn,
    ]),
  ];
}

/** A release's content as exchanges compare it (what a bundle carries of it). */
export function releaseFingerprint(values: ReleaseOp['values']): string {
  return fingerprint(releaseContent(values));
}

/** An advisory's content as exchanges compare it. */
export function advisoryFingerprint(values: AdvisoryOp['values']): string {
  return fingerprint(advisoryContent(values));
}

/**
 * Both sides changed the record since their last exchange, and not to the
 * same content: ours moved away from our mark, the file's from its base.
 * Unknowable (no conflict reported) without both marks.
 */
function isConflict(
  ours: string,
  mark: string | undefined,
  theirs: string,
  base: string | null | undefined,
): boolean {
  return mark !== undefined && base != null && ours !== mark && theirs !== base && ours !== theirs;
}

function mergeAdvisory(
  existing: Advisory | null,
  incoming: IncomingAdvisory,
  partial: boolean,
): AdvisoryOp['values'] {
  const keepIfBlank = <T>(value: T, blank: boolean, kept: T | undefined): T =>
    partial && blank && existing ? (kept as T) : value;
  const followUps = keepIfBlank(
    incoming.followUps,
    incoming.followUps.length === 0,
    existing?.followUps,
  ).map((f, index) => {
    const previous = existing?.followUps[index];
    return {
      ...(previous ? { id: previous.id } : {}),
      summary: f.summary,
      expectedAt: f.expectedAt,
      status: f.status,
      publicAt: f.publicAt,
    };
  });
  return {
    key: incoming.key,
    title: keepIfBlank(incoming.title, incoming.title === '', existing?.title),
    cves: keepIfBlank(incoming.cves, incoming.cves.length === 0, existing?.cves),
    status: mergedStatus(existing?.status, incoming.status, partial),
    predisclosureAt: keepIfBlank(
      incoming.predisclosureAt,
      incoming.predisclosureAt === null,
      existing?.predisclosureAt,
    ),
    publicAt: incoming.publicAt,
    affects: keepIfBlank(incoming.affects, incoming.affects.length === 0, existing?.affects),
    followUps,
    notes: keepIfBlank(incoming.notes, incoming.notes === '', existing?.notes),
  };
}

/**
 * A redacted source (a list, a public or pre-disclosure bundle) only knows
 * what it was told when it was made: it cannot un-withdraw an advisory, nor
 * take back that someone marked it public. A team bundle is the whole record.
 */
function mergedStatus(
  existing: Advisory['status'] | undefined,
  incoming: Advisory['status'],
  partial: boolean,
): Advisory['status'] {
  if (!partial || existing === undefined) return incoming;
  if (existing === 'withdrawn') return 'withdrawn';
  if (existing === 'public' && incoming === 'embargoed') return 'public';
  return incoming;
}

function advisoryContent(values: AdvisoryOp['values']) {
  return [
    values.title,
    values.cves,
    values.status,
    values.predisclosureAt,
    values.publicAt,
    [...values.affects].sort(),
    values.followUps.map(({ summary, expectedAt, status, publicAt }) => [
      summary,
      expectedAt,
      status,
      publicAt,
    ]),
    values.notes,
  ];
}

/**
 * Decides what an import would do, without doing it: the same plan drives
 * the preview and the write, so the preview cannot lie.
 */
export function mergePlan(
  current: {
    releases: readonly Release[];
    advisories: readonly Advisory[];
    settings: SettingsValues;
  },
  incoming: Incoming,
  choice: { settings: SettingsChoice; holidays: HolidayChoice; conflicts?: ConflictChoice } = {
    settings: 'keep',
    holidays: 'merge',
  },
  marks: ExchangeMarks = { releases: new Map(), advisories: new Map() },
): MergePlan {
  // Marks are kept for whole records only: a redacted file says too little.
  const marking = !incoming.partial;
  const keepOurs = (choice.conflicts ?? 'ours') === 'ours';
  const plan: MergePlan = {
    releases: [],
    advisories: [],
    settings: null,
    settingsDifferences: null,
    added: [],
    changed: [],
    unchanged: 0,
    refused: [],
    conflicts: [],
    marks: [],
  };
  const releasesByName = new Map(current.releases.map((r) => [r.name, r]));
  const advisoriesByKey = new Map(current.advisories.map((a) => [a.key, a]));
  const knownReleases = new Set([
    ...releasesByName.keys(),
    ...incoming.releases.map((r) => r.name),
  ]);

  for (const release of incoming.releases) {
    const existing = releasesByName.get(release.name) ?? null;
    const values = mergeRelease(existing, release);
    const theirs = releaseFingerprint(values);
    if (existing && same(releaseContent(values), releaseContent(existing))) {
      plan.unchanged += 1;
      if (marking) plan.marks.push({ kind: 'release', name: release.name, fingerprint: theirs });
      continue;
    }
    if (
      existing &&
      isConflict(releaseFingerprint(existing), marks.releases.get(release.name), theirs, release.base)
    ) {
      plan.conflicts.push({ record: `release ${release.name}`, kept: keepOurs ? 'ours' : 'theirs' });
      if (keepOurs) continue;
    }
    if (marking) plan.marks.push({ kind: 'release', name: release.name, fingerprint: theirs });
    plan.releases.push({ name: release.name, existing, values });
    (existing ? plan.changed : plan.added).push(`release ${release.name}`);
  }

  for (const advisory of incoming.advisories) {
    const unknown = advisory.affects.findIndex((name) => !knownReleases.has(name));
    if (unknown >= 0) {
      plan.refused.push({
        where: `${advisory.where}.affects[${unknown}]`,
        reason: `no release named ${advisory.affects[unknown]} in this file or the database`,
      });
      continue;
    }
    const existing = advisoriesByKey.get(advisory.key) ?? null;
    const values = mergeAdvisory(existing, advisory, incoming.partial);
    // A redacted source keeps our pre-disclosure date: its new lift may now
    // come before it, which the file alone could not show.
    if (values.predisclosureAt !== null && values.predisclosureAt > values.publicAt) {
      plan.refused.push({
        where: `${advisory.where}.publicAt`,
        reason: `the embargo lifts (${values.publicAt}) before its pre-disclosure (${values.predisclosureAt}, kept from the database)`,
      });
      continue;
    }
    const theirs = advisoryFingerprint(values);
    if (existing && same(advisoryContent(values), advisoryContent(existing))) {
      plan.unchanged += 1;
      if (marking) plan.marks.push({ kind: 'advisory', name: advisory.key, fingerprint: theirs });
      continue;
    }
    if (
      existing &&
      isConflict(
        advisoryFingerprint(existing),
        marks.advisories.get(advisory.key),
        theirs,
        advisory.base,
      )
    ) {
      plan.conflicts.push({ record: advisory.key, kept: keepOurs ? 'ours' : 'theirs' });
      if (keepOurs) continue;
    }
    if (marking) plan.marks.push({ kind: 'advisory', name: advisory.key, fingerprint: theirs });
    plan.advisories.push({ key: advisory.key, existing, values });
    (existing ? plan.changed : plan.added).push(advisory.key);
  }

  // Settings and holidays change only as the user chose, never silently.
  if (incoming.settings) {
    const merged = mergeSettings(current.settings, incoming.settings, choice);
    plan.settingsDifferences = merged.differences;
    if (merged.settings) {
      plan.settings = merged.settings;
      plan.changed.push('settings');
    }
  }
  return plan;
}
