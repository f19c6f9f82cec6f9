import fs from 'node:fs';
import path from 'node:path';

export const DB_FILE_NAME = 'planner.sqlite3';

/**
 * `--db FILE` beats `EMBARGO_PLANNER_DB`, which beats the app's data folder
 * (Electron's userData, or the platform's equivalent outside Electron).
 */
export function resolveDbPath(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  defaultDir: string,
): string {
  const flag = argv.findIndex((arg) => arg === '--db' || arg.startsWith('--db='));
  if (flag >= 0) {
    const value = argv[flag].startsWith('--db=') ? argv[flag].slice(5) : argv[flag + 1];
    if (!value) throw new Error('--db needs a file name');
    return path.resolve(value);
  }
  if (env.EMBARGO_PLANNER_DB) return path.resolve(env.EMBARGO_PLANNER_DB);
  return path.join(defaultDir, DB_FILE_NAME);
}

/** Where Electron would put userData, for the command line and browser mode. */
export function defaultDataDir(env: NodeJS.ProcessEnv, platform = process.platform): string {
  const home = env.HOME ?? env.USERPROFILE ?? '.';
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Embargo Planner');
  if (platform === 'darwin')
    return path.join(home, 'Library', 'Application Support', 'Embargo Planner');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Embargo Planner');
}

/**
 * Whether the database was named (`--db` or `EMBARGO_PLANNER_DB`) rather
 * than being the default file in the app's data folder.
 */
export function isChosenDbPath(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return argv.some((arg) => arg === '--db' || arg.startsWith('--db=')) || !!env.EMBARGO_PLANNER_DB;
}

/**
 * Whether the app (desktop or browser mode) may create a missing database:
 * on the first start in its own data folder, or when `--create` asks. A
 * named file that is not there is refused like on the command line: a
 * mistyped path must not become an empty plan.
 */
export function mayCreateDb(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return argv.includes('--create') || !isChosenDbPath(argv, env);
}

/** The app's own data folder, made owner-only on the first start (Electron makes userData itself). */
export function ensureDataFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
}
