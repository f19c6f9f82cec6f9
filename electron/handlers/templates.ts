import type { CallInputParsed } from '../../shared/contract/calls';
import type { TemplateInfo } from '../../shared/contract/planningSchemas';
import { PlannerError } from '../../shared/errors/result';
import { SHIPPED_TEMPLATES, type ReleaseTemplate } from '../../shared/planning';
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
import { checkRevision } from './revision';

const SHIPPED: readonly TemplateInfo[] = SHIPPED_TEMPLATES.map((template) => ({
  id: null,
  revision: 0,
  name: template.name,
  shipped: true,
  milestones: template.milestones,
}));

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The shipped templates, then the users' by name. */
export function listTemplates(ctx: HandlerContext): TemplateInfo[] {
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

/** A template, shipped or the users', by its name in any case. */
export function findTemplate(ctx: HandlerContext, name: string): ReleaseTemplate {
  const found = listTemplates(ctx).find((t) => sameName(t.name, name));
  if (!found) throw new PlannerError('not_found', `template: no release template named ${name}`);
  return found;
}

export function templateHandlers(ctx: HandlerContext) {
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
  };
}
