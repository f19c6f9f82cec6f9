import fs from 'node:fs';

/** Flushes a file's content to the disk, so a rename after it cannot expose an empty file. */
export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Flushes a folder's entries (a new name, a rename) to the disk. Windows
 * cannot open a folder as a file; there NTFS journals the rename itself.
 */
export function syncFolder(folder: string): void {
  let fd: number;
  try {
    fd = fs.openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fs.fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder; the data itself is synced.
  } finally {
    fs.closeSync(fd);
  }
}
