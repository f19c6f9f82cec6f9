import fs from 'node:fs';
import path from 'node:path';

/** The folders on the way to `file`, outermost first. */
function foldersOf(file: string): string[] {
  const folders: string[] = [];
  for (let folder = path.dirname(path.resolve(file)); ; folder = path.dirname(folder)) {
    folders.unshift(folder);
    if (path.dirname(folder) === folder) return folders;
  }
}

/** The first folder on the way to `file` that is missing, or that is a file. */
function firstBroken(file: string, broken: (stat: fs.Stats | undefined) => boolean): string {
  return (
    foldersOf(file).find((folder) => broken(fs.statSync(folder, { throwIfNoEntry: false }))) ??
    path.dirname(file)
  );
}

/**
 * Why `file` could not be written, in words a person can act on and without
 * a stack trace: the file system's code says what, the path says where.
 */
export function describeWriteError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  switch (code) {
    case 'EISDIR':
      return 'is a folder; name a file to write';
    case 'ENOENT':
      return `the folder ${firstBroken(file, (stat) => stat === undefined)} does not exist`;
    case 'ENOTDIR':
      return `${firstBroken(file, (stat) => stat !== undefined && !stat.isDirectory())} is not a folder`;
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full; nothing was written';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    default:
      return `cannot be written (${code || (error instanceof Error ? error.name : 'error')})`;
  }
}

/** A file-system failure (it has an errno code), as opposed to a bug. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}
