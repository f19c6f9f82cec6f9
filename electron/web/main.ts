import fs from 'node:fs';
import path from 'node:path';
import { openBackend, type Backend } from '../backend';
import {
  defaultDataDir,
  ensureDataFolder,
  isChosenDbPath,
  mayCreateDb,
  resolveDbPath,
} from '../dbPath';
import { describeOpenFailure } from '../openFailure';
import { startWebServer } from './server';

const DEFAULT_PORT = 4780;

function portFrom(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  const flag = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  const text =
    flag >= 0
      ? argv[flag].startsWith('--port=')
        ? argv[flag].slice(7)
        : argv[flag + 1]
      : env.EMBARGO_PLANNER_PORT;
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: ${JSON.stringify(text)} is not a port number (0 picks a free one)`);
  return port;
}

/** `npm run web`: the same app in a browser, served on 127.0.0.1 only. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const staticDir = path.resolve(__dirname, '../../.vite/renderer/main_window');
  if (!fs.existsSync(path.join(staticDir, 'index.html')))
    throw new Error(`${staticDir} has no built UI: run "npm run web", which builds it first`);
  const file = resolveDbPath(argv, process.env, defaultDataDir(process.env));
  // The first start makes the database (and its folder) in the data folder;
  // a file named with --db must exist, unless --create asks for a new one.
  const create = mayCreateDb(argv, process.env);
  if (!isChosenDbPath(argv, process.env)) ensureDataFolder(path.dirname(file));
  let backend: Backend;
  try {
    backend = openBackend(file, { source: 'web', create });
  } catch (error) {
    // The same description the desktop app's "can't open database" screen shows.
    const failure = describeOpenFailure(error, file);
    console.error(`embargo-planner web: ${failure.title}\n${failure.message}`);
    if (failure.actions.includes('restore-backup'))
      console.error(`Backups: npm run planner -- backup list --db ${JSON.stringify(file)}`);
    if (failure.actions.includes('create-new'))
      console.error('To start a new, empty plan there: npm run web -- --db FILE --create');
    process.exit(2);
  }
  const server = await startWebServer({ backend, staticDir, port: portFrom(argv, process.env) });
  console.log(`Embargo Planner (browser mode)\n  database: ${file}\n  open: ${server.url}`);
  console.log("The token in the address is this run's password: do not share it.");
  const stop = () => {
    void server.close().then(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`embargo-planner web: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
