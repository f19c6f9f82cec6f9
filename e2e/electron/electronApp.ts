import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyRuntimeModules } from '../../electron/packaging/nativeModules';

const ROOT = path.resolve(__dirname, '../..');
const ELECTRON_DIR = path.join(ROOT, 'node_modules', 'electron');
const PROBE = "const Database = require('better-sqlite3'); new Database(':memory:').close();";

export type Found = { ok: true; executable: string } | { ok: false; reason: string };

/**
 * The Electron binary, found the way node_modules/electron finds it but
 * without require('electron'), which would try to download a missing binary.
 */
export function findElectron(env: NodeJS.ProcessEnv = process.env): Found {
  const pathFile = path.join(ELECTRON_DIR, 'path.txt');
  if (!fs.existsSync(pathFile))
    return {
      ok: false,
      reason: `no Electron binary: ${path.relative(ROOT, pathFile)} is missing (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or the download failed)`,
    };
  const name = fs.readFileSync(pathFile, 'utf8').trim();
  const executable = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, name)
    : path.join(ELECTRON_DIR, 'dist', name);
  if (!fs.existsSync(executable))
    return { ok: false, reason: `no Electron binary: ${executable} does not exist` };
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY)
    return { ok: false, reason: 'no display for Electron: run the tests under xvfb-run' };
  return { ok: true, executable };
}

function loadsInElectron(executable: string, dir: string): string | null {
  const result = spawnSync(executable, ['-e', PROBE], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    timeout: 60_000,
  });
  return result.status === 0 ? null : result.stderr || String(result.error ?? 'failed');
}

/**
 * better-sqlite3 built for Electron, kept apart from the project's copy:
 * `npm test` keeps that one built for Node (scripts/ensure-native-for-node.mjs)
 * and the web tests in the same run need it so. Rebuilt only when missing or
 * stale; the first build needs a C++ toolchain and Electron's headers.
 */
async function electronNativeModules(executable: string): Promise<string> {
  const version = JSON.parse(fs.readFileSync(path.join(ELECTRON_DIR, 'package.json'), 'utf8'))
    .version as string;
  const sqliteVersion = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'node_modules/better-sqlite3/package.json'), 'utf8'),
  ).version as string;
  const cache = path.join(
    ROOT,
    'node_modules/.cache/embargo-planner-e2e',
    `better-sqlite3-${sqliteVersion}-electron-${version}-${process.platform}-${process.arch}`,
  );
  if (fs.existsSync(cache) && loadsInElectron(executable, cache) === null)
    return path.join(cache, 'node_modules');

  fs.rmSync(cache, { recursive: true, force: true });
  fs.mkdirSync(cache, { recursive: true });
  fs.writeFileSync(
    path.join(cache, 'package.json'),
    JSON.stringify({ name: 'e2e-native', private: true, dependencies: { 'better-sqlite3': '*' } }),
  );
  await copyRuntimeModules(ROOT, cache);
  console.log(`[electron e2e] building better-sqlite3 for Electron ${version} in ${cache}`);
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({
    buildPath: cache,
    electronVersion: version,
    onlyModules: ['better-sqlite3'],
    force: true,
  });
  const problem = loadsInElectron(executable, cache);
  if (problem !== null)
    throw new Error(`better-sqlite3 still does not load in Electron after rebuilding:\n${problem}`);
  return path.join(cache, 'node_modules');
}

/**
 * The built app laid out as the package is: package.json, .vite/ and the
 * native module, in a folder of its own. .vite/ is copied, not linked: Node
 * resolves require() from a file's real path, which would lead back to the
 * project's node_modules and its Node-built better-sqlite3.
 */
export async function stageBuiltApp(executable: string): Promise<string> {
  for (const built of [
    '.vite/build/main.js',
    '.vite/build/preload.js',
    '.vite/renderer/main_window/index.html',
  ])
    if (!fs.existsSync(path.join(ROOT, built)))
      throw new Error(
        `${built} is missing: build first (vite build --config vite.main.config.ts, vite.preload.config.ts and vite.renderer.config.ts)`,
      );
  const nodeModules = await electronNativeModules(executable);
  const app = fs.mkdtempSync(path.join(os.tmpdir(), 'embargo-electron-app-'));
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const { name, productName, version, main } = pkg;
  fs.writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify({ name, productName, version, main }, null, 2),
  );
  fs.cpSync(path.join(ROOT, '.vite'), path.join(app, '.vite'), { recursive: true });
  fs.symlinkSync(nodeModules, path.join(app, 'node_modules'), 'junction');
  return app;
}
