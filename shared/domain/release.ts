// What a release is made of and how it is read: kinds, labels, dates. No
// schemas here (they are in releaseSchemas.ts, for the boundaries that
// validate), so the first screen can read a release without loading zod.

import type { BlockerKind, MilestoneKind } from './releaseKinds';
import type { Blocker, Milestone, Release } from './releaseSchemas';

export {
  BLOCKER_KINDS,
  MILESTONE_KINDS,
  RELEASE_STATUSES,
  type BlockerKind,
  type MilestoneKind,
  type ReleaseStatus,
} from './releaseKinds';

export type { Blocker, Milestone, Release } from './releaseSchemas';

export const MILESTONE_LABELS: Record<MilestoneKind, string> = {
  'last-posting': 'Last posting date',
  'feature-freeze': 'Feature freeze',
  'code-freeze': 'Code freeze',
  'hard-code-freeze': 'Hard code freeze',
  branch: 'Branch / reopen master',
  rc: 'Release candidate',
  release: 'Release',
  custom: 'Milestone',
};

/** What a milestone's marker says where there is little room (the timeline, the picture); a release says its name. */
export const MILESTONE_SHORT_LABELS: Record<MilestoneKind, string> = {
  'last-posting': 'Last posting',
  'feature-freeze': 'FF',
  'code-freeze': 'CF',
  'hard-code-freeze': 'HCF',
  branch: 'Branch',
  rc: 'RC',
  release: '',
  custom: 'Milestone',
};

export const BLOCKER_KIND_LABELS: Record<BlockerKind, string> = {
  bug: 'Bug',
  'test-gate': 'Test gate',
  other: 'Other',
};

/** The order milestones must come in; `rc` and `custom` float between. */
export const MILESTONE_ORDER: readonly MilestoneKind[] = [
  'last-posting',
  'feature-freeze',
  'code-freeze',
  'hard-code-freeze',
  'branch',
  'release',
];

/** The planned (or, once it happened, actual) date of a release's release milestone. */
export function releaseDate(release: Pick<Release, 'milestones'>): string | null {
  const milestone = release.milestones.find((m) => m.kind === 'release');
  return milestone ? (milestone.actual ?? milestone.planned) : null;
}

export function isReleased(release: Pick<Release, 'status' | 'milestones'>): boolean {
  return (
    release.status === 'released' ||
    release.milestones.some((m) => m.kind === 'release' && m.actual !== null)
  );
}

/**
 * Milestones in date order (the actual date once it happened, else the
 * planned one), as schedules are read and posted; on the same day in the
 * order milestones come (feature freeze before code freeze), else as stored.
 */
export function milestonesByDate<M extends Pick<Milestone, 'kind' | 'planned' | 'actual'>>(
  milestones: readonly M[],
): M[] {
  const rank = (kind: MilestoneKind) => {
    const at = MILESTONE_ORDER.indexOf(kind);
    // rc and custom float: just before the release on the same day.
    return at < 0 ? MILESTONE_ORDER.length - 1.5 : at;
  };
  return milestones
    .map((m, index) => ({ m, index }))
    .sort(
      (a, b) =>
        (a.m.actual ?? a.m.planned).localeCompare(b.m.actual ?? b.m.planned) ||
        rank(a.m.kind) - rank(b.m.kind) ||
        a.index - b.index,
    )
    .map(({ m }) => m);
}

/** A blocker open on `today`: not resolved, or resolved only later. */
export function isOpenBlocker(blocker: Pick<Blocker, 'resolvedOn'>, today: string): boolean {
  return blocker.resolvedOn === null || blocker.resolvedOn > today;
}
