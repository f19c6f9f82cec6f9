import { advisoryDefaultsFor } from '../../shared/advisories/defaults';
import { parseAdvisoryMail } from '../../shared/advisories/parseAdvisoryMail';
import type { CallInputParsed } from '../../shared/contract/calls';
import { PlannerError } from '../../shared/errors/result';
import { publishedStatus, type Advisory } from '../../shared/domain/advisory';
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
import { findReleaseId, readReleases } from '../store/releasesTable';
import { readSettings } from '../store/settingsTable';
import { writeTransaction, type HandlerContext } from './context';
import { advisoryEmbargoMoves } from './history';
import { checkRevision } from './revision';

/** An advisory as handlers pass it around: releases by name, as the contract has them. */
export interface AdvisoryDraft extends Omit<AdvisoryValues, 'affects'> {
  affects: string[];
  followUps: FollowUpValues[];
}

/**
 * Advisories as every reader (views, exports, the command line) sees them:
 * as stored, except that with `autoPublishAtLift` on a lifted embargo reads
 * as public, from the lift on, before any write has stored it.
 */
export function asPublished<T extends Advisory>(ctx: HandlerContext, advisories: T[]): T[] {
  if (!readSettings(ctx.db).autoPublishAtLift) return advisories;
  const now = ctx.now();
  return advisories.map((a) => {
    const status = publishedStatus(a, now, true);
    return status === a.status ? a : { ...a, status };
  });
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
  // With autoPublishAtLift on, a write stores what readers already see.
  const autoPublish = readSettings(ctx.db).autoPublishAtLift;
  return { ...draft, status: publishedStatus(draft, ctx.now(), autoPublish), affects };
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
    'advisories.list': () => asPublished(ctx, readAdvisories(ctx.db)),
    'advisories.get': ({ id }: CallInputParsed<'advisories.get'>) =>
      asPublished(ctx, [getAdvisory(ctx, id)])[0],
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
    'advisories.publish': ({ id, revision, beforeLift }: CallInputParsed<'advisories.publish'>) =>
      publishAdvisory(ctx, id, revision, beforeLift),
    /** A new advisory's fields as the form should start. */
    'advisories.defaults': () =>
      advisoryDefaultsFor({
        now: ctx.now(),
        settings: readSettings(ctx.db),
        advisories: readAdvisories(ctx.db),
        releases: readReleases(ctx.db),
      }),
    'advisories.parsePaste': ({ text }: CallInputParsed<'advisories.parsePaste'>) =>
      parseAdvisoryMail(text),
    'advisories.embargoMoves': (target: CallInputParsed<'advisories.embargoMoves'>) =>
      advisoryEmbargoMoves(ctx, target),
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

const utcText = (instant: string) => `${instant.slice(0, 10)} ${instant.slice(11, 16)} UTC`;

/**
 * Marks an embargoed advisory public: the one way (with importing it as
 * public, or the auto-publish setting) its title and CVEs reach a shared
 * export. Before its lift only when the caller says so (`beforeLift`): an
 * embargo broken early is rare and must be meant.
 */
function publishAdvisory(
  ctx: HandlerContext,
  id: number,
  revision: number,
  beforeLift: boolean,
): Advisory {
  const before = getAdvisory(ctx, id);
  return writeTransaction(
    ctx,
    () => {
      const current = getAdvisory(ctx, id);
      checkRevision('advisory', current.key, current.revision, revision);
      if (current.status === 'public')
        throw new PlannerError('invalid_input', `status: ${current.key} is already public`);
      if (current.status === 'withdrawn')
        throw new PlannerError(
          'invalid_input',
          `status: ${current.key} is withdrawn; edit it to make it public again`,
        );
      if (!beforeLift && Date.parse(current.publicAt) > ctx.now().getTime())
        throw new PlannerError(
          'invalid_input',
          `publicAt: the ${current.key} embargo lifts ${utcText(current.publicAt)}, still ahead; marking it public now publishes it early`,
        );
      return replaceAdvisory(ctx, current, { ...current, status: 'public' });
    },
    { label: `Mark ${before.key} public`, reason: 'marked public' },
  );
}
