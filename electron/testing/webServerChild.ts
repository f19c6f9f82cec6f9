import fs from 'node:fs';
import path from 'node:path';
import { openBackend } from '../backend';
import { startWebServer } from '../web/server';

// The loopback server in a process of its own, for tests that must see
// whether a request can end the process: argv is the database file; the UI
// is a one-line page beside it. Prints "ready PORT TOKEN" once listening.

async function main(): Promise<void> {
  const file = process.argv[2];
  const staticDir = path.join(path.dirname(file), 'ui');
  fs.mkdirSync(staticDir, { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>ui</title>');
  const backend = openBackend(file, { source: 'web', log: () => undefined, create: true });
  const server = await startWebServer({ backend, staticDir, port: 0 });
  process.stdout.write(`ready ${server.port} ${server.token}\n`);
}

void main();
