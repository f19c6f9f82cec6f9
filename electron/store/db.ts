import type Database from 'better-sqlite3';

/** An open planner database: what every table, backup and handler is given. */
export type Db = Database.Database;
