import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Why a real full disk cannot be made here, or null when it can: a tiny
 * tmpfs needs mount(8) and the right to use it (root, or CAP_SYS_ADMIN).
 */
export function whyNoTinyDisk(): string | null {
  if (process.platform !== 'linux') return 'a tmpfs mount needs Linux';
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'embargo-tmpfs-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'pipe' });
    execFileSync('umount', [probe], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `cannot mount a tmpfs here (${(error as Error).message.split('\n')[0]})`;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
}

/** Runs `work` in a folder on a fresh tmpfs of `kib` KiB, unmounted afterwards whatever happens. */
export function onTinyDisk<T>(kib: number, work: (folder: string) => T): T {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'embargo-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k,mode=0700`, 'tmpfs', folder]);
  try {
    return work(folder);
  } finally {
    execFileSync('umount', ['-l', folder]);
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Fills the disk holding `folder`, leaving about `leaveBytes` free (0: none at all). */
export function fillDisk(folder: string, leaveBytes = 0): string {
  const filler = path.join(folder, 'filler');
  const space = fs.statfsSync(folder);
  const size = Math.max(0, space.bavail * space.bsize - leaveBytes);
  const fd = fs.openSync(filler, 'w');
  try {
    fs.writeSync(fd, Buffer.alloc(size));
    if (leaveBytes === 0) for (;;) fs.writeSync(fd, Buffer.alloc(4096));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}
