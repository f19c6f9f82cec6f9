import type { CallInputParsed } from '../../shared/contract/calls';
import { PlannerError } from '../../shared/errors/result';
import { embargoMovesOf } from '../../shared/history/embargoMoves';
import { diffEntity, type HistoryEntity } from '../../shared/history/fieldDiff';
import { lifetimes } from '../../shared/history/lifetimes';
import type { EmbargoMoves, EntityHistory } from '../../shared/history/schemas';
import { findAdvisoryId } from '../store/advisoriesTable';
import { findLoggedId, listChanges, type ChangeRow } from '../store/changeLog';
import { findReleaseId } from '../store/releasesTable';
import type { HandlerContext } from './context';
import { readRecord } from './restoreState';

interface Found {
  id: number;
  /** The rows of the one record asked for (an id can have held several over time). */
  rows: ChangeRow[];
  exists: boolean;
}

const SETTINGS_ID = 1;

function notFound(entity: HistoryEntity, ref: string): PlannerError {
  return new PlannerError(
    'not_found',
    `${entity === 'release' ? 'release' : 'advisory'} ${ref}: not in the plan and not in its history`,
  );
}

/**
 * The change-log rows of one record, by id or by the name it has or had. By
 * id: the latest record that held it. By name: the latest record that bore
 * it, even if deleted since, or if its id now belongs to another.
 */
function findRecord(
  ctx: HandlerContext,
  entity: HistoryEntity,
  ref: { id?: number; name?: string },
): Found {
  const current = (id: number) => readRecord(ctx.db, entity, id) !== null;
  if (entity === 'settings')
    return { id: SETTINGS_ID, rows: listChanges(ctx.db, 'settings', SETTINGS_ID), exists: true };
  const name = ref.name?.trim();
  const id =
    ref.id ??
    (name === undefined
      ? null
      : ((entity === 'advisory' ? findAdvisoryId(ctx.db, name) : findReleaseId(ctx.db, name)) ??
        findLoggedId(ctx.db, entity, name)));
  if (id === null) throw notFound(entity, name ?? '');
  const lives = lifetimes(listChanges(ctx.db, entity, id));
  if (lives.length === 0) {
    if (!current(id)) throw notFound(entity, name ?? `id ${id}`);
    return { id, rows: [], exists: true };
  }
  const index =
    name === undefined
      ? lives.length - 1
      : lives.findLastIndex((life) => life.some((row) => row.entityName === name));
  const chosen = index < 0 ? lives.length - 1 : index;
  return { id, rows: lives[chosen], exists: chosen === lives.length - 1 && current(id) };
}

export function entityHistory(
  ctx: HandlerContext,
  target: CallInputParsed<'history.get'>,
): EntityHistory {
  const found = findRecord(ctx, target.entity, target);
  const last = found.rows[found.rows.length - 1];
  return {
    entity: target.entity,
    id: found.id,
    name: last?.entityName ?? target.name ?? 'settings',
    exists: found.exists,
    entries: found.rows.map((row) => ({
      changeId: row.id,
      at: row.at,
      who: row.osUser,
      source: row.source,
      action: row.action,
      reason: row.reason,
      stepId: row.stepId,
      name: row.entityName,
      fields: diffEntity(target.entity, row.before, row.after),
    })),
  };
}

export function advisoryEmbargoMoves(
  ctx: HandlerContext,
  target: CallInputParsed<'advisories.embargoMoves'>,
): EmbargoMoves {
  const found = findRecord(ctx, 'advisory', { id: target.id, name: target.key });
  const key = found.rows[found.rows.length - 1]?.entityName ?? target.key ?? '';
  return embargoMovesOf(found.id, key, found.rows);
}

export function historyHandlers(ctx: HandlerContext) {
  return {
    'history.get': (target: CallInputParsed<'history.get'>) => entityHistory(ctx, target),
  };
}
