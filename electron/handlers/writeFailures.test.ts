import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/contract/dispatch';
import { sampleAdvisory, sampleRelease, tempBackend, tempDbFile } from '../testing/tempBackend';
import { fillDisk, onTinyDisk, whyNoTinyDisk } from '../testing/tinyDisk';
import { openDatabase } from '../store/openDatabase';
import { createHandlers } from './index';

const NOW = () => new Date('2026-11-25T10:00:00Z');

describe('a write that fails in SQLite', () => {
  it('on a database that may not grow says the disk is full, and writes nothing', () => {
    const db = openDatabase(tempDbFile(), { create: true });
    const handlers = createHandlers({ db, now: NOW, source: 'test' });
    const call = (name: string, input: unknown) => dispatch(handlers, name, input, () => undefined);
    expect(call('releases.create', sampleRelease).ok).toBe(true);
    const pages = db.pragma('page_count', { simple: true }) as number;
    // The file may not grow by a page: what a full disk looks like to SQLite.
    db.pragma(`max_page_count = ${pages}`);
    const failed = call('advisories.create', { ...sampleAdvisory, notes: 'n'.repeat(20000) });
    expect(failed).toEqual({
      ok: false,
      error: {
        code: 'database',
        reason: 'full',
        message: expect.stringMatching(
          /^The disk holding the database is full \(SQLITE_FULL\)\. Nothing was saved\./,
        ),
      },
    });
    expect(call('advisories.list', {})).toEqual({ ok: true, value: [] });
    db.close();
  });

  const why = whyNoTinyDisk();
  it.skipIf(why !== null)(
    'on a real full disk says so, writes nothing, and works again once there is room',
    () => {
      onTinyDisk(1024, (folder) => {
        const file = path.join(folder, 'planner.sqlite3');
        const backend = tempBackend(file, NOW);
        try {
          backend.ok('releases.create', sampleRelease);
          const filler = fillDisk(folder);
          let failure: unknown = null;
          for (let i = 0; i < 200 && failure === null; i++) {
            const result = backend.call('advisories.create', {
              ...sampleAdvisory,
              key: `XSA-${1000 + i}`,
              notes: 'n'.repeat(20000),
            });
            if (!result.ok) failure = result.error;
          }
          expect(failure).toMatchObject({ code: 'database', reason: 'full' });
          const stored = backend.ok('advisories.list', {});
          fs.rmSync(filler);
          const added = backend.ok('advisories.create', { ...sampleAdvisory, key: 'XSA-9999' });
          expect(backend.ok('advisories.list', {})).toEqual([...stored, added]);
          // A backup on the full disk fails as 'full' and leaves no partial file behind.
          fillDisk(folder);
          expect(backend.fails('backups.create', {})).toMatchObject({
            code: 'database',
            reason: 'full',
            message: expect.stringMatching(
              /^No backup was taken: .*Free some space and try again\.$/,
            ),
          });
          const backups = path.join(folder, 'backups');
          expect(fs.existsSync(backups) ? fs.readdirSync(backups) : []).toEqual([]);
        } finally {
          backend.close();
        }
      });
    },
  );
  if (why) console.log(`skipped: full disk at run time (tmpfs): ${why}`);
});
