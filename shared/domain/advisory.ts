import { z } from 'zod';
import { isoDate, isoInstant } from './dateSchemas';
import { releaseName } from './releaseSchemas';
import { name, text } from './text';

export const ADVISORY_STATUSES = ['embargoed', 'public', 'withdrawn'] as const;
export const advisoryStatus = z.enum(ADVISORY_STATUSES);
export type AdvisoryStatus = z.infer<typeof advisoryStatus>;

export const FOLLOW_UP_STATUSES = ['pending', 'landed', 'dropped'] as const;
export const followUpStatus = z.enum(FOLLOW_UP_STATUSES);
export type FollowUpStatus = z.infer<typeof followUpStatus>;

export const advisoryKey = name(32).refine((value) => /^[A-Za-z][A-Za-z0-9]*-\d+$/.test(value), {
  message: 'must look like XSA-263 (letters, a dash, a number)',
});

export const cveId = z
  .string()
  .regex(/^CVE-\d{4}-\d{4,}$/, { message: 'must look like CVE-2018-3639' });

export const followUpInput = z.object({
  id: z.number().int().positive().optional(),
  summary: name(300),
  expectedAt: isoDate.nullable().default(null),
  status: followUpStatus.default('pending'),
  publicAt: isoInstant.nullable().default(null),
});

export const followUp = z.object({
  id: z.number().int(),
  summary: z.string(),
  expectedAt: isoDate.nullable(),
  status: followUpStatus,
  publicAt: z.string().nullable(),
});
export type FollowUp = z.infer<typeof followUp>;

const advisoryShape = z.object({
  key: advisoryKey,
  title: text(300).default(''),
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
    .refine((names) => new Set(names).size === names.length, { message: 'lists a release twice' }),
  followUps: z.array(followUpInput).max(200).default([]),
  notes: text(20000).default(''),
});

/** Checks that need more than one field; each names the field it is about. */
export function refineAdvisory<
  T extends z.ZodType<{ predisclosureAt: string | null; publicAt: string }>,
>(schema: T) {
  return schema.superRefine((value, ctx) => {
    if (value.predisclosureAt !== null && value.predisclosureAt > value.publicAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['publicAt'],
        message: `lifts before its pre-disclosure (${value.predisclosureAt})`,
      });
    }
  });
}

export const advisoryFields = refineAdvisory(advisoryShape);

export const advisory = z.object({
  id: z.number().int(),
  revision: z.number().int(),
  key: z.string(),
  title: z.string(),
  cves: z.array(z.string()),
  status: advisoryStatus,
  predisclosureAt: z.string().nullable(),
  publicAt: z.string(),
  affects: z.array(z.string()),
  followUps: z.array(followUp),
  notes: z.string(),
});
export type Advisory = z.infer<typeof advisory>;

export { advisoryShape };

/**
 * The status exports and views go by. An embargo is public only when someone
 * marked it public (or an import of a public advisory did): a lift time that
 * passed proves nothing, since a postponed embargo may not have been updated.
 * Only with the setting `autoPublishAtLift` on (off by default) does the lift
 * time itself make it public.
 */
export function publishedStatus(
  advisory: Pick<Advisory, 'status' | 'publicAt'>,
  now: Date,
  autoPublishAtLift: boolean,
): AdvisoryStatus {
  if (autoPublishAtLift && liftPassedNotPublic(advisory, now)) return 'public';
  return advisory.status;
}

/** Recorded as embargoed although its lift time has passed: someone should say whether it is public. */
export function liftPassedNotPublic(
  advisory: Pick<Advisory, 'status' | 'publicAt'>,
  now: Date,
): boolean {
  return advisory.status === 'embargoed' && Date.parse(advisory.publicAt) <= now.getTime();
}
