import fs from 'node:fs';
import path from 'node:path';
import { syncFile, syncFolder } from './syncToDisk';

/**
 * Writes via a temporary file and a rename, owner-only: an export may hold
 * embargoed data, and a crash must not leave half a file behind.
 */
export function writeOwnerOnly(file: string, content: string | Uint8Array): void {
  // Refused before anything is written: a folder cannot take the name.
  if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory())
    throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  // A temporary file left by a crash keeps its mode when written over:
  // start from a new one, so the content is never in a file others may read.
  fs.rmSync(temporary, { force: true });
  try {
    fs.writeFileSync(temporary, content, { mode: 0o600, flag: 'wx' });
    fs.chmodSync(temporary, 0o600);
    // On the disk before it takes the name: after a power cut, the old file or the whole new one.
    syncFile(temporary);
    fs.renameSync(temporary, file);
  } catch (error) {
    // Whatever failed, no copy of the content stays behind under another name.
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(path.dirname(file));
}
