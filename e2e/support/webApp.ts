import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface WebApp {
  /** The address with the token in its fragment, as a user would open it. */
  url: string;
  dbFile: string;
  stop(): Promise<void>;
}

/** A browser-mode server as started, whether or not it came up. */
export interface Server {
  /** The address it printed, or null when it exited first. */
  url: string | null;
  exitCode: number | null;
  /** What it printed until then. */
  output: string;
  stop(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '../..');

/** A fresh temporary folder for one test's database. */
export function tempDbFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'embargo-e2e-')), 'planner.sqlite3');
}

/**
 * Starts the real browser-mode server (as `npm run web` does, minus the
 * build, which the test script runs once) on a free port with `args`, and
 * waits until it prints its address or exits.
 */
export function startServer(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Server> {
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      'electron/web/main.ts',
      '--port',
      '0',
      ...args,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env } },
  );
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise<Server>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`web server did not start:\n${output}`));
    }, 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /open: (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], exitCode: null, output, stop });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ url: null, exitCode: code, output, stop });
    });
  });
}

/** The server on `dbFile`, made if it is not there; fails unless it comes up. */
export async function startWebApp(dbFile: string): Promise<WebApp> {
  const server = await startServer(['--db', dbFile, '--create']);
  if (server.url === null)
    throw new Error(`web server exited with ${server.exitCode}:\n${server.output}`);
  return { url: server.url, dbFile, stop: server.stop };
}
