import { z } from 'zod';
import { isoDate } from './dates';
import { name, quoted, text } from './text';

export const MILESTONE_KINDS = [
  'last-posting',
  'feature-freeze',
  'code-freeze',
  'hard-code-freeze',
  'branch',
  'rc',
  'release',
  'custom',
] as const;

export const milestoneKind = z.enum(MILESTONE_KINDS, {
  error: (issue) =>
    `is not a milestone kind (got ${quoted(issue.input)}; expected one of ${MILESTONE_KINDS.join(', ')})`,
});
export type MilestoneKind = z.infer<typeof milestoneKind>;

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

export const RELEASE_STATUSES = ['planned', 'released'] as const;
export const releaseStatus = z.enum(RELEASE_STATUSES);
export type ReleaseStatus = z.infer<typeof releaseStatus>;

export const releaseName = name(64).refine((value) => /^[\w.+~-]+( [\w.+~-]+)*$/.test(value), {
  message: 'may use letters, digits, spaces and . _ + ~ - only',
});

/** A milestone as a caller sends it; `id` keeps its identity across edits. */
export const milestoneInput = z.object({
  id: z.number().int().positive().optional(),
  kind: milestoneKind,
  planned: isoDate,
  actual: isoDate.nullable().default(null),
  baseline: isoDate.nullable().default(null),
  label: text(120).nullable().default(null),
});

export const milestone = z.object({
  id: z.number().int(),
  kind: milestoneKind,
  planned: isoDate,
  actual: isoDate.nullable(),
  baseline: isoDate.nullable(),
  label: z.string().nullable(),
});
export type Milestone = z.infer<typeof milestone>;

export const BLOCKER_KINDS = ['bug', 'test-gate', 'other'] as const;
export const blockerKind = z.enum(BLOCKER_KINDS, {
  error: (issue) =>
    `is not a blocker kind (got ${quoted(issue.input)}; expected one of ${BLOCKER_KINDS.join(', ')})`,
});
export type BlockerKind = z.infer<typeof blockerKind>;

export const BLOCKER_KIND_LABELS: Record<BlockerKind, string> = {
  bug: 'Bug',
  'test-gate': 'Test gate',
  other: 'Other',
};

/**
 * Something other than an embargo that holds a release: a bug, a test gate
 * (a push gate that has not passed), anything else. Open until resolved.
 */
export const blockerInput = z
  .object({
    id: z.number().int().positive().optional(),
    title: name(200),
    kind: blockerKind.default('bug'),
    openedOn: isoDate,
    /** When it is expected to be resolved; null when nobody knows. */
    expectedOn: isoDate.nullable().default(null),
    resolvedOn: isoDate.nullable().default(null),
  })
  .superRefine((value, ctx) => {
    if (value.resolvedOn !== null && value.resolvedOn < value.openedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['resolvedOn'],
        message: `is before the day it was opened (${value.openedOn})`,
      });
  });

export const blocker = z.object({
  id: z.number().int(),
  title: z.string(),
  kind: blockerKind,
  openedOn: isoDate,
  expectedOn: isoDate.nullable(),
  resolvedOn: isoDate.nullable(),
});
export type Blocker = z.infer<typeof blocker>;

export const releaseFields = z.object({
  name: releaseName,
  status: releaseStatus.default('planned'),
  milestones: z.array(milestoneInput).max(200).default([]),
  blockers: z.array(blockerInput).max(200).default([]),
});

export const release = z.object({
  id: z.number().int(),
  revision: z.number().int(),
  name: z.string(),
  status: releaseStatus,
  milestones: z.array(milestone),
  blockers: z.array(blocker),
});
export type Release = z.infer<typeof release>;

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
