import { parseArgs } from 'node:util';
import { stackWithoutMessage } from '../../shared/contract/dispatch';
import { PlannerError } from '../../shared/contract/result';
import { openBackend, type Backend } from '../backend';
import { defaultDataDir, resolveDbPath } from '../dbPath';
import { COMMANDS } from './commands';
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
  const opened: { backend?: Backend } = {};
  try {
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
      options: { db: { type: 'string' }, ...command.options },
    });
    const file = resolveDbPath(
      values.db ? ['--db', String(values.db)] : [],
      env,
      defaultDataDir(env),
    );
    return command.run({
      get backend() {
        opened.backend ??= openBackend(file, { source: 'cli', now: io.now, log: io.err });
        return opened.backend;
      },
      file,
      io,
      args: positionals.slice(1),
      options: values,
    });
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`planner: ${(error as Error).message}\n\n${help}`);
      return 2;
    }
    if (error instanceof PlannerError) {
      io.err(`planner: ${error.message}`);
      return error.code === 'internal' ? 1 : 2;
    }
    throw error;
  } finally {
    opened.backend?.close();
  }
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
    });
  } catch (error) {
    // A bug, not bad input: its stack without its message, which may quote data.
    err(
      `planner: internal error; please report it with this trace:\n${stackWithoutMessage(error)}`,
    );
    process.exitCode = 1;
  }
}
