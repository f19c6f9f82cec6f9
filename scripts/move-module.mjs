#!/usr/bin/env node
// Moves TypeScript modules and rewrites every relative import of them, so a
// move is one mechanical step that can be redone after a merge:
//
//   node scripts/move-module.mjs OLD NEW [OLD NEW ...]
//
// OLD and NEW are paths from the repository root, with their extension. The
// moved files' own relative imports are rewritten for their new folder. Only
// files git knows are read; the moves are made with `git mv`.

import { execFileSync } from 'node:child_process';
import console from 'node:console';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2 !== 0) {
  console.error('usage: node scripts/move-module.mjs OLD NEW [OLD NEW ...]');
  process.exit(2);
}

const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const moves = new Map();
for (let i = 0; i < args.length; i += 2) {
  const from = path.resolve(root, args[i]);
  const to = path.resolve(root, args[i + 1]);
  if (!fs.existsSync(from)) throw new Error(`${args[i]} does not exist`);
  if (fs.existsSync(to)) throw new Error(`${args[i + 1]} exists already`);
  moves.set(from, to);
}

const SOURCE = /\.(ts|tsx|mts|cts|mjs|js)$/;
const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((file) => SOURCE.test(file))
  .map((file) => path.join(root, file));

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.js', '/index.ts', '/index.tsx'];

/** The file a relative specifier names from `dir`, and how it was written. */
function resolve(dir, specifier) {
  const base = path.resolve(dir, specifier);
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile())
      return { file: candidate, ext };
  }
  return null;
}

function specifierFor(fromDir, target, ext) {
  let written = path.relative(fromDir, target);
  if (ext === '') {
    // Written with its extension: keep it.
  } else if (ext.startsWith('/index')) {
    written = path.dirname(written);
  } else {
    written = written.slice(0, -ext.length);
  }
  if (!written.startsWith('.')) written = `./${written}`;
  return written.split(path.sep).join('/');
}

// A string that starts with ./ or ../ after `from`, `import`, `import(`,
// `require(`, `mock(` or `typeof import(`.
const IMPORT =
  /((?:\bfrom|\bimport|\bimport\s*\(|\brequire\s*\(|\bmock\s*\()\s*)(['"])(\.{1,2}\/[^'"\n]*)\2/g;

let changed = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const oldDir = path.dirname(file);
  const newDir = path.dirname(moves.get(file) ?? file);
  const next = text.replace(IMPORT, (whole, lead, quote, specifier) => {
    const found = resolve(oldDir, specifier);
    if (!found) return whole;
    const target = moves.get(found.file) ?? found.file;
    if (target === found.file && newDir === oldDir) return whole;
    return `${lead}${quote}${specifierFor(newDir, target, found.ext)}${quote}`;
  });
  if (next !== text) {
    fs.writeFileSync(file, next);
    changed++;
  }
}

for (const [from, to] of moves) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  execFileSync('git', ['mv', from, to], { cwd: root });
}
console.log(`moved ${moves.size} file(s), rewrote imports in ${changed} file(s)`);
