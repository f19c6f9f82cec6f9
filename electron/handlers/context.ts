import type { Db } from '../store/openDatabase';

/** What every handler needs: the database, the clock, and who is calling (for the change log). */
export interface HandlerContext {
  db: Db;
  now: () => Date;
  /** The front door the write came through: 'app', 'web', 'cli'. */
  source: string;
}

/** Runs `work` in one IMMEDIATE transaction: all of it is written, or none. */
export function writeTransaction<T>(ctx: HandlerContext, work: () => T): T {
  return ctx.db.transaction(work).immediate();
}
