import type { Db } from './db';
import { prepared } from './prepared';

export type MarkKind = 'release' | 'advisory';

export interface ExchangeMarks {
  releases: ReadonlyMap<string, string>;
  advisories: ReadonlyMap<string, string>;
}

export function readExchangeMarks(db: Db): ExchangeMarks {
  const rows = prepared(db, 'SELECT kind, name, fingerprint FROM exchange_marks').all() as {
    kind: MarkKind;
    name: string;
    fingerprint: string;
  }[];
  const releases = new Map<string, string>();
  const advisories = new Map<string, string>();
  for (const row of rows)
    (row.kind === 'release' ? releases : advisories).set(row.name, row.fingerprint);
  return { releases, advisories };
}

/** Records the content each named record had at an exchange; callers run it in a transaction. */
export function writeExchangeMarks(
  db: Db,
  marks: { kind: MarkKind; name: string; fingerprint: string }[],
): void {
  const upsert = prepared(
    db,
    `INSERT INTO exchange_marks (kind, name, fingerprint) VALUES (?, ?, ?)
     ON CONFLICT (kind, name) DO UPDATE SET fingerprint = excluded.fingerprint`,
  );
  for (const mark of marks) upsert.run(mark.kind, mark.name, mark.fingerprint);
}
