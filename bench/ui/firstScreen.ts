import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

// What the first screen's page pulls in before any code runs: the module
// script index.html names and the chunks it preloads (its static imports).
// What loads later, on demand, is not counted here.

export interface BuiltFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface FirstScreenScripts {
  files: BuiltFile[];
  bytes: number;
  gzipBytes: number;
}

function measure(dir: string, file: string): BuiltFile {
  const content = fs.readFileSync(path.join(dir, file));
  return { file, bytes: content.length, gzipBytes: zlib.gzipSync(content).length };
}

/** The scripts a built page loads up front, from its index.html. */
export function firstScreenScripts(dir: string): FirstScreenScripts {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<script type="module"[^>]*\ssrc="\.\/([^"]+)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]*\shref="\.\/([^"]+)"/g),
  ].map((m) => m[1]);
  const files = [...new Set(scripts)].map((file) => measure(dir, file));
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}

/** Built files by their address as the page requested them. */
export function builtFiles(dir: string, urls: readonly string[]): BuiltFile[] {
  return urls
    .map((url) => new URL(url).pathname.replace(/^\//, ''))
    .filter((file) => fs.existsSync(path.join(dir, file)))
    .map((file) => measure(dir, file));
}
