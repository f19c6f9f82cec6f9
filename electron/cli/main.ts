import { parseArgs } from 'node:util';
import { PlannerError } from '../../shared/contract/result';
import { openBackend, type Backend } from '../backend';
import { defaultDataDir, resolveDbPath } from '../dbPath';
import { exportCommand, importCommand, listCommand, type Io } from './commands';
import { USAGE, UsageError } from './usage';

/** Runs one command; returns the exit status. Separate from process handling so tests can call it. */
export function runCli(argv: string[], env: NodeJS.ProcessEnv, io: Io): number {
  let backend: Backend | null = null;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        profile: { type: 'string' },
        out: { type: 'string' },
        preview: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.out(USAGE);
      return command === undefined && !values.help ? 2 : 0;
    }
    if (!['list', 'import', 'export'].includes(command))
      throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    const file = resolveDbPath(values.db ? ['--db', values.db] : [], env, defaultDataDir(env));
    backend = openBackend(file, { source: 'cli', now: io.now, log: io.err });
    switch (command) {
      case 'list':
        return listCommand(backend, io);
      case 'import':
        return importCommand(backend, io, rest[0], values.preview);
      default:
        return exportCommand(backend, io, rest[0], values.profile, values.out);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`planner: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof PlannerError) {
      io.err(`planner: ${error.message}`);
      return error.code === 'internal' ? 1 : 2;
    }
    if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`planner: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  } finally {
    backend?.close();
  }
}

if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2), process.env, {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    now: () => new Date(),
  });
}
