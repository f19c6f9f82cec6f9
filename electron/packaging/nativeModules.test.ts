import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyRuntimeModules, NATIVE_RUNTIME_MODULES, slimBetterSqlite } from './nativeModules';

const temps: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'embargo-packaging-'));
  temps.push(dir);
  return dir;
}

function write(file: string, text = ''): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function fakeModule(project: string, name: string, dependencies: Record<string, string> = {}) {
  const dir = path.join(project, 'node_modules', name);
  write(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', dependencies }));
  write(path.join(dir, 'index.js'), 'module.exports = 1;');
  return dir;
}

afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('copyRuntimeModules', () => {
  it('copies the listed modules whole into the build folder', async () => {
    const project = tempDir();
    const build = tempDir();
    const sqlite = fakeModule(project, 'better-sqlite3', {
      bindings: '^1',
      'prebuild-install': '^7',
    });
    write(path.join(sqlite, 'build/Release/better_sqlite3.node'), 'addon');
    write(path.join(sqlite, 'deps/sqlite3/sqlite3.c'), 'c');
    write(path.join(sqlite, 'node_modules/.bin/tool'), 'x');
    fakeModule(project, 'bindings', { 'file-uri-to-path': '1' });
    fakeModule(project, 'file-uri-to-path');

    const copied = await copyRuntimeModules(project, build);

    expect(copied).toEqual([...NATIVE_RUNTIME_MODULES]);
    const target = path.join(build, 'node_modules/better-sqlite3');
    expect(fs.readFileSync(path.join(target, 'build/Release/better_sqlite3.node'), 'utf8')).toBe(
      'addon',
    );
    // Forge rebuilds from these sources for Electron after the copy.
    expect(fs.existsSync(path.join(target, 'deps/sqlite3/sqlite3.c'))).toBe(true);
    expect(fs.existsSync(path.join(target, 'node_modules'))).toBe(false);
    expect(fs.existsSync(path.join(build, 'node_modules/bindings/index.js'))).toBe(true);
    expect(fs.existsSync(path.join(build, 'node_modules/file-uri-to-path/index.js'))).toBe(true);
    expect(fs.existsSync(path.join(build, 'node_modules/prebuild-install'))).toBe(false);
  });

  it('refuses to package when a module gained an unlisted run-time dependency', async () => {
    const project = tempDir();
    fakeModule(project, 'better-sqlite3', { bindings: '^1', 'new-helper': '^1' });
    await expect(
      copyRuntimeModules(project, tempDir(), ['better-sqlite3', 'bindings']),
    ).rejects.toThrow(/new-helper/);
  });

  it('names a module that is not installed', async () => {
    await expect(copyRuntimeModules(tempDir(), tempDir(), ['no-such-module'])).rejects.toThrow();
  });

  it('finds the real modules of this project', async () => {
    const build = tempDir();
    await copyRuntimeModules(path.resolve(__dirname, '../..'), build);
    for (const name of NATIVE_RUNTIME_MODULES)
      expect(fs.existsSync(path.join(build, 'node_modules', name, 'package.json'))).toBe(true);
  });
});

describe('slimBetterSqlite', () => {
  it('keeps the JavaScript and the addon, drops sources and intermediates', async () => {
    const build = tempDir();
    const root = path.join(build, 'node_modules/better-sqlite3');
    write(path.join(root, 'package.json'), '{}');
    write(path.join(root, 'lib/index.js'), 'js');
    write(path.join(root, 'build/Release/better_sqlite3.node'), 'addon');
    write(path.join(root, 'build/Release/obj.target/x.o'), 'o');
    write(path.join(root, 'build/Release/test_extension.node'), 't');
    write(path.join(root, 'build/Makefile'), 'm');
    write(path.join(root, 'deps/sqlite3/sqlite3.c'), 'c');
    write(path.join(root, 'src/better_sqlite3.cpp'), 'cpp');

    await slimBetterSqlite(build);

    const left = fs.readdirSync(root, { recursive: true }).map(String).sort();
    expect(left).toEqual(
      [
        'build',
        path.join('build', 'Release'),
        path.join('build', 'Release', 'better_sqlite3.node'),
        'lib',
        path.join('lib', 'index.js'),
        'package.json',
      ].sort(),
    );
  });

  it('fails when the rebuild left no addon', async () => {
    const build = tempDir();
    write(path.join(build, 'node_modules/better-sqlite3/package.json'), '{}');
    await expect(slimBetterSqlite(build)).rejects.toThrow(/better_sqlite3\.node is missing/);
  });
});
