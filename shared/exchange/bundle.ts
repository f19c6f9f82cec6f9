import { z } from 'zod';
import { advisoryKey, advisoryStatus, cveId, followUpStatus } from '../domain/advisory';
import { isoDate, isoInstant } from '../domain/dateSchemas';
import { blockerKind, milestoneKind, releaseName, releaseStatus } from '../domain/releaseSchemas';
import { settingsValues } from '../domain/settings';
import { name, quoted, text } from '../domain/text';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './bundleFormat';

export const PROFILES = ['public', 'predisclosure', 'team'] as const;
export const profile = z.enum(PROFILES);
export type Profile = z.infer<typeof profile>;

export const PROFILE_DESCRIPTIONS: Record<Profile, string> = {
  public: 'Public: no embargoed advisory or follow-up at all. Safe to publish.',
  predisclosure:
    'Pre-disclosure: embargoed advisories appear as key and lift date only, as pre-disclosure list members may share.',
  team: 'Team: EVERYTHING, including embargoed titles, CVEs, notes and follow-ups. Keep it inside the security team.',
};

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
});

const bundleFollowUp = z.object({
  summary: name(300),
  expectedAt: isoDate.nullable().default(null),
  status: followUpStatus.default('pending'),
  publicAt: isoInstant.nullable().optional(),
});

const bundleAdvisory = z
  .object({
    key: advisoryKey,
    title: text(300).default(''),
    // The same rules as advisories.create: what an import stores, the editor can save again.
    cves: z
      .array(cveId)
      .max(100)
      .default([])
      .refine((ids) => new Set(ids).size === ids.length, { message: 'lists a CVE twice' }),
    status: advisoryStatus.default('embargoed'),
    predisclosureAt: isoInstant.nullable().default(null),
    publicAt: isoInstant,
    affects: z
      .array(releaseName)
      .max(500)
      .default([])
      .refine((names) => new Set(names).size === names.length, {
        message: 'lists a release twice',
      }),
    followUps: z.array(bundleFollowUp).max(200).default([]),
    notes: text(20000).default(''),
  })
  .superRefine((value, ctx) => {
    if (value.predisclosureAt !== null && value.predisclosureAt > value.publicAt)
      ctx.addIssue({
        code: 'custom',
        path: ['publicAt'],
        message: `lifts before its pre-disclosure (${value.predisclosureAt})`,
      });
  });

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

export type Bundle = z.output<typeof bundle>;
export type BundleRelease = Bundle['releases'][number];
export type BundleAdvisory = Bundle['advisories'][number];
