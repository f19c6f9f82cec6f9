import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * chmod does not stop root (tests run as root on CI here), so as root a
 * file or folder is made immutable instead (chattr +i), which refuses
 * writes to everyone. Returns why neither can be done, or null.
 */
export function whyNoReadOnly(): string | null {
  if (process.platform === 'win32') return 'no POSIX permissions on Windows';
  if (!isRoot) return null;
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'embargo-chattr-probe-'));
  try {
    execFileSync('chattr', ['+i', probe], { stdio: 'pipe' });
    execFileSync('chattr', ['-i', probe], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `running as root, where chmod does not stop writes, and chattr +i is refused (${(error as Error).message.split('\n')[0]})`;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
}

/** Makes `target` read-only for this process; returns the undo. */
export function makeReadOnly(target: string): () => void {
  if (isRoot) {
    execFileSync('chattr', ['+i', target]);
    return () => execFileSync('chattr', ['-i', target]);
  }
  const mode = fs.statSync(target).mode & 0o777;
  fs.chmodSync(target, fs.statSync(target).isDirectory() ? 0o500 : 0o400);
  return () => fs.chmodSync(target, mode);
}
