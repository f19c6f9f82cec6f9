import { isUtf8 } from 'node:buffer';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { stackWithoutMessage } from '../../shared/contract/dispatch';
import { firstInvalidUtf8 } from '../../shared/exchange/fileText';
import type { Backend } from '../backend';
import { CONTENT_SECURITY_POLICY } from '../security/csp';

export const MAX_BODY_BYTES = 70 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface WebServerOptions {
  backend: Backend;
  /** The built renderer (vite's output folder). */
  staticDir: string;
  port: number;
  token?: string;
  /** Largest request body accepted (default MAX_BODY_BYTES: a 64 MiB import and its JSON quoting). */
  maxBodyBytes?: number;
  /**
   * How long a client may take to send a whole request, and its headers: a
   * connection that trickles bytes (slowloris) is cut off, not kept forever.
   */
  requestTimeoutMs?: number;
  headersTimeoutMs?: number;
}

function send(res: http.ServerResponse, status: number, body: string, type: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  res.end(body);
}

function refuse(res: http.ServerResponse, status: number, code: string, message: string): void {
  send(res, status, JSON.stringify({ ok: false, error: { code, message } }), 'application/json');
}

/**
 * Refuses a request whose body is still arriving: stops reading it, answers,
 * and closes the connection once the answer is out (a client streaming an
 * endless body gets its 413 rather than a reset, and nothing more is read).
 */
function refuseAndClose(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  message: string,
): void {
  req.removeAllListeners('data');
  req.removeAllListeners('end');
  req.pause();
  res.setHeader('Connection', 'close');
  res.on('finish', () => req.socket.destroy());
  refuse(res, status, 'invalid_input', message);
}

/**
 * A URL path as a file name, or null when it cannot be one: a malformed
 * escape (%, %E0%A4%A, %c0) or a NUL, which no file name holds and which
 * makes the file system calls throw.
 */
function decodedPath(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  return decoded.includes('\0') ? null : decoded;
}

/**
 * Runs part of a request's handling so that nothing it throws reaches the
 * process: the client gets a 500 (or its connection is cut when the answer
 * had begun), and the log gets the stack without the message, which may
 * quote what was sent.
 */
function guarded(res: http.ServerResponse, work: () => void): void {
  try {
    work();
  } catch (error) {
    lastResort(res, error);
  }
}

function lastResort(res: http.ServerResponse, error: unknown): void {
  console.error(`loopback server: internal error: ${stackWithoutMessage(error)}`);
  try {
    if (res.headersSent) res.destroy();
    else refuse(res, 500, 'internal', 'Internal error; see the log.');
  } catch {
    res.destroy();
  }
}

function tokensMatch(sent: string, token: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * The browser-mode front door: the built UI and the handler table on
 * 127.0.0.1 only. A web page elsewhere in the user's browser must not be able
 * to reach it, hence the token, the Host check (DNS rebinding) and the Origin
 * check (cross-site requests).
 */
export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const requestTimeout = options.requestTimeoutMs ?? 120_000;
  const headersTimeout = Math.min(options.headersTimeoutMs ?? 20_000, requestTimeout);
  const root = path.resolve(options.staticDir);
  let allowedHosts: Set<string> = new Set();

  const serverOptions: http.ServerOptions = {
    requestTimeout,
    headersTimeout,
    // Node looks for timed-out requests only this often (30 s by default).
    connectionsCheckingInterval: Math.max(10, Math.min(5_000, headersTimeout / 2)),
  };
  const server = http.createServer(serverOptions, (req, res) => {
    // No request may end the process: whatever a handler throws becomes a 500.
    guarded(res, () => route(req, res));
  });

  function route(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      refuse(res, 421, 'unauthorized', 'Host is not this loopback server');
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      refuse(res, 403, 'unauthorized', 'Cross-origin requests are refused');
      return;
    }
    // Only the page itself ('same-origin') or the person typing the address
    // ('none'); 'same-site' is another port on localhost, not this app.
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      refuse(res, 403, 'unauthorized', 'Cross-site requests are refused');
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://loopback');
    } catch {
      refuse(res, 400, 'invalid_input', 'The request target is not a path');
      return;
    }
    if (url.pathname === '/api/call') {
      handleCall(req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      refuse(res, 405, 'invalid_input', 'Method not allowed');
      return;
    }
    serveStatic(url.pathname, res);
  }

  function handleCall(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (req.method !== 'POST') {
      refuse(res, 405, 'invalid_input', 'Calls are POST requests');
      return;
    }
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || !tokensMatch(auth.slice(7), token)) {
      refuse(
        res,
        401,
        'unauthorized',
        'Missing or wrong token: open the URL printed by npm run web',
      );
      req.resume();
      return;
    }
    // Exactly JSON: the types a cross-site form may send without asking
    // first (text/plain and the like) are refused, and so are look-alikes.
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (mediaType !== 'application/json') {
      refuse(res, 415, 'invalid_input', 'Calls are sent as application/json');
      req.resume();
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBody) {
      refuseAndClose(req, res, 413, `Request body over ${maxBody} bytes`);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) =>
      guarded(res, () => {
        size += chunk.length;
        if (size > maxBody) {
          refuseAndClose(req, res, 413, `Request body over ${maxBody} bytes`);
          return;
        }
        chunks.push(chunk);
      }),
    );
    req.on('end', () => guarded(res, () => answerCall(res, chunks)));
  }

  function answerCall(res: http.ServerResponse, chunks: Buffer[]): void {
    if (res.headersSent) return;
    const bytes = Buffer.concat(chunks);
    // Strictly UTF-8: a lenient decode would store U+FFFD where the bytes were.
    if (!isUtf8(bytes)) {
      const at = firstInvalidUtf8(bytes);
      refuse(res, 400, 'invalid_input', `Request body is not UTF-8 (byte ${at})`);
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(bytes.toString('utf8'));
    } catch {
      refuse(res, 400, 'invalid_input', 'Request body is not JSON');
      return;
    }
    const { call, input } = (typeof body === 'object' && body !== null ? body : {}) as {
      call?: unknown;
      input?: unknown;
    };
    // Asynchronous: a call that reads a calendar file does so in a worker,
    // and the server answers other requests meanwhile.
    options.backend.callAsync(call, input).then(
      (result) => guarded(res, () => send(res, 200, JSON.stringify(result), 'application/json')),
      (error: unknown) => lastResort(res, error),
    );
  }

  function serveStatic(pathname: string, res: http.ServerResponse): void {
    const relative = decodedPath(pathname === '/' ? '/index.html' : pathname);
    if (relative === null) {
      refuse(res, 400, 'invalid_input', 'The path is not a valid percent-encoded file name');
      return;
    }
    const file = path.resolve(root, `.${relative}`);
    if (!file.startsWith(root + path.sep)) {
      refuse(res, 404, 'not_found', 'Not found');
      return;
    }
    fs.readFile(file, (error, data) =>
      guarded(res, () => {
        if (error) {
          refuse(res, 404, 'not_found', 'Not found');
          return;
        }
        sendFile(res, file, data);
      }),
    );
  }

  function sendFile(res: http.ServerResponse, file: string, data: Buffer): void {
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    res.end(data);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      resolve({
        port,
        token,
        url: `http://127.0.0.1:${port}/#token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
