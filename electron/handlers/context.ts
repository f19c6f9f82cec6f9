import { publishLiftedEmbargoes } from '../store/liftedEmbargoes';
import type { Db } from '../store/db';
import { runInStep, type StepOptions } from '../store/steps';

/** What every handler needs: the database, the clock, and who is calling (for the change log). */
export interface HandlerContext {
  db: Db;
  now: () => Date;
  /** The front door the write came through: 'app', 'web', 'cli'. */
  source: string;
  /** The database file, for backups; a restore replaces `db` with the reopened file. */
  file?: string;
}

/**
 * Runs `work` in one IMMEDIATE transaction: all of it is written, or none.
 * The outermost write is one undo step (a nested one joins it; `options`
 * label it and give its changes a reason). With the setting "make public
 * automatically at the lift time" on, it first stores "public" for embargoes
 * whose lift has passed; otherwise an embargo waits for someone to say so.
 */
export function writeTransaction<T>(
  ctx: HandlerContext,
  work: () => T,
  options: StepOptions = {},
): T {
  if (ctx.db.inTransaction) return ctx.db.transaction(work)();
  return ctx.db
    .transaction(() => {
      publishLiftedEmbargoes(ctx.db, ctx.now(), ctx.source);
      return runInStep(ctx.db, ctx.now, options, work);
    })
    .immediate();
}
