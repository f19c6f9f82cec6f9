import type { Statement } from 'better-sqlite3';
import type { Db } from './db';

const caches = new WeakMap<Db, Map<string, Statement>>();

/**
 * The connection's statement for `sql`, prepared once. Preparing costs more
 * than running a small statement: an import of 40,000 advisories spent half
 * its time, write lock held, preparing the same dozen statements again.
 * Keyed by connection, so a reopened file (a restore) prepares anew.
 */
export function prepared(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
