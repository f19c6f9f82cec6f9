import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

const REPO = path.resolve(__dirname, '../..');

let bundled: string | null = null;

/**
 * The command line as one plain-Node script, built once per test file:
 * each run then costs a `node` start, not a TypeScript compile.
 */
function cliScript(): string {
  if (bundled !== null) return bundled;
  const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'embargo-cli-')), 'planner.cjs');
  buildSync({
    entryPoints: [path.join(REPO, 'electron/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    outfile: script,
    logLevel: 'error',
  });
  bundled = script;
  return script;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The command line as a person runs it (`npm run planner -- …`): its own
 * process, so that what reaches the terminal, the exit status and anything
 * thrown past runCli are what a user would see. Runs in `cwd` (a temporary
 * folder unless given).
 */
export function runPlanner(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): CliRun {
  const result = spawnSync(process.execPath, [cliScript(), ...args], {
    cwd: options.cwd ?? os.tmpdir(),
    env: { ...process.env, NODE_PATH: path.join(REPO, 'node_modules'), ...options.env },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw new Error(`planner ${args[0]} did not finish: ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** {@link runPlanner} from the repository, with no database chosen by the environment. */
export function runPlannerProcess(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 60_000,
): CliRun {
  return runPlanner(args, { cwd: REPO, env: { EMBARGO_PLANNER_DB: '', ...env }, timeoutMs });
}
