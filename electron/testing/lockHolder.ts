import { spawn } from 'node:child_process';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../..');

export interface LockHolder {
  /** Commits the other process's transaction and lets it exit. */
  release(): void;
  /** Resolves when the other process has exited (its write committed). */
  exited: Promise<number | null>;
}

/**
 * Another process (plain Node and better-sqlite3, as the command line or a
 * second app would be) that opens `file`, starts a write transaction adding
 * release `name`, and holds it: `exclusive` also keeps readers out, as a
 * program in SQLite's exclusive locking mode does. It commits after
 * `holdMs`, or when released. Resolves once the lock is held.
 */
export function holdLock(
  file: string,
  options: { name: string; exclusive: boolean; holdMs?: number },
): Promise<LockHolder> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(file)}, { timeout: 5000 });
    if (${options.exclusive}) db.pragma('locking_mode = EXCLUSIVE');
    db.exec(${options.exclusive} ? 'BEGIN EXCLUSIVE' : 'BEGIN IMMEDIATE');
    db.prepare("INSERT INTO releases (name, status) VALUES (?, 'planned')").run(${JSON.stringify(options.name)});
    process.stdout.write('locked\\n');
    const finish = () => { db.exec('COMMIT'); db.close(); process.exit(0); };
    if (${options.holdMs ?? -1} >= 0) setTimeout(finish, ${options.holdMs ?? -1});
    process.stdin.on('end', finish);
    process.stdin.resume();
  `;
  const child = spawn(process.execPath, ['-e', script], {
    cwd: REPO,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    void exited.then((status) => reject(new Error(`lock holder exited early (${status})`)));
    child.stdout.once('data', () =>
      resolve({
        release: () => child.stdin.end(),
        exited,
      }),
    );
  });
}
