import { PlannerError } from '../../shared/errors/result';
import {
  advisory as advisorySchema,
  publishedStatus,
  type Advisory,
} from '../../shared/domain/advisory';
import type { Release } from '../../shared/domain/release';
import { release as releaseSchema } from '../../shared/domain/releaseSchemas';
import { settings as settingsSchema, type Settings } from '../../shared/domain/settings';
import type { HistoryEntity } from '../../shared/history/fieldDiff';
import {
  deleteAdvisory,
  insertAdvisory,
  readAdvisory,
  updateAdvisory,
} from '../store/advisoriesTable';
import { reclaimCalendarIdentity } from '../store/calendarIdentityTable';
import type { Db } from '../store/db';
import {
  deleteRelease,
  findReleaseId,
  insertRelease,
  readRelease,
  updateRelease,
} from '../store/releasesTable';
import { readSettings, writeSettings } from '../store/settingsTable';

// Writing a record back to a state the change log recorded, for undo and
// redo. Rows go through the table functions (which know every column and
// child table), keeping their ids and their children's ids.

export type RecordState = Release | Advisory | Settings;

const what = (entity: HistoryEntity, name: string) =>
  entity === 'release' ? `release ${name}` : entity === 'settings' ? 'the settings' : name;

/** The record as it is now; null when it does not exist. */
export function readRecord(db: Db, entity: HistoryEntity, id: number): RecordState | null {
  if (entity === 'release') return readRelease(db, id);
  if (entity === 'advisory') return readAdvisory(db, id);
  return readSettings(db);
}

const SCHEMAS = { release: releaseSchema, advisory: advisorySchema, settings: settingsSchema };

/** A recorded state, checked: the log is ours, but a damaged one must not be written back. */
export function recordedState(entity: HistoryEntity, name: string, state: unknown): RecordState {
  const parsed = SCHEMAS[entity].safeParse(state);
  if (!parsed.success)
    throw new PlannerError(
      'database',
      `the change log's copy of ${what(entity, name)} cannot be read; nothing was changed`,
    );
  return parsed.data;
}

/** JSON with object keys sorted, so equal records compare equal whichever code built them. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Whether a record is still as a step (or its last undo or redo) left it.
 * Content, not revision: undo and redo raise revisions too (a client's stale
 * copy must never match again), so an undone later step leaves an earlier
 * step's record with the right content under a new revision. With
 * `autoPublishAtLift` on, a lifted embargo the setting stored as public
 * counts as unchanged.
 */
export function sameContent(
  expected: RecordState,
  current: RecordState,
  now: Date,
  autoPublishAtLift: boolean,
): boolean {
  const comparable = (state: RecordState) => {
    const { revision, ...rest } = state;
    void revision;
    if ('publicAt' in rest)
      return { ...rest, status: publishedStatus(rest, now, autoPublishAtLift) };
    // Releases recorded before blockers existed had none.
    if ('milestones' in rest) return { ...rest, blockers: rest.blockers ?? [] };
    return rest;
  };
  return canonical(comparable(expected)) === canonical(comparable(current));
}

function restoreRelease(db: Db, id: number, target: Release | null, current: Release | null) {
  if (target === null) {
    if (current) deleteRelease(db, id);
    return;
  }
  // A state recorded before blockers existed had none.
  const values = {
    name: target.name,
    status: target.status,
    milestones: target.milestones,
    blockers: target.blockers ?? [],
  };
  if (current) {
    updateRelease(db, id, values, true);
  } else {
    insertRelease(db, values, id);
    // Above any revision a client may still hold of the record before it went.
    db.prepare('UPDATE releases SET revision = ? WHERE id = ?').run(target.revision + 1, id);
  }
  reclaimCalendarIdentity(
    db,
    'milestone',
    target.milestones.map((m) => m.id),
  );
}

function restoreAdvisory(db: Db, id: number, target: Advisory | null, current: Advisory | null) {
  if (target === null) {
    if (current) deleteAdvisory(db, id);
    return;
  }
  const affects = target.affects.map((name) => {
    const releaseId = findReleaseId(db, name);
    if (releaseId === null)
      throw new PlannerError(
        'conflict',
        `${target.key} affects release ${name}, which no longer exists; nothing was changed`,
      );
    return releaseId;
  });
  const values = { ...target, affects };
  if (current) {
    updateAdvisory(db, id, values, true);
  } else {
    insertAdvisory(db, values, id);
    db.prepare('UPDATE advisories SET revision = ? WHERE id = ?').run(target.revision + 1, id);
  }
  reclaimCalendarIdentity(db, 'advisory', [id]);
  reclaimCalendarIdentity(
    db,
    'follow-up',
    target.followUps.map((f) => f.id),
  );
}

const isConstraint = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  String(error.code).startsWith('SQLITE_CONSTRAINT');

/**
 * Writes `target` (null: removes the record). A name, key or child id taken
 * by another record in the meantime is a conflict, not a database error.
 */
export function restoreRecord(
  db: Db,
  entity: HistoryEntity,
  id: number,
  name: string,
  target: RecordState | null,
  current: RecordState | null,
): void {
  try {
    if (entity === 'release')
      restoreRelease(db, id, target as Release | null, current as Release | null);
    else if (entity === 'advisory')
      restoreAdvisory(db, id, target as Advisory | null, current as Advisory | null);
    else if (target) {
      const { revision, ...values } = target as Settings;
      void revision;
      writeSettings(db, values);
    }
  } catch (error) {
    if (!isConstraint(error)) throw error;
    throw new PlannerError(
      'conflict',
      `${what(entity, name)} cannot be put back: its name, key or one of its rows' ids is now used by another record; nothing was changed`,
    );
  }
}

export { what as recordName };
