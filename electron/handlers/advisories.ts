import type { CallInputParsed } from '../../shared/contract/calls';
import { PlannerError } from '../../shared/contract/result';
import { effectiveStatus, type Advisory } from '../../shared/domain/advisory';
import {
  deleteAdvisory,
  findAdvisoryId,
  insertAdvisory,
  readAdvisories,
  readAdvisory,
  updateAdvisory,
  type AdvisoryValues,
  type FollowUpValues,
} from '../store/advisoriesTable';
import { recordChange } from '../store/changeLog';
import { findReleaseId } from '../store/releasesTable';
import { writeTransaction, type HandlerContext } from './context';
import { checkRevision } from './revision';

/** An advisory as handlers pass it around: releases by name, as the contract has them. */
export interface AdvisoryDraft extends Omit<AdvisoryValues, 'affects'> {
  affects: string[];
  followUps: FollowUpValues[];
}

export function getAdvisory(ctx: HandlerContext, id: number): Advisory {
  const advisory = readAdvisory(ctx.db, id);
  if (!advisory) throw new PlannerError('not_found', `id: no advisory with id ${id}`);
  return advisory;
}

/** Cross-field and cross-row checks that a schema alone cannot make. */
function resolve(ctx: HandlerContext, draft: AdvisoryDraft, self?: number): AdvisoryValues {
  const holder = findAdvisoryId(ctx.db, draft.key);
  if (holder !== null && holder !== self)
    throw new PlannerError('duplicate', `key: advisory ${draft.key} already exists`);
  if (draft.predisclosureAt !== null && draft.predisclosureAt > draft.publicAt)
    throw new PlannerError(
      'invalid_input',
      `publicAt: the embargo lifts (${draft.publicAt}) before its pre-disclosure (${draft.predisclosureAt})`,
    );
  const affects = draft.affects.map((name, index) => {
    const id = findReleaseId(ctx.db, name);
    if (id === null)
      throw new PlannerError('invalid_input', `affects[${index}]: no release named ${name}`);
    return id;
  });
  // Every write stores what the clock already says: a lifted embargo is public.
  return { ...draft, status: effectiveStatus(draft, ctx.now()), affects };
}

export function createAdvisory(ctx: HandlerContext, draft: AdvisoryDraft): Advisory {
  const id = insertAdvisory(ctx.db, resolve(ctx, draft));
  const created = getAdvisory(ctx, id);
  recordChange(ctx.db, ctx.source, {
    entity: 'advisory',
    entityId: id,
    entityName: created.key,
    action: 'create',
    before: null,
    after: created,
  });
  return created;
}

export function replaceAdvisory(
  ctx: HandlerContext,
  before: Advisory,
  draft: AdvisoryDraft,
  reason?: string,
): Advisory {
  updateAdvisory(ctx.db, before.id, resolve(ctx, draft, before.id));
  const after = getAdvisory(ctx, before.id);
  recordChange(ctx.db, ctx.source, {
    entity: 'advisory',
    entityId: before.id,
    entityName: after.key,
    action: 'update',
    before,
    after,
    reason,
  });
  return after;
}

export function advisoryHandlers(ctx: HandlerContext) {
  return {
    'advisories.list': () => readAdvisories(ctx.db),
    'advisories.get': ({ id }: CallInputParsed<'advisories.get'>) => getAdvisory(ctx, id),
    'advisories.create': (input: CallInputParsed<'advisories.create'>) =>
      writeTransaction(ctx, () => createAdvisory(ctx, input)),
    'advisories.update': ({
      id,
      revision,
      reason,
      ...changes
    }: CallInputParsed<'advisories.update'>) => {
      const why = reason?.trim() || undefined;
      return writeTransaction(
        ctx,
        () => {
          const before = getAdvisory(ctx, id);
          checkRevision('advisory', before.key, before.revision, revision);
          const draft: AdvisoryDraft = { ...before, affects: before.affects };
          for (const [field, value] of Object.entries(changes))
            if (value !== undefined) Object.assign(draft, { [field]: value });
          // Moving an embargo is negotiated with a discoverer or vendors; the
          // log must say why, so that the next move can be argued from it.
          if (draft.publicAt !== before.publicAt && why === undefined)
            throw new PlannerError('invalid_input', 'reason: say why the embargo moves');
          return replaceAdvisory(ctx, before, draft);
        },
        { reason: why },
      );
    },
    'advisories.delete': ({ id, revision }: CallInputParsed<'advisories.delete'>) =>
      writeTransaction(ctx, () => {
        const before = getAdvisory(ctx, id);
        checkRevision('advisory', before.key, before.revision, revision);
        deleteAdvisory(ctx.db, id);
        recordChange(ctx.db, ctx.source, {
          entity: 'advisory',
          entityId: id,
          entityName: before.key,
          action: 'delete',
          before,
          after: null,
        });
        return { id };
      }),
  };
}
