import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { migrate } from '../store/migrations';

/** The SHA-256 of a file's bytes: "not changed" means this is equal before and after. */
export function hashFile(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A database as an older planner left it: schema `version`, owner-only, with releases in it. */
export function databaseAtVersion(file: string, version: number, releases = ['4.11']): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  migrate(db, version);
  const insert = db.prepare("INSERT INTO releases (name, status) VALUES (?, 'planned')");
  db.transaction(() => releases.forEach((name) => insert.run(name)))();
  db.close();
  fs.chmodSync(file, 0o600);
}

/** Names of the releases in a database file, read without the planner's code. */
export function releaseNames(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT name FROM releases ORDER BY name').all() as { name: string }[]).map(
      (row) => row.name,
    );
  } finally {
    db.close();
  }
}

/** Flips bytes past the first page: the header still reads, the tables do not. */
export function scribble(file: string): void {
  const bytes = fs.readFileSync(file);
  for (let i = 4096; i < bytes.length; i += 7) bytes[i] ^= 0x5a;
  fs.writeFileSync(file, bytes);
}

export function modeOf(file: string): number {
  return fs.statSync(file).mode & 0o777;
}
