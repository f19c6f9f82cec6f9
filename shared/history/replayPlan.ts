import type { HistoryEntity } from './fieldDiff';
import { REPLAY_SOURCES } from './lifetimes';

/** A change-log row of one undo step, as far as replaying it needs. */
export interface StepRow {
  entity: HistoryEntity;
  entityId: number;
  entityName: string;
  source: string;
  before: unknown;
  after: unknown;
}

/** What undo or redo does to one record. */
export interface Replay {
  entity: HistoryEntity;
  id: number;
  name: string;
  /** The state to write back; null means the record must not exist. */
  target: unknown;
  /**
   * The state the step (or its latest undo or redo) left the record in: if
   * the record is not in it any more, something else changed it since, and
   * replaying would silently throw that change away.
   */
  expected: unknown;
}

export type Direction = 'undo' | 'redo';

/** Removals before writes; within them, parents last to go and first to come back. */
const REMOVE_ORDER: Record<HistoryEntity, number> = { advisory: 0, release: 1, settings: 2 };
const WRITE_ORDER: Record<HistoryEntity, number> = { release: 0, advisory: 1, settings: 2 };

/**
 * Turns a step's change-log rows into the writes that undo (or redo) it, in
 * the order they can be made: records to remove first (advisories before the
 * releases they name), then records to write back (releases before the
 * advisories that name them). A record changed several times in the step
 * goes back to its state before the first change (undo) or after the last
 * (redo). Within each kind, undo works from the latest change back.
 */
export function replayPlan(rows: readonly StepRow[], direction: Direction): Replay[] {
  const byRecord = new Map<string, { first: StepRow; last: StepRow; latest: StepRow }>();
  const order: string[] = [];
  for (const row of rows) {
    const key = `${row.entity}:${row.entityId}`;
    const seen = byRecord.get(key);
    if (REPLAY_SOURCES.has(row.source)) {
      if (seen) seen.latest = row;
      continue;
    }
    if (seen) {
      seen.last = row;
      seen.latest = row;
    } else {
      byRecord.set(key, { first: row, last: row, latest: row });
      order.push(key);
    }
  }
  const replays = (direction === 'undo' ? [...order].reverse() : order).map((key) => {
    const { first, last, latest } = byRecord.get(key)!;
    return {
      entity: first.entity,
      id: first.entityId,
      name: latest.entityName,
      target: direction === 'undo' ? first.before : last.after,
      expected: latest.after,
    };
  });
  const removals = replays
    .filter((r) => r.target === null)
    .sort((a, b) => REMOVE_ORDER[a.entity] - REMOVE_ORDER[b.entity]);
  const writes = replays
    .filter((r) => r.target !== null)
    .sort((a, b) => WRITE_ORDER[a.entity] - WRITE_ORDER[b.entity]);
  return [...removals, ...writes];
}
