import {
  DEFAULT_SETTINGS,
  settingsValues,
  type Settings,
  type SettingsValues,
} from '../../shared/domain/settings';
import type { Db } from './db';

/** Stored settings over the defaults, so a setting added later has a value. */
export function readSettings(db: Db): Settings {
  const row = db.prepare('SELECT "values", revision FROM settings WHERE id = 1').get() as
    { values: string; revision: number } | undefined;
  if (!row) return { ...DEFAULT_SETTINGS, revision: 0 };
  const stored = settingsValues.partial().safeParse(JSON.parse(row.values));
  return { ...DEFAULT_SETTINGS, ...(stored.success ? stored.data : {}), revision: row.revision };
}

export function writeSettings(db: Db, values: SettingsValues): void {
  db.prepare(
    `INSERT INTO settings (id, "values", revision) VALUES (1, ?, 1)
     ON CONFLICT (id) DO UPDATE SET "values" = excluded."values", revision = revision + 1`,
  ).run(JSON.stringify(values));
}
