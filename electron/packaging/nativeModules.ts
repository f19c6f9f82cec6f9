import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

// Build-time helpers for forge.config.ts. Forge's Vite plugin packages only
// .vite/, so the one module the main bundle leaves external, better-sqlite3,
// has to be put into the package by hand, with what it require()s.

/** better-sqlite3 and what it needs at run time (bindings finds the .node file). */
export const NATIVE_RUNTIME_MODULES = ['better-sqlite3', 'bindings', 'file-uri-to-path'] as const;

/** Dependencies that only run when the module is installed (fetching a prebuilt binary). */
const INSTALL_ONLY = new Set(['prebuild-install']);

interface PackageJson {
  dependencies?: Record<string, string>;
}

function moduleDir(name: string, fromDir: string): string {
  const require = createRequire(path.join(fromDir, 'noop.js'));
  return path.dirname(require.resolve(`${name}/package.json`));
}

async function readPackageJson(dir: string): Promise<PackageJson> {
  return JSON.parse(await fs.readFile(path.join(dir, 'package.json'), 'utf8')) as PackageJson;
}

/**
 * Copies the modules (whole, sources included: Forge rebuilds them for
 * Electron right after this hook) into `<buildPath>/node_modules`. Fails the
 * build if one of them has gained a run-time dependency that is not in the
 * list, rather than ship an app that cannot open its database.
 */
export async function copyRuntimeModules(
  projectDir: string,
  buildPath: string,
  modules: readonly string[] = NATIVE_RUNTIME_MODULES,
): Promise<string[]> {
  const wanted = new Set(modules);
  const copied: string[] = [];
  for (const name of modules) {
    const source = moduleDir(name, projectDir);
    const dependencies = Object.keys((await readPackageJson(source)).dependencies ?? {});
    const missing = dependencies.filter((dep) => !wanted.has(dep) && !INSTALL_ONLY.has(dep));
    if (missing.length > 0)
      throw new Error(
        `${name} now needs ${missing.join(', ')} at run time: add it to NATIVE_RUNTIME_MODULES in electron/packaging/nativeModules.ts`,
      );
    const target = path.join(buildPath, 'node_modules', name);
    await fs.cp(source, target, {
      recursive: true,
      dereference: true,
      // A nested node_modules would hold install-time tools, not run-time code.
      filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'node_modules',
    });
    copied.push(name);
  }
  return copied;
}

/**
 * After Forge's rebuild: keep better-sqlite3's JavaScript and the one
 * compiled addon, drop the SQLite sources and the build's intermediate files
 * (about 25 MB nobody runs).
 */
export async function slimBetterSqlite(buildPath: string): Promise<void> {
  const root = path.join(buildPath, 'node_modules', 'better-sqlite3');
  const addon = path.join(root, 'build', 'Release', 'better_sqlite3.node');
  try {
    await fs.access(addon);
  } catch {
    throw new Error(`${addon} is missing: the native rebuild for Electron did not produce it`);
  }
  const keep = path.join(root, 'addon.node.tmp');
  await fs.rename(addon, keep);
  await fs.rm(path.join(root, 'build'), { recursive: true, force: true });
  await fs.mkdir(path.dirname(addon), { recursive: true });
  await fs.rename(keep, addon);
  for (const folder of ['deps', 'src'])
    await fs.rm(path.join(root, folder), { recursive: true, force: true });
}
