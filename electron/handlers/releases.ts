import type { CallInputParsed, CallOutput } from '../../shared/contract/calls';
import { PlannerError } from '../../shared/errors/result';
import { isoDate } from '../../shared/domain/dateSchemas';
import { MILESTONE_LABELS, type Release } from '../../shared/domain/release';
import { calendarFor, commitBaseline, milestonesFromTemplate } from '../../shared/planning';
import { findAdvisoryId, readAdvisories } from '../store/advisoriesTable';
import { recordChange } from '../store/changeLog';
import {
  deleteRelease,
  findReleaseId,
  insertRelease,
  readRelease,
  readReleases,
  updateRelease,
  type ReleaseValues,
} from '../store/releasesTable';
import { readSettings } from '../store/settingsTable';
import { getAdvisory, replaceAdvisory } from './advisories';
import { writeTransaction, type HandlerContext } from './context';
import { checkRevision } from './revision';
import { findTemplate } from './templates';

export function getRelease(ctx: HandlerContext, id: number): Release {
  const release = readRelease(ctx.db, id);
  if (!release) throw new PlannerError('not_found', `id: no release with id ${id}`);
  return release;
}

function assertNameFree(ctx: HandlerContext, name: string, self?: number): void {
  const holder = findReleaseId(ctx.db, name);
  if (holder !== null && holder !== self)
    throw new PlannerError('duplicate', `name: a release named ${name} already exists`);
}

/** Setting the release milestone's actual date is what makes a release released. */
function statusOf(values: ReleaseValues): ReleaseValues['status'] {
  return values.milestones.some((m) => m.kind === 'release' && m.actual !== null)
    ? 'released'
    : values.status;
}

export function createRelease(ctx: HandlerContext, values: ReleaseValues): Release {
  return writeTransaction(ctx, () => {
    assertNameFree(ctx, values.name);
    const id = insertRelease(ctx.db, { ...values, status: statusOf(values) });
    const created = getRelease(ctx, id);
    recordChange(ctx.db, ctx.source, {
      entity: 'release',
      entityId: id,
      entityName: created.name,
      action: 'create',
      before: null,
      after: created,
    });
    return created;
  });
}

export function replaceRelease(
  ctx: HandlerContext,
  before: Release,
  values: ReleaseValues,
): Release {
  assertNameFree(ctx, values.name, before.id);
  updateRelease(ctx.db, before.id, { ...values, status: statusOf(values) });
  const after = getRelease(ctx, before.id);
  recordChange(ctx.db, ctx.source, {
    entity: 'release',
    entityId: before.id,
    entityName: after.name,
    action: 'update',
    before,
    after,
  });
  return after;
}

function createFromTemplate(
  ctx: HandlerContext,
  { name, template, releaseDate }: CallInputParsed<'releases.createFromTemplate'>,
): Release {
  const chosen = findTemplate(ctx, template);
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

export function releaseHandlers(ctx: HandlerContext) {
  return {
    'releases.list': (): CallOutput<'releases.list'> => readReleases(ctx.db),
    'releases.get': ({ id }: CallInputParsed<'releases.get'>) => getRelease(ctx, id),
    'releases.create': (input: CallInputParsed<'releases.create'>) => createRelease(ctx, input),
    'releases.update': ({ id, revision, ...changes }: CallInputParsed<'releases.update'>) =>
      writeTransaction(ctx, () => {
        const before = getRelease(ctx, id);
        checkRevision('release', before.name, before.revision, revision);
        return replaceRelease(ctx, before, {
          name: changes.name ?? before.name,
          status: changes.status ?? before.status,
          milestones: changes.milestones ?? before.milestones,
          blockers: changes.blockers ?? before.blockers,
        });
      }),
    'releases.createPointRelease': ({
      from,
      name,
      date,
      advisories,
      releaseOn,
      reason,
    }: CallInputParsed<'releases.createPointRelease'>) =>
      writeTransaction(
        ctx,
        () => {
          const fromId = findReleaseId(ctx.db, from);
          if (fromId === null)
            throw new PlannerError('not_found', `from: no release named ${from}`);
          if (releaseOn !== undefined) {
            const before = getRelease(ctx, fromId);
            const at = before.milestones.findIndex((m) => m.kind === 'release');
            const milestones =
              at >= 0
                ? before.milestones.map((m, i) => (i === at ? { ...m, planned: releaseOn } : m))
                : [
                    ...before.milestones,
                    {
                      kind: 'release' as const,
                      planned: releaseOn,
                      actual: null,
                      baseline: null,
                      label: null,
                    },
                  ];
            replaceRelease(ctx, before, { ...before, milestones });
          }
          const created = createRelease(ctx, {
            name,
            status: 'planned',
            milestones: [
              { kind: 'release', planned: date, actual: null, baseline: null, label: null },
            ],
            blockers: [],
          });
          const why = reason ?? `its fix ships in ${name} instead of ${from}`;
          advisories.forEach((key, index) => {
            const id = findAdvisoryId(ctx.db, key);
            if (id === null)
              throw new PlannerError('not_found', `advisories[${index}]: no advisory ${key}`);
            const advisory = getAdvisory(ctx, id);
            const affects = [...advisory.affects.filter((n) => n !== from && n !== name), name];
            replaceAdvisory(ctx, advisory, { ...advisory, affects }, why);
          });
          return created;
        },
        { label: `Point release ${name}` },
      ),
    'releases.createFromTemplate': (input: CallInputParsed<'releases.createFromTemplate'>) =>
      createFromTemplate(ctx, input),
    'releases.commitBaseline': (input: CallInputParsed<'releases.commitBaseline'>) =>
      commitReleaseBaseline(ctx, input),
    'releases.delete': ({ id, revision }: CallInputParsed<'releases.delete'>) =>
      writeTransaction(ctx, () => {
        const before = getRelease(ctx, id);
        checkRevision('release', before.name, before.revision, revision);
        // The release leaves every advisory's affects. Written as changes to
        // those advisories, so their history says so and undo puts it back.
        for (const advisory of readAdvisories(ctx.db))
          if (advisory.affects.includes(before.name))
            replaceAdvisory(
              ctx,
              advisory,
              { ...advisory, affects: advisory.affects.filter((name) => name !== before.name) },
              `release ${before.name} was deleted`,
            );
        deleteRelease(ctx.db, id);
        recordChange(ctx.db, ctx.source, {
          entity: 'release',
          entityId: id,
          entityName: before.name,
          action: 'delete',
          before,
          after: null,
        });
        return { id };
      }),
  };
}
