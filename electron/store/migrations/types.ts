import type { Database } from 'better-sqlite3';

/** One step of the schema; `up` runs inside the runner's transaction. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
