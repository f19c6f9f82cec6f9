import { z } from 'zod';
import {
  advisory,
  advisoryShape,
  followUp,
  followUpInput,
  refineAdvisory,
} from '../domain/advisory';
import { isoDate, isoInstant } from '../domain/dateSchemas';
import {
  blocker,
  blockerKind,
  milestone,
  milestoneKind,
  release,
  releaseName,
  releaseStatus,
} from '../domain/releaseSchemas';
import { profile } from '../domain/profileSchema';
import { settingsValues } from '../domain/settings';
import { name, quoted, text } from '../domain/text';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './bundleFormat';

export { BUNDLE_FORMAT, BUNDLE_VERSION };

/** The most advisories one file may bring in, a bundle or Xen's list alike. */
export const MAX_IMPORT_ADVISORIES = 200_000;

const bundleMilestone = z.object({
  kind: milestoneKind,
  planned: isoDate,
  actual: isoDate.nullable().default(null),
  baseline: isoDate.nullable().optional(),
  label: text(120).nullable().default(null),
});

const bundleBlocker = z.object({
  title: name(200),
  kind: blockerKind.default('bug'),
  openedOn: isoDate,
  expectedOn: isoDate.nullable().default(null),
  resolvedOn: isoDate.nullable().default(null),
});

const bundleRelease = z.object({
  name: releaseName,
  status: releaseStatus.default('planned'),
  milestones: z.array(bundleMilestone).max(200).default([]),
  // Added after v1 first shipped: a bundle without it leaves blockers as they are.
  blockers: z.array(bundleBlocker).max(200).optional(),
  // Added after v1 first shipped (team bundles only): the record's content at
  // the exporter's previous exchange, so an import can tell who changed what.
  base: z
    .string()
    .regex(/^[0-9a-f]{16}$/, { message: 'must be 16 hex digits' })
    .nullable()
    .optional(),
});

/**
 * An advisory as a bundle carries it: the fields advisories.create takes,
 * so what an import stores the editor can save again; its follow-ups without
 * the database's ids.
 */
const bundleAdvisory = refineAdvisory(
  advisoryShape.extend({
    followUps: z
      .array(followUpInput.omit({ id: true }))
      .max(200)
      .default([]),
    // Added after v1 first shipped (team bundles only): the record's content at
    // the exporter's previous exchange, so an import can tell who changed what.
    base: z
      .string()
      .regex(/^[0-9a-f]{16}$/, { message: 'must be 16 hex digits' })
      .nullable()
      .optional(),
  }),
);

/** Bundle v1 as DESIGN.md defines it. Unknown fields are ignored: fields may be added. */
export const bundle = z
  .object({
    format: z.literal(BUNDLE_FORMAT, {
      error: (issue) =>
        `must be "${BUNDLE_FORMAT}" (got ${quoted(issue.input)}): this is not a planner bundle`,
    }),
    version: z.literal(BUNDLE_VERSION, {
      error: (issue) =>
        `must be ${BUNDLE_VERSION} (got ${quoted(issue.input)}): this bundle is from another version of the planner`,
    }),
    exportedAt: isoInstant.optional(),
    profile: profile.default('team'),
    settings: settingsValues.partial().optional(),
    releases: z.array(bundleRelease).max(10000).default([]),
    advisories: z.array(bundleAdvisory).max(MAX_IMPORT_ADVISORIES).default([]),
  })
  .superRefine((value, ctx) => {
    const seenReleases = new Set<string>();
    value.releases.forEach((release, index) => {
      if (seenReleases.has(release.name))
        ctx.addIssue({
          code: 'custom',
          path: ['releases', index, 'name'],
          message: `release ${release.name} appears twice`,
        });
      seenReleases.add(release.name);
    });
    const seenKeys = new Set<string>();
    value.advisories.forEach((advisory, index) => {
      if (seenKeys.has(advisory.key))
        ctx.addIssue({
          code: 'custom',
          path: ['advisories', index, 'key'],
          message: `advisory ${advisory.key} appears twice`,
        });
      seenKeys.add(advisory.key);
    });
  });

/**
 * A bundle as the planner writes it (exportBundle, the call
 * exchange.exportBundle), every field present: the domain's records
 * without their database ids and revisions. `bundle` reads it back.
 */
export const exportedBundle = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: z.string(),
  profile,
  settings: settingsValues,
  releases: z.array(
    release.omit({ id: true, revision: true }).extend({
      milestones: z.array(milestone.omit({ id: true })),
      blockers: z.array(blocker.omit({ id: true })),
      base: z.string().nullable().optional(),
    }),
  ),
  advisories: z.array(
    advisory.omit({ id: true, revision: true }).extend({
      followUps: z.array(followUp.omit({ id: true })),
      base: z.string().nullable().optional(),
    }),
  ),
});
export type BundleJson = z.output<typeof exportedBundle>;
