import { z } from 'zod';
import { milestoneKind } from '../domain/releaseSchemas';
import { name, text } from '../domain/text';

/** A milestone of a template, `offsetDays` calendar days back from the target release date. */
export const templateMilestone = z.object({
  kind: milestoneKind,
  label: text(120).nullable().default(null),
  offsetDays: z
    .number()
    .int()
    .min(-3650, { message: 'must be at most ten years before the release' })
    .max(0, { message: 'must be on or before the release (0 or less)' }),
});

/** A release template; the schema user-made templates are stored with. */
export const releaseTemplate = z.object({
  name: name(80),
  milestones: z.array(templateMilestone).max(200),
});

export type ReleaseTemplate = z.output<typeof releaseTemplate>;
export type TemplateMilestone = z.output<typeof templateMilestone>;
