import fs from 'node:fs';
import { PlannerError } from '../../shared/errors/result';
import { decodeFileText, formatSize, MAX_FILE_BYTES } from '../../shared/exchange/fileText';

function readFailure(file: string, error: unknown): PlannerError {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  const why =
    code === 'ENOENT'
      ? 'there is no such file'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'ENOTDIR'
            ? 'a folder on its path is a file'
            : `${code || 'error'}`;
  return new PlannerError('invalid_input', `${file}: cannot be read (${why})`);
}

/**
 * Reads a file given on the command line as text, checking its size before
 * reading any of it: a 200 MB file is refused from its size, not after it
 * is in memory, and a pipe or a device (which could go on for ever) is not a
 * file to import. The text is UTF-8, or refused as decodeFileText says.
 */
export function readInputFile(file: string, maxBytes = MAX_FILE_BYTES): string {
  let fd: number;
  try {
    // Non-blocking, so that opening a pipe with no writer returns at once
    // (and is then refused); it changes nothing for a regular file.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw readFailure(file, error);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw readFailure(file, { code: 'EISDIR' });
    if (!stat.isFile())
      throw new PlannerError(
        'invalid_input',
        `${file}: is not a regular file (a pipe or a device?)`,
      );
    const tooBig = (size: string) =>
      new PlannerError(
        'invalid_input',
        `${file}: is ${size}; files up to ${formatSize(maxBytes)} can be imported`,
      );
    if (stat.size > maxBytes) throw tooBig(formatSize(stat.size));
    // One byte more than allowed: a file that grew since fstat is caught too.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) throw tooBig(`over ${formatSize(maxBytes)}`);
      if (length === buffer.length)
        throw new PlannerError('invalid_input', `${file}: changed while it was read; try again`);
    }
    return decodeFileText(buffer.subarray(0, length), file);
  } catch (error) {
    if (error instanceof PlannerError) throw error;
    throw readFailure(file, error);
  } finally {
    fs.closeSync(fd);
  }
}
