import fs from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../security/csp';

// The desktop window loads the app from app://planner/ rather than file://:
// a page from file:// may read any file the user can, and Electron grants
// file: pages extra privileges (the GrantFileProtocolExtraPrivileges fuse,
// turned off in forge.config.ts). This handler serves the built renderer
// folder and nothing outside it. Pure apart from reading the file, so the
// path rules are tested without Electron.

export const APP_SCHEME = 'app';
export const APP_HOST = 'planner';
/** What the window loads in the packaged app. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export type AppRequest =
  | { ok: true; file: string; contentType: string }
  | { ok: false; status: 400 | 403 | 404 | 405; why: string };

const refuse = (status: 400 | 403 | 404 | 405, why: string): AppRequest => ({
  ok: false,
  status,
  why,
});

/**
 * The file inside `root` that an app: URL names, or why it is refused. An
 * encoded separator or NUL, a backslash, or a path that leaves `root` once
 * decoded and resolved is refused, whatever the URL parser made of it.
 */
export function resolveAppRequest(url: string, root: string, method = 'GET'): AppRequest {
  if (method !== 'GET' && method !== 'HEAD') return refuse(405, `method ${method}`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse(400, 'not a URL');
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST)
    return refuse(404, 'not the app');
  const raw = parsed.pathname;
  if (/%(2f|5c|00)/i.test(raw) || raw.includes('\\'))
    return refuse(400, 'an encoded separator, NUL or backslash');
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return refuse(400, 'bad percent-encoding');
  }
  if (decoded.includes('\0')) return refuse(400, 'NUL');
  const wanted = decoded === '/' ? '/index.html' : decoded;
  const base = path.resolve(root);
  const file = path.resolve(base, `.${wanted}`);
  const relative = path.relative(base, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative))
    return refuse(403, 'outside the app');
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  return { ok: true, file, contentType };
}

/** Reads a file; Electron's fs reads inside app.asar too. */
export type ReadFile = (file: string) => Promise<Uint8Array>;

const plain = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });

/**
 * The response to one app: request: the file with its type and the app's
 * content security policy (set here: webRequest's header hook may not see
 * responses of a custom protocol), or a plain error.
 */
export async function serveAppRequest(
  request: { url: string; method: string },
  root: string,
  readFile: ReadFile = (file) => fs.readFile(file),
): Promise<Response> {
  const resolved = resolveAppRequest(request.url, root, request.method);
  if (!resolved.ok) return plain(resolved.status, resolved.why);
  let body: Uint8Array;
  try {
    body = await readFile(resolved.file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
      return plain(404, 'not found');
    return plain(500, 'cannot be read');
  }
  return new Response(request.method === 'HEAD' ? null : Buffer.from(body), {
    status: 200,
    headers: {
      'Content-Type': resolved.contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
