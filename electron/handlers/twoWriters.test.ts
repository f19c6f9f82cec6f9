import { describe, expect, it } from 'vitest';
import { openBackend } from '../backend';
import { holdLock } from '../testing/lockHolder';
import { sampleRelease, tempBackend, tempDbFile } from '../testing/tempBackend';

describe('two writers on one file (the app and the command line)', () => {
  it('lose no update: a write based on a stale copy is refused, not merged', () => {
    const file = tempDbFile();
    const app = tempBackend(file);
    const cli = tempBackend(file);
    const created = app.ok('releases.create', sampleRelease);
    // Both have loaded revision 1; the command line saves first.
    const loaded = cli.ok('releases.get', { id: created.id });
    cli.ok('releases.update', { id: loaded.id, revision: loaded.revision, name: '4.11-cli' });
    const stale = app.fails('releases.update', {
      id: created.id,
      revision: created.revision,
      name: '4.11-app',
    });
    expect(stale.code).toBe('conflict');
    expect(stale.message).toMatch(/changed elsewhere.*reload and try again/);
    expect(app.ok('releases.get', { id: created.id })).toMatchObject({
      name: '4.11-cli',
      revision: 2,
    });
    // The same for settings and deletes.
    cli.ok('settings.update', { revision: 0, warnWindowDays: 10 });
    expect(app.fails('settings.update', { revision: 0, warnWindowDays: 20 }).code).toBe('conflict');
    expect(app.fails('releases.delete', { id: created.id, revision: 1 }).code).toBe('conflict');
    expect(cli.ok('settings.get', {}).warnWindowDays).toBe(10);
    app.close();
    cli.close();
  });

  it('wait for another process holding a write transaction, then succeed', async () => {
    const file = tempDbFile();
    const app = tempBackend(file);
    // The other process holds its write open for about a second, well within
    // the 5 s busy timeout; the app's write must wait for it, not fail.
    const holder = await holdLock(file, { name: 'from-the-cli', exclusive: false, holdMs: 1000 });
    // Proof that the lock is held: a writer that does not wait fails at once, as 'locked'.
    const impatient = openBackend(file, { source: 'test', busyTimeoutMs: 0, log: () => undefined });
    expect(impatient.call('releases.create', { name: '4.12' })).toMatchObject({
      ok: false,
      error: { code: 'database', reason: 'locked' },
    });
    impatient.close();
    const created = app.ok('releases.create', sampleRelease);
    expect(await holder.exited).toBe(0);
    expect(created.name).toBe('4.11');
    expect(app.ok('releases.list', {}).map((r) => r.name)).toEqual(['4.11', 'from-the-cli']);
    app.close();
  });
});
