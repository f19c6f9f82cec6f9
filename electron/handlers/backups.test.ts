import { describe, expect, it } from 'vitest';
import { openBackend } from '../backend';
import { sampleRelease, tempBackend, tempDbFile } from '../testing/tempBackend';

describe('backup calls', () => {
  it('create, list and restore a backup while the database is open', () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    const backup = backend.ok('backups.create', {});
    expect(backup).toMatchObject({ kind: 'manual', createdAt: '2026-11-25T10:00:00.000Z' });
    backend.ok('releases.create', { name: '4.12' });
    expect(backend.ok('backups.list', {})).toEqual([backup]);

    const report = backend.ok('backups.restore', { name: backup.name });
    expect(report.restored).toEqual(backup);
    expect(report.safetyBackup?.kind).toBe('pre-restore');
    // The same backend goes on, on the restored file.
    expect(backend.ok('releases.list', {}).map((r) => r.name)).toEqual(['4.11']);
    backend.ok('releases.create', { name: '4.13' });
    expect(backend.ok('backups.list', {}).map((b) => b.kind)).toEqual(['pre-restore', 'manual']);
    backend.close();
  });

  it('refuses a malformed name at the boundary, and an unknown one as not found', () => {
    const backend = tempBackend();
    expect(backend.fails('backups.restore', { name: '../../etc/passwd' })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^name: is not a backup name/),
    });
    expect(
      backend.fails('backups.restore', {
        name: 'planner.2026-11-25T10-00-00-000Z.v1.manual.sqlite3',
      }).code,
    ).toBe('not_found');
    expect(backend.ok('releases.list', {})).toEqual([]);
    backend.close();
  });

  it('refuses to restore while another program has the file open, and both go on working', () => {
    const file = tempDbFile();
    const app = tempBackend(file);
    const backup = app.ok('backups.create', {});
    app.ok('releases.create', sampleRelease);
    const cli = openBackend(file, { source: 'cli', log: () => undefined });
    expect(app.fails('backups.restore', { name: backup.name })).toMatchObject({
      code: 'database',
      reason: 'locked',
    });
    expect(app.ok('releases.list', {}).map((r) => r.name)).toEqual(['4.11']);
    expect(cli.call('releases.list', {})).toMatchObject({ ok: true, value: [{ name: '4.11' }] });
    cli.close();
    app.close();
  });
});
