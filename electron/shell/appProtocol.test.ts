import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { APP_URL, resolveAppRequest, serveAppRequest } from './appProtocol';

// The app: protocol handler against a real folder laid out like the built
// renderer, with a secret file beside it that no URL may reach.

let top: string;
let root: string;

beforeAll(() => {
  top = fs.mkdtempSync(path.join(os.tmpdir(), 'embargo-app-protocol-'));
  root = path.join(top, 'renderer', 'main_window');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Embargo Planner</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'app-1234.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'favicon.svg'), '<svg/>');
  fs.writeFileSync(path.join(top, 'renderer', 'secret.txt'), 'TOPSECRET');
  fs.writeFileSync(path.join(top, 'planner.sqlite3'), 'TOPSECRET');
});

afterAll(() => {
  fs.rmSync(top, { recursive: true, force: true });
});

describe('resolveAppRequest', () => {
  it('maps the app and its assets to files inside the renderer folder', () => {
    expect(resolveAppRequest(APP_URL, root)).toEqual({
      ok: true,
      file: path.join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest('app://planner/', root)).toMatchObject({
      ok: true,
      file: path.join(root, 'index.html'),
    });
    expect(resolveAppRequest('app://planner/assets/app-1234.js?v=1#x', root)).toMatchObject({
      ok: true,
      file: path.join(root, 'assets', 'app-1234.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppRequest('app://planner/My%20File.svg', root)).toMatchObject({
      ok: true,
      file: path.join(root, 'My File.svg'),
      contentType: 'image/svg+xml',
    });
  });

  it('refuses every way out of the folder (a URL the parser folds back inside names a file inside)', () => {
    for (const url of [
      'app://planner/../secret.txt',
      'app://planner/assets/../../secret.txt',
      'app://planner/%2e%2e/secret.txt',
      'app://planner/%2E%2E/%2E%2E/planner.sqlite3',
      'app://planner/.%2e/secret.txt',
      'app://planner/..%2fsecret.txt',
      'app://planner/..%2Fsecret.txt',
      'app://planner/..%5csecret.txt',
      'app://planner/..\\secret.txt',
      'app://planner/%2fetc%2fpasswd',
      'app://planner//etc/passwd',
      'app://planner/index.html%00.js',
      'app://planner/%',
      'app://planner/%c0',
      'app://planner/%E0%A4%A',
    ]) {
      const resolved = resolveAppRequest(url, root);
      if (resolved.ok) expect(resolved.file.startsWith(`${root}${path.sep}`), url).toBe(true);
      else expect([400, 403, 404], url).toContain(resolved.status);
    }
  });

  it('serves only its own host, scheme and read methods', () => {
    expect(resolveAppRequest('app://other/index.html', root)).toMatchObject({ status: 404 });
    expect(resolveAppRequest('file:///etc/passwd', root)).toMatchObject({ status: 404 });
    expect(resolveAppRequest('https://planner/index.html', root)).toMatchObject({ status: 404 });
    expect(resolveAppRequest('not a url', root)).toMatchObject({ status: 400 });
    expect(resolveAppRequest(APP_URL, root, 'POST')).toMatchObject({ status: 405 });
  });
});

describe('serveAppRequest', () => {
  const get = (url: string, method = 'GET') => serveAppRequest({ url, method }, root);

  it('answers with the file, its type and the content security policy', async () => {
    const response = await get(APP_URL);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Embargo Planner</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await get('app://planner/assets/app-1234.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file or a folder, and never a byte from outside', async () => {
    expect((await get('app://planner/nope.js')).status).toBe(404);
    expect((await get('app://planner/assets')).status).toBe(404);
    for (const url of [
      'app://planner/../secret.txt',
      'app://planner/%2e%2e/%2e%2e/planner.sqlite3',
      'app://planner/..%2fsecret.txt',
      'app://planner/index.html%00',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(await response.text(), url).not.toContain('TOPSECRET');
    }
  });

  it('answers HEAD without a body', async () => {
    const response = await get(APP_URL, 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
