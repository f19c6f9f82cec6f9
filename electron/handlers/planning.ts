import type { CallInputParsed } from '../../shared/contract/calls';
import type { TemplateInfo } from '../../shared/contract/planningSchemas';
import { PlannerError } from '../../shared/contract/result';
import { isoDate } from '../../shared/domain/dateSchemas';
import { MILESTONE_LABELS, type Release } from '../../shared/domain/release';
import {
  calendarFor,
  commitBaseline,
  milestonesFromTemplate,
  SHIPPED_TEMPLATES,
  type ReleaseTemplate,
} from '../../shared/planning';
import { readSettings } from '../store/settingsTable';
import {
  deleteTemplate,
  findTemplateId,
  insertTemplate,
  readTemplate,
  readTemplates,
  updateTemplate,
  type TemplateValues,
} from '../store/templatesTable';
import { writeTransaction, type HandlerContext } from './context';
import { createRelease, getRelease, replaceRelease } from './releases';
import { checkRevision } from './revision';

const SHIPPED: readonly TemplateInfo[] = SHIPPED_TEMPLATES.map((template) => ({
  id: null,
  revision: 0,
  name: template.name,
  shipped: true,
  milestones: template.milestones,
}));

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function listTemplates(ctx: HandlerContext): TemplateInfo[] {
  return [...SHIPPED, ...readTemplates(ctx.db)];
}

function getTemplate(ctx: HandlerContext, id: number): TemplateInfo {
  const template = readTemplate(ctx.db, id);
  if (!template) throw new PlannerError('not_found', `id: no release template with id ${id}`);
  return template;
}

/**
 * What the schema cannot say about one milestone alone: the release is the
 * target date itself, so a template has at most one, at offset 0.
 */
function checkTemplate(ctx: HandlerContext, values: TemplateValues, self?: number): void {
  if (SHIPPED.some((t) => sameName(t.name, values.name)))
    throw new PlannerError('duplicate', `name: ${values.name} is a shipped template's name`);
  const holder = findTemplateId(ctx.db, values.name);
  if (holder !== null && holder !== self)
    throw new PlannerError('duplicate', `name: a template named ${values.name} already exists`);
  const releases = values.milestones.flatMap((m, index) => (m.kind === 'release' ? [index] : []));
  if (releases.length > 1)
    throw new PlannerError(
      'invalid_input',
      `milestones[${releases[1]}].kind: a template has one release milestone (the target date)`,
    );
  for (const index of releases)
    if (values.milestones[index].offsetDays !== 0)
      throw new PlannerError(
        'invalid_input',
        `milestones[${index}].offsetDays: the release is the target date; its offset is 0`,
      );
}

function findByName(ctx: HandlerContext, name: string): ReleaseTemplate {
  const found = listTemplates(ctx).find((t) => sameName(t.name, name));
  if (!found) throw new PlannerError('not_found', `template: no release template named ${name}`);
  return found;
}

function createFromTemplate(
  ctx: HandlerContext,
  { name, template, releaseDate }: CallInputParsed<'releases.createFromTemplate'>,
): Release {
  const chosen = findByName(ctx, template);
  // Freezes that would fall on a weekend or holiday move to the working day before.
  const calendar = calendarFor(readSettings(ctx.db));
  const milestones = milestonesFromTemplate(chosen, releaseDate, { calendar });
  for (const m of milestones)
    if (!isoDate.safeParse(m.planned).success)
      throw new PlannerError(
        'invalid_input',
        `releaseDate: ${chosen.name} would put the ${MILESTONE_LABELS[m.kind].toLowerCase()} on ${m.planned}, before 1970`,
      );
  return writeTransaction(ctx, () => createRelease(ctx, { name, status: 'planned', milestones }), {
    label: `Add release ${name} from template ${chosen.name}`,
  });
}

function commitReleaseBaseline(
  ctx: HandlerContext,
  { id, revision }: CallInputParsed<'releases.commitBaseline'>,
): Release {
  const before = getRelease(ctx, id);
  return writeTransaction(
    ctx,
    () => {
      const current = getRelease(ctx, id);
      checkRevision('release', current.name, current.revision, revision);
      // Committing the baseline it already has would add an undo step that changes nothing.
      if (current.milestones.every((m) => m.baseline === m.planned)) return current;
      return replaceRelease(ctx, current, {
        name: current.name,
        status: current.status,
        milestones: commitBaseline(current.milestones),
      });
    },
    { label: `Commit baseline of release ${before.name}` },
  );
}

export function planningHandlers(ctx: HandlerContext) {
  return {
    'templates.list': () => listTemplates(ctx),
    'templates.create': (input: CallInputParsed<'templates.create'>) =>
      writeTransaction(ctx, () => {
        checkTemplate(ctx, input);
        return getTemplate(ctx, insertTemplate(ctx.db, input));
      }),
    'templates.update': ({ id, revision, ...changes }: CallInputParsed<'templates.update'>) =>
      writeTransaction(ctx, () => {
        const before = getTemplate(ctx, id);
        checkRevision('template', before.name, before.revision, revision);
        const values: TemplateValues = {
          name: changes.name ?? before.name,
          milestones: changes.milestones ?? before.milestones,
        };
        checkTemplate(ctx, values, id);
        updateTemplate(ctx.db, id, values);
        return getTemplate(ctx, id);
      }),
    'templates.delete': ({ id, revision }: CallInputParsed<'templates.delete'>) =>
      writeTransaction(ctx, () => {
        const before = getTemplate(ctx, id);
        checkRevision('template', before.name, before.revision, revision);
        deleteTemplate(ctx.db, id);
        return { id };
      }),
    'releases.createFromTemplate': (input: CallInputParsed<'releases.createFromTemplate'>) =>
      createFromTemplate(ctx, input),
    'releases.commitBaseline': (input: CallInputParsed<'releases.commitBaseline'>) =>
      commitReleaseBaseline(ctx, input),
  };
}
