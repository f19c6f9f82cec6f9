import type { CallName } from '../shared/contract/calls';
import { dispatch, dispatchAsync } from '../shared/contract/dispatch';
import { PlannerError, type Result } from '../shared/errors/result';
import { readIcsInWorker } from './calendars/readIcsInWorker';
import { createAsyncHandlers, createHandlers } from './handlers';
import type { IcsReader } from './handlers/calendars';
import type { HandlerContext } from './handlers/context';
import { openDatabase } from './store/openDatabase';

export interface Backend {
  /** Any call from any transport; never throws. Reads calendar files in this thread. */
  call(name: unknown, input: unknown): Result<unknown>;
  /**
   * The same, for a long-running process whose event loop must stay free
   * (the desktop's main process, the loopback server): calendar files are
   * read in a worker thread, within a time limit. Never rejects.
   */
  callAsync(name: unknown, input: unknown): Promise<Result<unknown>>;
  readonly file: string;
  close(): void;
}

export interface BackendOptions {
  source: string;
  now?: () => Date;
  log?: (message: string) => void;
  /** How long a write waits for another process's lock (default 5 s). */
  busyTimeoutMs?: number;
  /** Whether a missing database file may be created (see OpenOptions.create). */
  create?: boolean;
  /** How callAsync reads .ics files (default: in a worker thread). */
  readCalendar?: IcsReader;
  /** Check every answer against the contract (default: checkOutputsByDefault). */
  checkOutputs?: boolean;
}

/**
 * Whether answers are checked against the contract's output schemas:
 * EMBARGO_PLANNER_CHECK_OUTPUTS=1 or 0 says so; otherwise on under Vitest and
 * with NODE_ENV=development, off in the app as people run it.
 */
export function checkOutputsByDefault(env: NodeJS.ProcessEnv): boolean {
  const chosen = env.EMBARGO_PLANNER_CHECK_OUTPUTS;
  if (chosen === '1' || chosen === '0') return chosen === '1';
  return env.VITEST !== undefined || env.NODE_ENV === 'development';
}

/**
 * Opens the database and wires the handler table to it. Throws a
 * DatabaseError (code 'database', with its reason) if the file is unusable;
 * describeOpenFailure turns that into what the "can't open" screen shows.
 */
export function openBackend(file: string, options: BackendOptions): Backend {
  const now = options.now ?? (() => new Date());
  const db = openDatabase(file, {
    now,
    log: options.log,
    busyTimeoutMs: options.busyTimeoutMs,
    create: options.create,
  });
  const ctx: HandlerContext = { db, now, source: options.source, file };
  const handlers = createHandlers(ctx);
  const asyncHandlers = createAsyncHandlers(
    ctx,
    options.readCalendar ??
      ((content, fileName, reading) => readIcsInWorker(content, fileName, reading)),
  );
  const log = options.log ?? console.error;
  const checks = { checkOutputs: options.checkOutputs ?? checkOutputsByDefault(process.env) };
  return {
    file,
    call: (name, input) => dispatch(handlers, name, input, log, checks),
    callAsync: (name, input) => dispatchAsync(handlers, asyncHandlers, name, input, log, checks),
    // A restore reopens the file: close whichever connection is current.
    close: () => ctx.db.close(),
  };
}

/** A typed call for Node callers (CLI, tests) that turns a failure back into an exception. */
export function callOrThrow<N extends CallName>(backend: Backend, name: N, input: unknown) {
  const result = backend.call(name, input);
  if (!result.ok) throw new PlannerError(result.error.code, result.error.message);
  return result.value as import('../shared/contract/calls').CallOutput<N>;
}
