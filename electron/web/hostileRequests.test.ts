import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secondlyCalendar } from '../../shared/testing/hostileCalendars';
import { tempDbFile } from '../testing/tempBackend';

// Requests that once ended the browser-mode server: each is sent, raw, to a
// server in a process of its own, which must answer and stay up.

const REPO = path.resolve(__dirname, '../..');

let child: ChildProcess;
let port = 0;
let token = '';
let output = '';

beforeAll(async () => {
  child = spawn(
    process.execPath,
    [
      path.join(REPO, 'node_modules/tsx/dist/cli.mjs'),
      'electron/testing/webServerChild.ts',
      tempDbFile(),
    ],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready (\d+) (\S+)/.exec(output);
      if (match) {
        port = Number(match[1]);
        token = match[2];
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
});

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGTERM');
});

/** Sends bytes as they are (no client library to tidy them) and returns the status line. */
function raw(request: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', () => resolve(answer.split('\r\n')[0] || 'connection error'));
    socket.on('close', () => resolve(answer.split('\r\n')[0] || 'closed without an answer'));
    socket.setTimeout(5000, () => socket.destroy());
    socket.write(request);
  });
}

/** A whole call request, as the UI sends it. */
function callBody(call: string, input: unknown): string {
  const body = Buffer.from(JSON.stringify({ call, input }));
  return (
    `POST /api/call HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\n` +
    `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.toString()}`
  );
}

const get = (target: string) =>
  raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);

describe('the loopback server survives hostile requests', () => {
  it.each([
    ['an overlong UTF-8 escape', '/%c0'],
    ['a lone percent sign', '/%'],
    ['a cut-off escape', '/%E0%A4%A'],
    ['an escaped NUL', '/index.html%00'],
    ['an escaped NUL in a folder', '/%00/x'],
    ['a lone surrogate', '/%ED%A0%80'],
  ])('answers %s (%s) with 400 and keeps serving', async (_what, target) => {
    expect(await get(target)).toBe('HTTP/1.1 400 Bad Request');
    expect(child.exitCode).toBeNull();
    expect(await get('/')).toBe('HTTP/1.1 200 OK');
  });

  it('answers a request target that is not a URL without ending', async () => {
    expect(await get('http://[/')).toMatch(/^HTTP\/1\.1 4\d\d /);
    expect(child.exitCode).toBeNull();
    expect(await get('/')).toBe('HTTP/1.1 200 OK');
  });

  it('answers other calls while a costly calendar file is read', async () => {
    // Under 1 KB of FREQ=SECONDLY rules: it held the server for many seconds.
    const heavy = callBody('calendars.importReference', {
      content: secondlyCalendar(820),
      fileName: 'tiny.ics',
    });
    const light = callBody('releases.list', {});
    const started = performance.now();
    const order: string[] = [];
    const heavyAnswer = raw(heavy).then((status) => {
      order.push('calendar');
      return status;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const lightStatus = await raw(light);
    order.push('list');
    const lightMs = performance.now() - started;
    expect(lightStatus).toBe('HTTP/1.1 200 OK');
    expect(await heavyAnswer).toBe('HTTP/1.1 200 OK'); // a typed refusal, in a 200
    expect(order).toEqual(['list', 'calendar']);
    expect(lightMs).toBeLessThan(1000);
    expect(child.exitCode).toBeNull();
  });

  it('still answers calls afterwards', async () => {
    const status = await raw(callBody('releases.list', {}));
    expect(status).toBe('HTTP/1.1 200 OK');
    expect(child.exitCode).toBeNull();
  });
});
