import { z } from 'zod';

// Backups of the database, as the backend lists them and a person picks one
// to restore. The name is the handle: it carries the time, the schema version
// and why the backup was taken, so a listing needs nothing but the folder.

export const BACKUP_KINDS = ['pre-migration', 'daily', 'manual', 'pre-restore'] as const;
export const backupKind = z.enum(BACKUP_KINDS);
export type BackupKind = z.infer<typeof backupKind>;

/**
 * `planner.2026-11-25T12-00-00-000Z.v1.daily.sqlite3`: the database's own
 * name, the UTC time (colons are not allowed in Windows file names), the
 * schema version when known (a damaged file has none), the kind.
 */
export const BACKUP_NAME =
  /^(?<stem>[\w.-]+?)\.(?<stamp>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:\.v(?<version>\d{1,6}))?\.(?<kind>pre-migration|daily|manual|pre-restore)\.sqlite3$/;

export const backupName = z
  .string()
  .max(255, { message: 'must be at most 255 characters' })
  .regex(BACKUP_NAME, {
    message:
      'is not a backup name (as listed by backups.list, e.g. planner.2026-11-25T12-00-00-000Z.v1.daily.sqlite3)',
  });

export const backupInfo = z.object({
  name: z.string(),
  createdAt: z.string(),
  /** The schema version of the copy; null for a copy of a file that could not be read. */
  schemaVersion: z.number().int().nullable(),
  kind: backupKind,
  bytes: z.number().int().nonnegative(),
  /**
   * Whether it can be put back: a copy of a readable database, at a schema
   * this planner knows. A copy of a damaged file (taken before a restore)
   * is not; it is kept for recovery by hand.
   */
  restorable: z.boolean(),
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const restoreReport = z.object({
  restored: backupInfo,
  /** The copy of the database as it was just before the restore; null when there was no file. */
  safetyBackup: backupInfo.nullable(),
});
export type RestoreReport = z.infer<typeof restoreReport>;
