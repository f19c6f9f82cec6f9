import type { BackupInfo, BackupKind } from '../contract/backups';

// Which backups are offered for a restore and which are kept. A copy taken
// before a restore may be a byte copy of a damaged file: it is kept for
// recovery by hand, but it is never offered first and never pushes out the
// last good copy of the plan.

/** The kinds of which the newest good backup is always kept, however many others come after. */
const ALWAYS_KEEP_NEWEST: readonly BackupKind[] = ['daily', 'manual', 'pre-migration'];

/** The backups to offer for a restore: the restorable ones newest first, then the rest. */
export function restoreChoices(backups: readonly BackupInfo[]): BackupInfo[] {
  const newestFirst = [...backups].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name),
  );
  return [
    ...newestFirst.filter((backup) => backup.restorable),
    ...newestFirst.filter((backup) => !backup.restorable),
  ];
}

/**
 * The backups to delete so that `keep` remain: the newest, except that the
 * newest restorable daily, manual and pre-migration backups always stay.
 */
export function backupsToPrune(backups: readonly BackupInfo[], keep: number): BackupInfo[] {
  const newestFirst = [...backups].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name),
  );
  const kept = new Set<string>();
  for (const kind of ALWAYS_KEEP_NEWEST) {
    const newest = newestFirst.find((backup) => backup.kind === kind && backup.restorable);
    if (newest) kept.add(newest.name);
  }
  for (const backup of newestFirst) {
    if (kept.size >= keep) break;
    kept.add(backup.name);
  }
  return newestFirst.filter((backup) => !kept.has(backup.name));
}
