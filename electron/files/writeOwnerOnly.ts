import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes via a temporary file and a rename, owner-only: an export may hold
 * embargoed data, and a crash must not leave half a file behind.
 */
export function writeOwnerOnly(file: string, content: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(temporary, content, { mode: 0o600 });
  fs.chmodSync(temporary, 0o600);
  fs.renameSync(temporary, file);
}
