import { REPLAY_SOURCES } from '../../shared/history/lifetimes';
import { stepLabel, type StepChange } from '../../shared/history/stepLabel';
import type { Db } from './db';
import { prepared } from './prepared';

/** How many steps back undo reaches; older steps stay in the history, not in the undo stack. */
export const UNDO_LIMIT = 50;

export interface Step {
  id: number;
  label: string;
  createdAt: string;
  undone: boolean;
}

export interface StepOptions {
  /** What undo menus call the step; by default derived from what it changed. */
  label?: string;
  /** The reason recorded with every change of the write that does not give its own. */
  reason?: string;
  /** Undo and redo: record into the step they replay (see replayInto), never start one. */
  replay?: boolean;
}

interface OpenStep {
  /** null until the write records its first change. */
  id: number | null;
  now: () => Date;
  label: string | null;
  reason: string | null;
  replay: boolean;
}

// The step of the write in progress, per connection. A connection runs one
// transaction at a time, and recordChange (which every write path calls) finds
// its step here, so no handler has to pass it along.
const openSteps = new WeakMap<Db, OpenStep>();

/**
 * Starts a step: a new command after undos makes the undone steps
 * unreachable (the redo branch is dropped), and only the last UNDO_LIMIT
 * steps are kept.
 */
function startStep(db: Db, now: Date): number {
  prepared(db, 'DELETE FROM steps WHERE undone = 1').run();
  const { lastInsertRowid } = prepared(
    db,
    "INSERT INTO steps (label, created_at) VALUES ('', ?)",
  ).run(now.toISOString());
  prepared(
    db,
    'DELETE FROM steps WHERE id <= (SELECT id FROM steps ORDER BY id DESC LIMIT 1 OFFSET ?)',
  ).run(UNDO_LIMIT);
  return Number(lastInsertRowid);
}

/**
 * The step a change being recorded belongs to, created with the write's
 * first change, so that writes which change nothing (a preview, an import
 * with nothing new) neither appear in undo nor drop the redo branch.
 */
export function stepOfNextChange(
  db: Db,
): { id: number; reason: string | null; now: () => Date } | null {
  const step = openSteps.get(db);
  if (!step) return null;
  if (step.id === null) {
    if (step.replay) throw new Error('an undo or redo recorded a change before naming its step');
    step.id = startStep(db, step.now());
  }
  return { id: step.id, reason: step.reason, now: step.now };
}

/** Undo and redo, once they know which step they replay: their changes are logged under it. */
export function replayInto(db: Db, stepId: number, reason: string): void {
  const step = openSteps.get(db);
  if (!step?.replay) throw new Error('replayInto outside a replaying write');
  step.id = stepId;
  step.reason = reason;
}

/** The changes a command made in a step (not its undos and redos), oldest first. */
export function commandChanges(db: Db, stepId: number): StepChange[] {
  const rows = prepared(
    db,
    'SELECT entity, entity_name, action, source, before, after FROM change_log WHERE step_id = ? ORDER BY id',
  ).all(stepId) as {
    entity: StepChange['entity'];
    entity_name: string;
    action: StepChange['action'];
    source: string;
    before: string | null;
    after: string | null;
  }[];
  return rows
    .filter((row) => !REPLAY_SOURCES.has(row.source))
    .map((row) => ({
      entity: row.entity,
      entityName: row.entity_name,
      action: row.action,
      before: row.before === null ? null : (JSON.parse(row.before) as unknown),
      after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    }));
}

/**
 * Runs one write as one step; the caller holds the transaction. The label is
 * written last, when it is known what the write changed.
 */
/**
 * Runs a write as one undo step. `now` is the write's clock (the handlers'
 * injected one): it dates the step and each change it records, so the store
 * never reads the system clock itself.
 */
export function runInStep<T>(db: Db, now: () => Date, options: StepOptions, work: () => T): T {
  const step: OpenStep = {
    id: null,
    now,
    label: options.label ?? null,
    reason: options.reason ?? null,
    replay: options.replay === true,
  };
  openSteps.set(db, step);
  try {
    const result = work();
    if (step.id !== null && !step.replay) {
      const label = step.label ?? stepLabel(commandChanges(db, step.id));
      prepared(db, 'UPDATE steps SET label = ? WHERE id = ?').run(label.slice(0, 200), step.id);
    }
    return result;
  } finally {
    openSteps.delete(db);
  }
}

interface StepRow {
  id: number;
  label: string;
  created_at: string;
  undone: number;
}

const toStep = (row: StepRow | undefined): Step | null =>
  row
    ? { id: row.id, label: row.label, createdAt: row.created_at, undone: row.undone === 1 }
    : null;

/** The step undo would revert: the newest one not undone. */
export function stepToUndo(db: Db): Step | null {
  return toStep(
    prepared(db, 'SELECT * FROM steps WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as
      StepRow | undefined,
  );
}

/** The step redo would re-apply: the oldest undone one (undone steps are always the newest). */
export function stepToRedo(db: Db): Step | null {
  return toStep(
    prepared(db, 'SELECT * FROM steps WHERE undone = 1 ORDER BY id LIMIT 1').get() as
      StepRow | undefined,
  );
}

export function countSteps(db: Db): { done: number; undone: number } {
  const row = prepared(
    db,
    'SELECT COALESCE(SUM(undone = 0), 0) AS done, COALESCE(SUM(undone = 1), 0) AS undone FROM steps',
  ).get() as { done: number; undone: number };
  return row;
}

export function markUndone(db: Db, stepId: number, undone: boolean): void {
  prepared(db, 'UPDATE steps SET undone = ? WHERE id = ?').run(undone ? 1 : 0, stepId);
}
