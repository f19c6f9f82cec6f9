import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAfterCrash } from '../testing/crashWrites';
import { tempDbFile } from '../testing/tempBackend';

const REPO = path.resolve(__dirname, '../..');
const MIN_KILLS = 20;
const MIN_WRITES = 1000;
/** Bounds the run whatever the machine's speed: the test fails rather than running on. */
const MAX_ROUNDS = 120;

let childScript = '';

beforeAll(() => {
  // Bundled once, so each restart costs a plain `node` start (~0.2 s), not a
  // TypeScript compile; better-sqlite3 stays outside (a native module).
  childScript = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'embargo-crash-')), 'child.cjs');
  buildSync({
    entryPoints: [path.join(REPO, 'electron/testing/crashChild.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    outfile: childScript,
    logLevel: 'error',
  });
});

interface Round {
  acknowledged: number;
  killed: boolean;
  /** From "ready" to the kill. */
  ms: number;
}

/**
 * Starts the writer at write `from`, kills it with SIGKILL a random time
 * after it is ready (so at any point of a write: inside SQLite, in the
 * fsync, between commit and acknowledgement), and returns how far it got.
 */
function runUntilKilled(file: string, from: number, meanDelayMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, file, String(from)], {
      env: { ...process.env, NODE_PATH: path.join(REPO, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let acknowledged = from;
    let startedAt = performance.now();
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') {
          const delay = meanDelayMs * (0.2 + 1.6 * Math.random());
          setTimeout(() => child.kill('SIGKILL'), delay);
          startedAt = performance.now();
        } else acknowledged = Number(line) + 1;
      }
    });
    child.on('error', reject);
    child.on('exit', (status, signal) => {
      const ms = performance.now() - startedAt;
      if (signal === 'SIGKILL') resolve({ acknowledged, killed: true, ms });
      else reject(new Error(`writer exited by itself (${status}): ${stderr.slice(0, 2000)}`));
    });
  });
}

describe('crash durability', () => {
  it(`keeps every acknowledged write, whole, across at least ${MIN_KILLS} SIGKILLs and ${MIN_WRITES} writes`, async () => {
    const file = tempDbFile();
    let acknowledged = 0;
    let kills = 0;
    let checks = 0;
    let msPerWrite = 10;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      if (kills >= MIN_KILLS && acknowledged >= MIN_WRITES) break;
      // Spread the writes still wanted over the kills still wanted, so the
      // run needs few restarts (each costs a process start) on any machine.
      const writesPerKill = Math.max(0, MIN_WRITES - acknowledged) / Math.max(1, MIN_KILLS - kills);
      const meanDelay = Math.min(3000, Math.max(30, writesPerKill * msPerWrite));
      const result = await runUntilKilled(file, acknowledged, meanDelay);
      const written = result.acknowledged - acknowledged;
      if (written > 0) msPerWrite = result.ms / written;
      if (result.killed) kills += 1;
      acknowledged = result.acknowledged;
      // What the next start finds: checked before the next writer runs.
      expect(checkAfterCrash(file, acknowledged)).toEqual([]);
      checks += 1;
    }
    console.log(
      `crash durability: ${kills} SIGKILLs survived, ${acknowledged} acknowledged writes all present and whole after ${checks} restarts`,
    );
    expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
    expect(acknowledged).toBeGreaterThanOrEqual(MIN_WRITES);
  }, 90_000);
});
