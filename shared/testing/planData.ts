// Builders for tests and the benchmark only: plans shaped exactly like the
// ones handlers return (ids, revisions, nulls), without a database.

import type { Advisory, AdvisoryStatus, FollowUp } from '../domain/advisory';
import type { IsoDate, IsoInstant } from '../domain/dates';
import type { Blocker, Milestone, MilestoneKind, Release, ReleaseStatus } from '../domain/release';
import { DEFAULT_SETTINGS, type SettingsValues } from '../domain/settings';
import { dayNumber, instantAt, isoDateOf } from '../planning/days';
import { seededRandom } from '../planning/random';
import { identity, lowerBound } from '../planning/sorted';
import { milestonesFromTemplate, XEN_416_TEMPLATE } from '../planning/templates';
import type { ApplyAction, PlanInput } from '../planning/types';

/** Marks confidential text, so tests can check that no message carries it. */
export const SECRET = 'SECRET';

/** A small stable positive id from a name, so builders need no counters. */
export function idFor(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 1 || 1;
}

export interface MilestoneSpec {
  kind: MilestoneKind;
  planned: IsoDate;
  actual?: IsoDate | null;
  baseline?: IsoDate | null;
  label?: string | null;
}

export interface BlockerSpec {
  title?: string;
  kind?: Blocker['kind'];
  openedOn: IsoDate;
  expectedOn?: IsoDate | null;
  resolvedOn?: IsoDate | null;
}

export interface ReleaseOptions {
  id?: number;
  status?: ReleaseStatus;
  revision?: number;
  blockers?: readonly BlockerSpec[];
}

/** A release from `{ 'hard-code-freeze': '2018-04-13', release: '2018-06-01' }` or full specs. */
export function makeRelease(
  name: string,
  milestones: Partial<Record<MilestoneKind, IsoDate>> | readonly MilestoneSpec[],
  options: ReleaseOptions = {},
): Release {
  const id = options.id ?? idFor(name);
  const specs: MilestoneSpec[] = Array.isArray(milestones)
    ? [...(milestones as readonly MilestoneSpec[])]
    : Object.entries(milestones).map(([kind, planned]) => ({
        kind: kind as MilestoneKind,
        planned: planned as IsoDate,
      }));
  return {
    id,
    revision: options.revision ?? 1,
    name,
    status: options.status ?? 'planned',
    milestones: specs.map((spec, i): Milestone => ({
      id: id * 100 + i + 1,
      kind: spec.kind,
      planned: spec.planned,
      actual: spec.actual ?? null,
      baseline: spec.baseline ?? null,
      label: spec.label ?? null,
    })),
    blockers: (options.blockers ?? []).map((spec, i): Blocker => ({
      id: id * 100 + 50 + i,
      title: spec.title ?? `Blocker ${i + 1}`,
      kind: spec.kind ?? 'bug',
      openedOn: spec.openedOn,
      expectedOn: spec.expectedOn ?? null,
      resolvedOn: spec.resolvedOn ?? null,
    })),
  };
}

export interface FollowUpSpec {
  id?: number;
  summary?: string;
  expectedAt?: IsoDate | null;
  publicAt?: IsoInstant | null;
  status?: FollowUp['status'];
}

export interface AdvisoryOptions {
  id?: number;
  status?: AdvisoryStatus;
  predisclosureAt?: IsoInstant | null;
  affects?: string[];
  followUps?: FollowUpSpec[];
}

export function makeAdvisory(
  key: string,
  publicAt: IsoInstant,
  options: AdvisoryOptions = {},
): Advisory {
  const id = options.id ?? (Number(key.replace(/\D/g, '')) || idFor(key));
  return {
    id,
    revision: 1,
    key,
    title: `${SECRET} title of ${key}`,
    cves: ['CVE-2018-3639'],
    status: options.status ?? 'embargoed',
    predisclosureAt: options.predisclosureAt ?? null,
    publicAt,
    affects: options.affects ?? [],
    followUps: (options.followUps ?? []).map((spec, i) => ({
      id: spec.id ?? id * 1000 + i + 1,
      summary: spec.summary ?? `${SECRET} follow-up ${i + 1} of ${key}`,
      expectedAt: spec.expectedAt ?? null,
      status: spec.status ?? 'pending',
      publicAt: spec.publicAt ?? null,
    })),
    notes: `${SECRET} notes`,
  };
}

export function makeSettings(overrides: Partial<SettingsValues> = {}): SettingsValues {
  return { ...DEFAULT_SETTINGS, ...overrides };
}

export function planOf(
  releases: readonly Release[],
  advisories: readonly Advisory[],
  settings: SettingsValues = makeSettings(),
): PlanInput {
  return { releases, advisories, settings };
}

/** A copy of the release with its release milestone planned on `date`. */
export function withReleaseDate(release: Release, date: IsoDate): Release {
  return withMilestone(release, 'release', date);
}

/** A copy with the first milestone of `kind` planned on `date` (added when missing). */
export function withMilestone(release: Release, kind: MilestoneKind, date: IsoDate): Release {
  const at = release.milestones.findIndex((m) => m.kind === kind);
  const milestones =
    at >= 0
      ? release.milestones.map((m, i) => (i === at ? { ...m, planned: date } : m))
      : [
          ...release.milestones,
          {
            id: release.id * 100 + 99,
            kind,
            planned: date,
            actual: null,
            baseline: null,
            label: null,
          },
        ];
  return { ...release, revision: release.revision + 1, milestones };
}

export interface GeneratedPlan {
  plan: PlanInput;
  today: IsoDate;
}

/**
 * A synthetic project: `releases` releases five weeks apart with the full
 * Xen milestone set and an RC, seen from a day 60% of the way through them:
 * what was planned before that day happened on its date (as in any real
 * project: released releases, freezes done), the rest is ahead; `advisories`
 * advisories lifting over the same years, each affecting the next release
 * or two, some with follow-ups, a few withdrawn.
 */
export function generatePlan(options: {
  advisories: number;
  releases: number;
  seed?: number;
}): GeneratedPlan {
  const next = seededRandom(options.seed ?? 1);
  const pick = (n: number) => Math.floor(next() * n);
  const first = dayNumber('2010-01-05'); // a Tuesday
  const releaseDays: number[] = [];
  for (let i = 0; i < options.releases; i++)
    releaseDays.push(first + i * 35 + (next() < 0.8 ? pick(3) : 3));
  const today = releaseDays[Math.floor(options.releases * 0.6)] - 30;
  const releases: Release[] = releaseDays.map((day, i) => {
    const released = day < today;
    const milestones: MilestoneSpec[] = milestonesFromTemplate(
      XEN_416_TEMPLATE,
      isoDateOf(day),
    ).map((m) => ({ ...m, actual: dayNumber(m.planned) < today ? m.planned : null }));
    const rc = day - 7;
    milestones.splice(-1, 0, {
      kind: 'rc',
      planned: isoDateOf(rc),
      actual: rc < today ? isoDateOf(rc) : null,
    });
    return makeRelease(`${Math.floor(i / 10) + 1}.${i % 10}`, milestones, {
      id: i + 1,
      status: released ? 'released' : 'planned',
    });
  });
  const span = releaseDays[releaseDays.length - 1] - first + 60;
  const advisories: Advisory[] = [];
  for (let i = 0; i < options.advisories; i++) {
    const liftDay = first - 60 + pick(span);
    const hour = next() < 0.9 ? '12:00' : '16:00';
    const target = lowerBound(releaseDays, liftDay - 7, identity);
    const affects = [target, target + 1]
      .slice(0, next() < 0.5 ? 1 : 2)
      .filter((r) => r < releases.length)
      .map((r) => releases[r].name);
    const followUps: FollowUpSpec[] = [];
    const roll = next();
    if (roll < 0.2) followUps.push({ expectedAt: isoDateOf(liftDay + 1 + pick(40)) });
    else if (roll < 0.25) followUps.push({ publicAt: instantAt(liftDay + 7 + pick(30), '12:00') });
    else if (roll < 0.35)
      followUps.push({ expectedAt: isoDateOf(liftDay + pick(30)), status: 'dropped' });
    else if (roll < 0.4) followUps.push({});
    advisories.push(
      makeAdvisory(`XSA-${i + 1}`, instantAt(liftDay, hour), {
        id: i + 1,
        status: next() < 0.02 ? 'withdrawn' : liftDay < today ? 'public' : 'embargoed',
        predisclosureAt: instantAt(liftDay - 10 - pick(7), '12:00'),
        affects,
        followUps,
      }),
    );
  }
  return { plan: { releases, advisories, settings: makeSettings() }, today: isoDateOf(today) };
}

/**
 * The plan after a suggestion's action, as the backend writes it (see
 * applyAction.ts and the releases.createPointRelease handler), in memory.
 */
export function applyToPlan(plan: PlanInput, action: ApplyAction): PlanInput {
  switch (action.type) {
    case 'set-milestone':
      return {
        ...plan,
        releases: plan.releases.map((r) =>
          r.name === action.release ? withMilestone(r, action.kind, action.date) : r,
        ),
      };
    case 'create-point-release': {
      const moved = new Set(action.advisories);
      const id = Math.max(0, ...plan.releases.map((r) => r.id)) + 1;
      const releases = plan.releases.map((r) =>
        r.name === action.release && action.releaseOn ? withReleaseDate(r, action.releaseOn) : r,
      );
      return {
        ...plan,
        releases: [...releases, makeRelease(action.name, { release: action.date }, { id })],
        advisories: plan.advisories.map((a) =>
          moved.has(a.key)
            ? {
                ...a,
                affects: [
                  ...a.affects.filter((n) => n !== action.release && n !== action.name),
                  action.name,
                ],
              }
            : a,
        ),
      };
    }
    case 'set-lift':
      return {
        ...plan,
        advisories: plan.advisories.map((a) =>
          a.key === action.advisory
            ? {
                ...a,
                publicAt: action.publicAt,
                predisclosureAt: action.predisclosureAt ?? a.predisclosureAt,
              }
            : a,
        ),
      };
  }
}
