import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backupFolder, listBackups } from '../store/backups/backupFolder';
import { restoreBackup } from '../store/backups/restoreBackup';
import { takeBackup } from '../store/backups/takeBackup';
import { SCHEMA_VERSION } from '../store/migrations';
import { openDatabase } from '../store/openDatabase';
import { databaseAtVersion, releaseNames, scribble } from '../testing/databaseFiles';
import { launch, script, tempDir, useFakeElectron } from '../testing/fakeElectron';

// The Electron glue in main.ts, run against a stand-in for the electron
// module (electron/testing/fakeElectron): this machine has no Electron binary,
// and the wiring (which check guards which door) is what these tests are
// about. e2e/electron runs the real thing where Electron exists.
// Here: restoring a backup from the box shown when the database cannot be opened.

useFakeElectron();

/** A damaged database with 300 releases and a manual backup of it taken while it was healthy. */
function damagedWithBackup() {
  const file = path.join(tempDir(), 'planner.sqlite3');
  databaseAtVersion(
    file,
    SCHEMA_VERSION,
    Array.from({ length: 300 }, (_, i) => `release-${i}-${'x'.repeat(40)}`),
  );
  const db = openDatabase(file, { now: () => new Date('2026-11-20T10:00:00Z') });
  const manual = takeBackup(db, file, 'manual', new Date('2026-11-20T10:00:00Z'));
  db.close();
  scribble(file);
  return { file, manual };
}

describe('restoring from the "can\'t open" box', () => {
  it('offers the good backups, not the damaged copy a previous restore saved', async () => {
    const { file, manual } = damagedWithBackup();
    // A restore before this start left a damaged "pre-restore" copy, the newest backup.
    restoreBackup(file, manual.name, { now: () => new Date('2026-11-24T10:00:00Z') });
    scribble(file);
    expect(listBackups(file)[0]).toMatchObject({ kind: 'pre-restore', restorable: false });

    const answers = script('Restore a backup…', (buttons) => buttons[0]);
    const fake = await launch(file, { press: answers.press });
    await vi.waitFor(() => expect(fake.module.app.exit).toHaveBeenCalledWith(0));
    expect(answers.shown[0]).toEqual(['Restore a backup…', 'Open another file…', 'Quit']);
    expect(answers.shown[1]).toEqual([
      '2026-11-20 10:00 UTC · backed up by hand',
      '2026-11-20 10:00 UTC · daily backup',
      'Back',
    ]);
    expect(fake.module.dialog.showMessageBox).toHaveBeenLastCalledWith(
      expect.objectContaining({
        detail: expect.stringMatching(/One copy of a damaged file is not offered/) as unknown,
      }),
    );
    expect(fake.module.app.relaunch).toHaveBeenCalled();
    expect(releaseNames(file)).toHaveLength(300);
  });

  it('says why a backup failed and lets the person choose another', async () => {
    const { file, manual } = damagedWithBackup();
    // A newer backup that looks whole but is damaged inside.
    const later = path.join(
      backupFolder(file),
      manual.name.replace(/2026-11-20T10-00-00-\d{3}Z/, '2026-11-22T10-00-00-000Z'),
    );
    fs.copyFileSync(path.join(backupFolder(file), manual.name), later);
    scribble(later);

    const answers = script(
      'Restore a backup…',
      (buttons) => buttons[0],
      'Restore a backup…',
      (buttons) => buttons[0],
    );
    const fake = await launch(file, { press: answers.press });
    await vi.waitFor(() => expect(fake.module.app.exit).toHaveBeenCalledWith(0));
    expect(answers.shown[1]).toEqual([
      '2026-11-22 10:00 UTC · backed up by hand',
      '2026-11-20 10:00 UTC · backed up by hand',
      '2026-11-20 10:00 UTC · daily backup',
      'Back',
    ]);
    expect(fake.module.dialog.showErrorBox).toHaveBeenCalledWith(
      'The backup was not restored',
      expect.stringMatching(/cannot be read .* choose another backup\./) as unknown,
    );
    // The one that failed is not offered again.
    expect(answers.shown[3]).toEqual([
      '2026-11-20 10:00 UTC · backed up by hand',
      '2026-11-20 10:00 UTC · daily backup',
      'Back',
    ]);
    expect(releaseNames(file)).toHaveLength(300);
  });
});
