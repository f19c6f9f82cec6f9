import { spawnSync } from 'node:child_process';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../..');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The command line as a person runs it (`npm run planner -- …`): its own
 * process, so that what reaches the terminal, the exit status and anything
 * thrown past runCli are what a user would see.
 */
export function runPlannerProcess(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 60_000,
): CliRun {
  const result = spawnSync(
    process.execPath,
    [path.join(REPO, 'node_modules/tsx/dist/cli.mjs'), 'electron/cli/main.ts', ...args],
    {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, EMBARGO_PLANNER_DB: '', ...env },
      timeout: timeoutMs,
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (result.error) throw new Error(`planner ${args[0]} did not finish: ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
