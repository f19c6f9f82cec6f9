import type { CallInputParsed } from '../../shared/contract/calls';
import { PlannerError } from '../../shared/errors/result';
import { replayPlan, type Direction } from '../../shared/history/replayPlan';
import type { UndoResult, UndoState } from '../../shared/history/schemas';
import { listStepChanges, recordChange } from '../store/changeLog';
import type { Db } from '../store/db';
import { readSettings } from '../store/settingsTable';
import {
  countSteps,
  markUndone,
  replayInto,
  stepToRedo,
  stepToUndo,
  type Step,
} from '../store/steps';
import { writeTransaction, type HandlerContext } from './context';
import {
  readRecord,
  recordedState,
  recordName,
  restoreRecord,
  sameContent,
  type RecordState,
} from './restoreState';

/** A record's key or name as it is now, else as the log last had it. */
function nameOf(state: RecordState | null, logged: string): string {
  if (state && 'key' in state) return state.key;
  if (state && 'name' in state) return state.name;
  return logged;
}

export function undoState(db: Db): UndoState {
  const undo = stepToUndo(db);
  const redo = stepToRedo(db);
  const counts = countSteps(db);
  return {
    canUndo: undo !== null,
    canRedo: redo !== null,
    undoLabel: undo?.label ?? null,
    redoLabel: redo?.label ?? null,
    undoStepId: undo?.id ?? null,
    redoStepId: redo?.id ?? null,
    undoCount: counts.done,
    redoCount: counts.undone,
  };
}

function pickStep(db: Db, direction: Direction, expectedId: number | undefined): Step {
  const step = direction === 'undo' ? stepToUndo(db) : stepToRedo(db);
  if (!step) throw new PlannerError('not_found', `nothing to ${direction}`);
  if (expectedId !== undefined && step.id !== expectedId)
    throw new PlannerError(
      'conflict',
      `stepId: the step to ${direction} is now "${step.label}" (another window or the command line wrote since); nothing was changed`,
    );
  return step;
}

/**
 * Undoes or redoes one step in one transaction: every record goes back to
 * its state before (undo) or after (redo) the step, or nothing does. The
 * writes are logged under the same step with source 'undo' / 'redo'.
 */
function replay(ctx: HandlerContext, direction: Direction, expectedId?: number): UndoResult {
  return writeTransaction(
    ctx,
    () => {
      const step = pickStep(ctx.db, direction, expectedId);
      replayInto(ctx.db, step.id, `${direction} of "${step.label}"`);
      const plan = replayPlan(listStepChanges(ctx.db, step.id), direction).map((r) => ({
        ...r,
        target: r.target === null ? null : recordedState(r.entity, r.name, r.target),
        expected: r.expected === null ? null : recordedState(r.entity, r.name, r.expected),
        current: readRecord(ctx.db, r.entity, r.id),
      }));

      // Check everything before writing anything.
      const now = ctx.now();
      const { autoPublishAtLift } = readSettings(ctx.db);
      for (const r of plan) {
        const changedSince =
          r.expected === null
            ? r.current !== null && r.entity !== 'settings'
            : r.current === null || !sameContent(r.expected, r.current, now, autoPublishAtLift);
        if (changedSince)
          throw new PlannerError(
            'conflict',
            `"${step.label}" cannot be ${direction === 'undo' ? 'undone' : 'redone'}: ${recordName(r.entity, nameOf(r.current, r.name))} was ${r.current === null ? 'deleted' : 'changed'} since by a write undo does not know about; nothing was changed`,
          );
      }

      const changed: UndoResult['changed'] = [];
      for (const r of plan) {
        restoreRecord(ctx.db, r.entity, r.id, r.name, r.target, r.current);
        const after: RecordState | null = readRecord(ctx.db, r.entity, r.id);
        const action = r.current === null ? 'create' : r.target === null ? 'delete' : 'update';
        const name = nameOf(after, r.name);
        recordChange(ctx.db, direction, {
          entity: r.entity,
          entityId: r.id,
          entityName: name,
          action,
          before: r.current,
          after: r.target === null ? null : after,
        });
        changed.push({ entity: r.entity, id: r.id, name, action });
      }
      markUndone(ctx.db, step.id, direction === 'undo');
      return { label: step.label, stepId: step.id, changed, state: undoState(ctx.db) };
    },
    { replay: true },
  );
}

export function undoHandlers(ctx: HandlerContext) {
  return {
    'undo.state': () => undoState(ctx.db),
    'undo.undo': ({ stepId }: CallInputParsed<'undo.undo'>) => replay(ctx, 'undo', stepId),
    'undo.redo': ({ stepId }: CallInputParsed<'undo.redo'>) => replay(ctx, 'redo', stepId),
  };
}
