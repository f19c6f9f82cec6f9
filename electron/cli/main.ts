import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { stackWithoutMessage } from '../../shared/contract/dispatch';
import { PlannerError } from '../../shared/errors/result';
import { openBackend, type Backend } from '../backend';
import { defaultDataDir, resolveDbPath } from '../dbPath';
import { COMMANDS } from './commands';
import { settleStaged, stagingPathFor } from './stagedDatabase';
import type { Io } from './io';
import { escapeForTerminal } from './terminalText';
import { usage, UsageError } from './usage';

function isParseArgsError(error: unknown): boolean {
  return (
    error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
  );
}

/** Runs one command; returns the exit status. Separate from the process so tests can call it. */
export function runCli(argv: string[], env: NodeJS.ProcessEnv, io: Io): number {
  const help = usage(COMMANDS);
  // Filled by the context's backend getter, closed whatever happens.
  const opened: { backend?: Backend; staged?: { path: string; file: string } } = {};
  let status = 2;
  try {
    status = runCommand(argv, env, io, help, opened);
  } catch (error) {
    status = statusOf(error, io, help);
  } finally {
    opened.backend?.close();
    if (opened.staged) {
      const problem = settleStaged(opened.staged.path, opened.staged.file, status === 0);
      if (problem !== null) {
        io.err(`planner: ${problem}`);
        status = 2;
      }
    }
  }
  return status;
}

function runCommand(
  argv: string[],
  env: NodeJS.ProcessEnv,
  io: Io,
  help: string,
  opened: { backend?: Backend; staged?: { path: string; file: string } },
): number {
  const name = argv.find((arg) => !arg.startsWith('-'));
  if (argv.includes('--help') || argv.includes('-h') || name === 'help') {
    io.out(help);
    return 0;
  }
  if (name === undefined) throw new UsageError('no command given');
  const command = COMMANDS[name];
  if (!Object.prototype.hasOwnProperty.call(COMMANDS, name))
    throw new UsageError(`unknown command ${JSON.stringify(name)}`);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, create: { type: 'boolean' }, ...command.options },
  });
  const file = resolveDbPath(
    values.db ? ['--db', String(values.db)] : [],
    env,
    defaultDataDir(env),
  );
  // --create makes the file at once, as asked; an import builds a new one
  // aside and gives it its name only if the import succeeds.
  const staging =
    values.create !== true && command.createsDatabase?.(values) === true
      ? stagingPathFor(file)
      : null;
  if (staging !== null) opened.staged = { path: staging, file };
  const create = values.create === true || command.createsDatabase?.(values) === true;
  return command.run({
    get backend() {
      opened.backend ??= openBackend(staging ?? file, {
        source: 'cli',
        now: io.now,
        log: io.err,
        create,
      });
      return opened.backend;
    },
    file,
    io,
    args: positionals.slice(1),
    options: values,
  });
}

function statusOf(error: unknown, io: Io, help: string): number {
  if (error instanceof UsageError || isParseArgsError(error)) {
    io.err(`planner: ${(error as Error).message}\n\n${help}`);
    return 2;
  }
  if (error instanceof PlannerError) {
    io.err(`planner: ${error.message}`);
    return error.code === 'internal' ? 1 : 2;
  }
  throw error;
}

if (require.main === module) {
  // Everything printed goes through escapeForTerminal: a title, a file name
  // or an error may carry what a terminal would take as a command.
  const err = (text: string) => process.stderr.write(`${escapeForTerminal(text)}\n`);
  try {
    process.exitCode = runCli(process.argv.slice(2), process.env, {
      out: (text) => process.stdout.write(`${escapeForTerminal(text)}\n`),
      err,
      now: () => new Date(),
      stdin: () => fs.readFileSync(0, 'utf8'),
    });
  } catch (error) {
    // A bug, not bad input: its stack without its message, which may quote data.
    err(
      `planner: internal error; please report it with this trace:\n${stackWithoutMessage(error)}`,
    );
    process.exitCode = 1;
  }
}
