import { z } from 'zod';
import { isoDate } from './dateSchemas';
import { BLOCKER_KINDS, MILESTONE_KINDS, RELEASE_STATUSES } from './releaseKinds';
import { name, quoted, text } from './text';

// What a valid release is, for the boundaries that check one (calls, files,
// the editors). The kinds, labels and reading of a release are in release.ts.

export const milestoneKind = z.enum(MILESTONE_KINDS, {
  error: (issue) =>
    `is not a milestone kind (got ${quoted(issue.input)}; expected one of ${MILESTONE_KINDS.join(', ')})`,
});

export const releaseStatus = z.enum(RELEASE_STATUSES);

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

export const blockerKind = z.enum(BLOCKER_KINDS, {
  error: (issue) =>
    `is not a blocker kind (got ${quoted(issue.input)}; expected one of ${BLOCKER_KINDS.join(', ')})`,
});

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
