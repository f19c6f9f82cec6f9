import { z } from 'zod';
import { advisoryKey } from '../domain/advisory';
import { text } from '../domain/text';
import type { Json } from './fieldDiff';

// Shapes of the security team's history calls (history, embargo moves, undo),
// declared here so the contract stays a list of calls.

/** Why a change was made, as a person types it (an embargo move above all). */
export const changeReason = text(1000);

const entityKind = z.enum(['release', 'advisory', 'settings']);
const json = z.custom<Json>(() => true);

export const historyTarget = z
  .object({
    entity: entityKind,
    id: z.number().int().positive().optional(),
    /** An advisory's key or a release's name, current or as it was when deleted. */
    name: z.string().max(100).optional(),
  })
  .strict()
  .refine((t) => t.entity === 'settings' || (t.id === undefined) !== (t.name === undefined), {
    message: 'give either id or name (an advisory key or a release name), not both',
  });

export const fieldChange = z.object({
  field: z.string(),
  safeField: z.string(),
  before: json,
  after: json,
  confidential: z.boolean(),
  elementId: z.number().int().optional(),
});

export const historyEntry = z.object({
  changeId: z.number().int(),
  at: z.string(),
  who: z.string(),
  /** The front door of the write ('app', 'cli', 'web'), or 'undo' / 'redo'. */
  source: z.string(),
  action: z.enum(['create', 'update', 'delete']),
  /** Why: typed by a person (an embargo move) or written by an import, undo or the clock. */
  reason: z.string().nullable(),
  /** The undo step the change belongs to; null for changes no command made (lifted embargoes). */
  stepId: z.number().int().nullable(),
  /** The record's name at that change (a key or release name). */
  name: z.string(),
  fields: z.array(fieldChange),
});
export type HistoryEntry = z.infer<typeof historyEntry>;

export const entityHistory = z.object({
  entity: entityKind,
  id: z.number().int(),
  /** The latest name known. */
  name: z.string(),
  /** False once the record is deleted; its history stays. */
  exists: z.boolean(),
  entries: z.array(historyEntry),
});
export type EntityHistory = z.infer<typeof entityHistory>;

export const embargoMove = z.object({
  changeId: z.number().int(),
  at: z.string(),
  who: z.string(),
  source: z.string(),
  from: z.string(),
  to: z.string(),
  /** Later is positive; fractions for moves of less than an hour. */
  deltaHours: z.number(),
  reason: z.string().nullable(),
});
export type EmbargoMove = z.infer<typeof embargoMove>;

export const embargoMoves = z.object({
  id: z.number().int(),
  key: z.string(),
  /** The lift as first entered, and as it is now (or was when deleted). */
  firstPublicAt: z.string().nullable(),
  currentPublicAt: z.string().nullable(),
  moves: z.array(embargoMove),
  count: z.number().int(),
  /** Where the lift ended up against where it started. */
  netShiftHours: z.number(),
  /** How far it travelled in all, back and forth. */
  totalShiftHours: z.number(),
});
export type EmbargoMoves = z.infer<typeof embargoMoves>;

export const embargoMovesTarget = z
  .object({ id: z.number().int().positive().optional(), key: advisoryKey.optional() })
  .strict()
  .refine((t) => (t.id === undefined) !== (t.key === undefined), {
    message: 'give either id or key',
  });

export const undoState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** "Move XSA-263 lift": for "Undo Move XSA-263 lift" in menus. */
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
  /** Pass back to undo.undo / undo.redo to be sure the step is still the one shown. */
  undoStepId: z.number().int().nullable(),
  redoStepId: z.number().int().nullable(),
  undoCount: z.number().int(),
  redoCount: z.number().int(),
});
export type UndoState = z.infer<typeof undoState>;

export const undoRequest = z
  .object({
    /** When given, refuse unless this is still the step to undo (or redo): another window may have written. */
    stepId: z.number().int().positive().optional(),
  })
  .strict();

export const undoResult = z.object({
  /** The label of the step undone or redone. */
  label: z.string(),
  stepId: z.number().int(),
  /** What was written, so a client reloads just that. */
  changed: z.array(
    z.object({
      entity: entityKind,
      id: z.number().int(),
      name: z.string(),
      action: z.enum(['create', 'update', 'delete']),
    }),
  ),
  state: undoState,
});
export type UndoResult = z.infer<typeof undoResult>;
