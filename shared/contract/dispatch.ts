import type { CallInputParsed, CallName, CallOutput } from './calls';
import { contract, isCallName } from './calls';
import {
  DatabaseError,
  reasonOfSqliteCode,
  runtimeFailureMessage,
} from '../errors/databaseFailure';
import { formatPath, parseUnknown } from '../errors/parse';
import { PlannerError, type Result } from '../errors/result';

export type Handlers = {
  [N in CallName]: (input: CallInputParsed<N>) => CallOutput<N>;
};

/**
 * Handlers that finish later, for the calls whose work must leave the
 * caller's event loop (reading a calendar file runs in a worker thread);
 * where a call has one, the asynchronous front doors use it.
 */
export type AsyncHandlers = {
  [N in CallName]?: (input: CallInputParsed<N>) => Promise<CallOutput<N>>;
};

/**
 * An error's name and stack frames without its message: the first line of a
 * stack repeats the message, which may quote embargoed data.
 */
export function stackWithoutMessage(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [error.name, ...frames].join('\n');
}

/** Turns anything a handler throws into a typed failure; logs only the unexpected. */
export function toFailure(error: unknown, log: (message: string) => void): Result<never> {
  if (error instanceof DatabaseError)
    return {
      ok: false,
      error: { code: 'database', message: error.message, reason: error.reason },
    };
  if (error instanceof PlannerError)
    return { ok: false, error: { code: error.code, message: error.message } };
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code.startsWith('SQLITE_')) {
    const reason = reasonOfSqliteCode(code);
    if (reason !== null)
      return {
        ok: false,
        error: { code: 'database', message: runtimeFailureMessage(reason, code), reason },
      };
    const message = error instanceof Error ? error.message : code;
    return {
      ok: false,
      error: { code: 'database', message: `Database error (${code}): ${message}` },
    };
  }
  log(`internal error: ${stackWithoutMessage(error)}`);
  return { ok: false, error: { code: 'internal', message: 'Internal error; see the log.' } };
}

function unknownCall(name: unknown): Result<never> {
  const shown = typeof name === 'string' ? name.slice(0, 80) : typeof name;
  return {
    ok: false,
    error: { code: 'unknown_call', message: `Unknown call ${JSON.stringify(shown)}` },
  };
}

export interface DispatchOptions {
  /**
   * Checks every answer against its call's output schema, and turns one that
   * does not match into an internal error: on in tests and development, so
   * that the client's trust in the contract's types is earned; off in the
   * shipped app, where it would only cost time.
   */
  checkOutputs?: boolean;
}

/**
 * An answer that breaks the contract is a bug of the backend: logged by the
 * fields it is wrong in (paths and zod's codes, never the values, which may
 * be embargoed), and returned as an internal error.
 */
function checkedOutput(
  name: CallName,
  value: unknown,
  log: (message: string) => void,
): Result<unknown> {
  const checked = contract[name].output.safeParse(value);
  if (checked.success) return { ok: true, value };
  const where = checked.error.issues
    .slice(0, 10)
    .map((issue) => `${formatPath(issue.path) || '(the answer)'} (${issue.code})`);
  log(`internal error: the answer to ${name} does not match the contract at ${where.join(', ')}`);
  return { ok: false, error: { code: 'internal', message: 'Internal error; see the log.' } };
}

/**
 * The one entry point every transport calls: validates the call name and its
 * input, runs the handler and returns a Result. Never throws.
 */
export function dispatch(
  handlers: Handlers,
  name: unknown,
  input: unknown,
  /** Where internal errors are written; the transport decides (stderr, a log file…). */
  log: (message: string) => void,
  options: DispatchOptions = {},
): Result<unknown> {
  if (!isCallName(name)) return unknownCall(name);
  let value: unknown;
  try {
    const parsed = parseUnknown(contract[name].input, input ?? {});
    const handler = handlers[name] as (input: unknown) => unknown;
    value = handler(parsed);
  } catch (error) {
    return toFailure(error, log);
  }
  return options.checkOutputs ? checkedOutput(name, value, log) : { ok: true, value };
}

/**
 * dispatch for a transport that can wait (IPC, the loopback server): a call
 * with an asynchronous handler is awaited, any other runs as dispatch runs
 * it. Never rejects.
 */
export async function dispatchAsync(
  handlers: Handlers,
  asyncHandlers: AsyncHandlers,
  name: unknown,
  input: unknown,
  log: (message: string) => void,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  if (!isCallName(name)) return unknownCall(name);
  const later = asyncHandlers[name] as ((input: unknown) => Promise<unknown>) | undefined;
  if (!later) return dispatch(handlers, name, input, log, options);
  let value: unknown;
  try {
    const parsed = parseUnknown(contract[name].input, input ?? {});
    value = await later(parsed);
  } catch (error) {
    return toFailure(error, log);
  }
  return options.checkOutputs ? checkedOutput(name, value, log) : { ok: true, value };
}
