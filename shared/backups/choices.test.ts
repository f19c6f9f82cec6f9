import { describe, expect, it } from 'vitest';
import type { BackupInfo, BackupKind } from '../contract/backups';
import { backupsToPrune, restoreChoices } from './choices';

function backup(minute: number, kind: BackupKind, restorable = true): BackupInfo {
  const at = new Date(Date.UTC(2026, 10, 25, 10, minute)).toISOString();
  return {
    name: `planner.${at.replace(/[:.]/g, '-')}.${kind}.sqlite3`,
    createdAt: at,
    schemaVersion: restorable ? 4 : null,
    kind,
    bytes: 4096,
    restorable,
  };
}

describe('restoreChoices', () => {
  it('offers the restorable backups newest first, damaged copies last', () => {
    const daily = backup(0, 'daily');
    const manual = backup(5, 'manual');
    const damaged = backup(9, 'pre-restore', false);
    const healthyCopy = backup(7, 'pre-restore');
    expect(restoreChoices([daily, damaged, manual, healthyCopy])).toEqual([
      healthyCopy,
      manual,
      daily,
      damaged,
    ]);
  });
});

describe('backupsToPrune', () => {
  it('keeps the newest, and always the last good daily, manual and pre-migration backup', () => {
    const good = [backup(0, 'pre-migration'), backup(1, 'daily'), backup(2, 'manual')];
    const damaged = Array.from({ length: 12 }, (_, i) => backup(10 + i, 'pre-restore', false));
    const pruned = backupsToPrune([...good, ...damaged], 10);
    expect(pruned).toHaveLength(5);
    expect(pruned.every((b) => b.kind === 'pre-restore')).toBe(true);
    // The oldest damaged copies go first.
    expect(pruned.map((b) => b.createdAt)).toEqual(
      damaged
        .slice(0, 5)
        .map((b) => b.createdAt)
        .reverse(),
    );
  });

  it('keeps only the newest good backup of a kind, not all of them', () => {
    const dailies = Array.from({ length: 12 }, (_, i) => backup(i, 'daily'));
    expect(backupsToPrune(dailies, 10)).toEqual([dailies[1], dailies[0]]);
  });

  it('does not protect a damaged backup', () => {
    const damagedManual = backup(0, 'manual', false);
    const dailies = Array.from({ length: 10 }, (_, i) => backup(1 + i, 'daily'));
    expect(backupsToPrune([damagedManual, ...dailies], 10)).toEqual([damagedManual]);
  });
});
