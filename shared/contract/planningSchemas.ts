import { z } from 'zod';
import { isoDate } from '../domain/dateSchemas';
import { milestoneKind, releaseName } from '../domain/releaseSchemas';
import { releaseTemplate } from '../planning/templateSchemas';
import { patchOf } from './patch';

// Inputs and outputs of the planning calls (declared in calls.ts): release
// templates and baselines. Findings and suggestions are derived in the
// renderer and the command line from plan.get; no call stores them.

const id = z.number().int().positive();
const revision = z.number().int().nonnegative();

/** A template as listed: the shipped ones first (id null, never edited), then the users'. */
export const templateInfo = z.object({
  id: z.number().int().nullable(),
  revision: z.number().int(),
  name: z.string(),
  shipped: z.boolean(),
  milestones: z.array(
    z.object({ kind: milestoneKind, label: z.string().nullable(), offsetDays: z.number().int() }),
  ),
});
export type TemplateInfo = z.infer<typeof templateInfo>;

export const templateCreateInput = releaseTemplate;

export const templateUpdateInput = z
  .object({ id, revision })
  .extend(patchOf(releaseTemplate.shape).shape);

export const templateDeleteInput = z.object({ id, revision });

export const createFromTemplateInput = z.object({
  /** The new release's name. */
  name: releaseName,
  /** The template's name, shipped or the user's (names are unique, ignoring case). */
  template: z.string().trim().min(1, { message: 'must not be empty' }).max(80),
  /** The target release date the milestone offsets count back from. */
  releaseDate: isoDate,
});

export const commitBaselineInput = z.object({ id, revision });
