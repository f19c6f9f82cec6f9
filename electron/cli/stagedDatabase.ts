import fs from 'node:fs';
import path from 'node:path';
import { linkNoClobber } from '../files/linkNoClobber';
import { syncFolder } from '../files/syncToDisk';

// A database the command line creates (an import into a path where there is
// none) is built under a private name and takes its real name only when the
// command succeeded: a refused import leaves no empty plan behind for a
// later export to "succeed" on.

const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

/**
 * The private name to build a new database under, or null when `file`
 * exists or cannot be made (its folder is missing: opening it says so).
 */
export function stagingPathFor(file: string): string | null {
  if (fs.existsSync(file) || !fs.existsSync(path.dirname(file))) return null;
  return path.join(path.dirname(file), `.${path.basename(file)}.new-${process.pid}`);
}

/**
 * After the command, with its connection closed: gives the staged database
 * its name if `keep`, and removes the staged files either way. Returns why
 * it could not be kept, or null.
 */
export function settleStaged(staged: string, file: string, keep: boolean): string | null {
  try {
    if (!keep || !fs.existsSync(staged)) return null;
    if (!linkNoClobber(staged, file))
      return `${file} was created by another program while this command ran; nothing was written to it`;
    syncFolder(path.dirname(file));
    return null;
  } finally {
    for (const suffix of SIDE_FILES) fs.rmSync(`${staged}${suffix}`, { force: true });
  }
}
