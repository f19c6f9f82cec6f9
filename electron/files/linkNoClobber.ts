import fs from 'node:fs';

/**
 * Gives the file `from` the name `to` as well, unless `to` exists: a new
 * file appears whole under its name, and one another process made first
 * is never replaced. False when `to` was there already. `from` keeps its
 * own name; the caller removes it.
 */
export function linkNoClobber(from: string, to: string): boolean {
  try {
    fs.linkSync(from, to);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // A file system without hard links: a copy that refuses to overwrite.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    try {
      fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
      return true;
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw copyError;
    }
  }
}
