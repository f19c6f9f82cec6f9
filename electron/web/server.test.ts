import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend } from '../backend';
import { tempDbFile } from '../testing/tempBackend';
import { startWebServer, type WebServer, type WebServerOptions } from './server';

let server: WebServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(extra: Partial<WebServerOptions> = {}) {
  const db = tempDbFile();
  const staticDir = path.join(path.dirname(db), 'ui');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>ui</title>');
  const backend = openBackend(db, { source: 'web', log: () => undefined, create: true });
  server = await startWebServer({ backend, staticDir, port: 0, ...extra });
  return server;
}

function request(
  port: number,
  options: {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  },
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers,
        // A fresh connection each time: a refused request may leave its connection closed.
        agent: false,
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

/** Sends a body a piece at a time, without Content-Length; resolves on the server's answer or hang-up. */
function trickle(
  port: number,
  token: string,
  pieces: number,
  pieceBytes: number,
): Promise<{ status: number; body: string } | 'closed'> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/call',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        agent: false,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        res.on('error', () => resolve('closed'));
      },
    );
    req.on('error', () => resolve('closed'));
    let sent = 0;
    const next = () => {
      if (sent === pieces) return; // never ends the body: the server must not wait forever
      sent += 1;
      req.write(' '.repeat(pieceBytes), () => setTimeout(next, 5));
    };
    next();
  });
}

describe('loopback server, hostile clients', () => {
  it('refuses cross-site and same-site (another localhost port) requests by Sec-Fetch-Site', async () => {
    const s = await start();
    for (const site of ['cross-site', 'same-site']) {
      const res = await request(
        s.port,
        call(s.token, { call: 'releases.list', input: {} }, { 'Sec-Fetch-Site': site }),
      );
      expect(res.status).toBe(403);
    }
    const own = await request(
      s.port,
      call(s.token, { call: 'releases.list', input: {} }, { 'Sec-Fetch-Site': 'same-origin' }),
    );
    expect(own.status).toBe(200);
    expect(
      (await request(s.port, { path: '/', headers: { 'Sec-Fetch-Site': 'none' } })).status,
    ).toBe(200);
  });

  it('refuses origins that only look like its own', async () => {
    const s = await start();
    for (const origin of [
      'null',
      `https://127.0.0.1:${s.port}`,
      `http://127.0.0.1:${s.port}.evil.example`,
    ]) {
      const res = await request(
        s.port,
        call(s.token, { call: 'releases.list', input: {} }, { Origin: origin }),
      );
      expect(res.status).toBe(403);
    }
  });

  it('takes calls as exactly application/json: not the types a cross-site form can send', async () => {
    const s = await start();
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonp',
      'application/json-seq',
    ]) {
      const res = await request(
        s.port,
        call(s.token, { call: 'releases.list', input: {} }, { 'Content-Type': type }),
      );
      expect(res.status, type).toBe(415);
    }
    const charset = await request(
      s.port,
      call(
        s.token,
        { call: 'releases.list', input: {} },
        { 'Content-Type': 'application/json; charset=utf-8' },
      ),
    );
    expect(charset.status).toBe(200);
  });

  it('allows only POST for calls and GET or HEAD for the UI; no CORS preflight succeeds', async () => {
    const s = await start();
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const res = await request(s.port, { ...call(s.token, {}), method });
      expect(res.status, method).toBe(405);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    }
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      expect((await request(s.port, { method, path: '/' })).status, method).toBe(405);
    }
    expect((await request(s.port, { method: 'HEAD', path: '/' })).status).toBe(200);
  });

  it('refuses a body over the limit streamed without Content-Length, reading no more of it', async () => {
    const s = await start({ maxBodyBytes: 1024 });
    const answer = await trickle(s.port, s.token, 100, 256);
    expect(answer).not.toBe('closed');
    expect(answer).toMatchObject({ status: 413 });
    // Still serving.
    const res = await request(s.port, call(s.token, { call: 'releases.list', input: {} }));
    expect(res.status).toBe(200);
  });

  it('cuts off a client that never finishes its request (slowloris)', async () => {
    const s = await start({ requestTimeoutMs: 300, headersTimeoutMs: 300 });
    // Small pieces, well under the size limit, for longer than the timeout.
    const answer = await trickle(s.port, s.token, 10_000, 1);
    expect(answer === 'closed' || answer.status === 408).toBe(true);
    const res = await request(s.port, call(s.token, { call: 'releases.list', input: {} }));
    expect(res.status).toBe(200);
  });

  it('refuses a body that is not UTF-8 at its byte offset, instead of storing U+FFFD', async () => {
    const s = await start();
    const good = JSON.stringify({ call: 'releases.create', input: { name: 'Zürich' } });
    const bad = Buffer.from(good, 'latin1'); // ü as the single byte 0xFC
    const res = await request(s.port, {
      method: 'POST',
      path: '/api/call',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.token}` },
      body: bad,
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: `Request body is not UTF-8 (byte ${bad.indexOf(0xfc)})`,
      },
    });
    const list = await request(s.port, call(s.token, { call: 'releases.list', input: {} }));
    expect(JSON.parse(list.body)).toEqual({ ok: true, value: [] });
  });

  it('survives a client that hangs up in the middle of a body', async () => {
    const s = await start();
    await new Promise<void>((resolve) => {
      const req = http.request({
        host: '127.0.0.1',
        port: s.port,
        method: 'POST',
        path: '/api/call',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${s.token}`,
          'Content-Length': '1000',
        },
      });
      req.on('error', () => resolve());
      req.write('{"call":', () => {
        req.destroy();
        resolve();
      });
    });
    const res = await request(s.port, call(s.token, { call: 'releases.list', input: {} }));
    expect(res.status).toBe(200);
  });
});
