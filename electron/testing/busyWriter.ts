import { spawn } from 'node:child_process';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../..');

export interface WriteAttempt {
  /** Date.now() when the write began. */
  at: number;
  ok: boolean;
}

export interface BusyWriter {
  /** Stops writing; resolves with every attempt, in order. */
  stop(): Promise<WriteAttempt[]>;
}

/**
 * Another process (plain Node and better-sqlite3, as a second app or the
 * command line would be) that adds a release every few milliseconds, each
 * in its own write transaction, without waiting for a lock: an attempt
 * while someone else holds the write lock fails at once, and is recorded.
 */
export function startBusyWriter(file: string, everyMs = 5): Promise<BusyWriter> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(file)}, { timeout: 0 });
    const insert = db.prepare("INSERT INTO releases (name, status) VALUES (?, 'planned')");
    let stopping = false;
    let n = 0;
    process.stdin.on('end', () => (stopping = true));
    process.stdin.resume();
    const tick = () => {
      // Ends by running out of work, not process.exit(), which can drop output not yet written.
      if (stopping) return db.close();
      const at = Date.now();
      try {
        db.exec('BEGIN IMMEDIATE');
        insert.run('w' + n);
        db.exec('COMMIT');
        n += 1;
        process.stdout.write('ok ' + at + '\\n');
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        if (error.code !== 'SQLITE_BUSY') throw error;
        process.stdout.write('busy ' + at + '\\n');
      }
      setTimeout(tick, ${everyMs});
    };
    process.stdout.write('ready\\n');
    tick();
  `;
  const child = spawn(process.execPath, ['-e', script], {
    cwd: REPO,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // 'close', not 'exit': only then has all of its output been read.
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    void exited.then((status) => reject(new Error(`writer exited early (${status})`)));
    child.stdout.once('data', () =>
      resolve({
        stop: async () => {
          child.stdin.end();
          const status = await exited;
          if (status !== 0) throw new Error(`writer failed (${status})`);
          return output
            .split('\n')
            .map((line) => /^(ok|busy) (\d+)$/.exec(line))
            .filter((match) => match !== null)
            .map((match) => ({ ok: match[1] === 'ok', at: Number(match[2]) }));
        },
      }),
    );
  });
}
