import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/main';
import { backupFolder } from '../store/backups/backupFolder';
import { modeOf } from '../testing/databaseFiles';
import { sampleAdvisory, sampleRelease, tempBackend, tempDbFile } from '../testing/tempBackend';
import { writeOwnerOnly } from './writeOwnerOnly';

// Embargoed advisories live in the database, its WAL, its backups and team
// exports: every one of them is readable by its owner only.

describe('files the planner writes are owner-only', () => {
  it('the database, its -wal and -shm, the backups folder and every backup', () => {
    const file = tempDbFile();
    const backend = tempBackend(file);
    backend.ok('releases.create', sampleRelease);
    backend.ok('advisories.create', sampleAdvisory);
    const backup = backend.ok('backups.create', {});
    for (const name of [file, `${file}-wal`, `${file}-shm`]) expect(modeOf(name), name).toBe(0o600);
    expect(modeOf(backupFolder(file))).toBe(0o700);
    expect(modeOf(path.join(backupFolder(file), backup.name))).toBe(0o600);
    const restored = backend.ok('backups.restore', { name: backup.name });
    expect(modeOf(path.join(backupFolder(file), restored.safetyBackup?.name ?? ''))).toBe(0o600);
    expect(modeOf(file)).toBe(0o600);
    backend.close();
  });

  it('a team export written with --out, even over a leftover temporary file', () => {
    const file = tempDbFile();
    const out = path.join(path.dirname(file), 'team.json');
    // What a crash could leave: a world-readable temporary file of the same name.
    const leftover = path.join(path.dirname(out), `.team.json.${process.pid}.tmp`);
    fs.writeFileSync(leftover, 'old', { mode: 0o644 });
    fs.chmodSync(leftover, 0o644);
    const status = runCli(
      ['export', 'bundle', '--profile', 'team', '--out', out, '--create', '--db', file],
      {},
      {
        out: () => undefined,
        err: () => undefined,
        now: () => new Date('2026-11-25T12:00:00Z'),
      },
    );
    expect(status).toBe(0);
    expect(modeOf(out)).toBe(0o600);
    expect(fs.existsSync(leftover)).toBe(false);
  });

  it('writeOwnerOnly replaces a file that others could read with one they cannot', () => {
    const out = path.join(path.dirname(tempDbFile()), 'x.json');
    fs.writeFileSync(out, 'old', { mode: 0o644 });
    writeOwnerOnly(out, 'new');
    expect(modeOf(out)).toBe(0o600);
    expect(fs.readFileSync(out, 'utf8')).toBe('new');
  });
});
