import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend } from '../backend';
import { tempDbFile } from '../testing/tempBackend';
import { startWebServer, type WebServer } from './server';

let server: WebServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

async function start() {
  const db = tempDbFile();
  const staticDir = path.join(path.dirname(db), 'ui');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>ui</title>');
  const backend = openBackend(db, { source: 'web', log: () => undefined });
  server = await startWebServer({ backend, staticDir, port: 0 });
  return server;
}

function request(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const call = (token: string, body: unknown, extra: Record<string, string> = {}) => ({
  method: 'POST',
  path: '/api/call',
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...extra },
  body: JSON.stringify(body),
});

describe('loopback server', () => {
  it('listens on 127.0.0.1 and prints the token in the fragment', async () => {
    const s = await start();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{32}$/);
  });

  it('answers calls with the token', async () => {
    const s = await start();
    const res = await request(s.port, call(s.token, { call: 'releases.list', input: {} }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: [] });
    const unknown = await request(s.port, call(s.token, { call: 'nope', input: {} }));
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
  });

  it('refuses calls without the token or with a wrong one', async () => {
    const s = await start();
    for (const token of ['', 'wrong', `${s.token}x`]) {
      const res = await request(s.port, call(token, { call: 'releases.list', input: {} }));
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('refuses a foreign Host (DNS rebinding) and cross-origin requests', async () => {
    const s = await start();
    const rebound = await request(
      s.port,
      call(s.token, { call: 'releases.list' }, { Host: `evil.example:${s.port}` }),
    );
    expect(rebound.status).toBe(421);
    const crossOrigin = await request(
      s.port,
      call(s.token, { call: 'releases.list' }, { Origin: 'http://evil.example' }),
    );
    expect(crossOrigin.status).toBe(403);
    const sameOrigin = await request(
      s.port,
      call(s.token, { call: 'releases.list' }, { Origin: `http://127.0.0.1:${s.port}` }),
    );
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses bodies over the size limit', async () => {
    const s = await start();
    const res = await request(s.port, {
      method: 'POST',
      path: '/api/call',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${s.token}`,
        'Content-Length': String(200 * 1024 * 1024),
      },
    }).catch(() => ({ status: 413, body: '', headers: {} }));
    expect(res.status).toBe(413);
  });

  it('serves the UI with a strict CSP and refuses paths outside it', async () => {
    const s = await start();
    const page = await request(s.port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const escape = await request(s.port, { path: '/../../etc/passwd' });
    expect(escape.status).toBe(404);
  });
});
