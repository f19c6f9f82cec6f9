import type { CallName } from '../shared/contract/calls';
import { dispatch } from '../shared/contract/dispatch';
import { PlannerError, type Result } from '../shared/contract/result';
import { createHandlers } from './handlers';
import { openDatabase } from './store/openDatabase';

export interface Backend {
  /** Any call from any transport; never throws. */
  call(name: unknown, input: unknown): Result<unknown>;
  readonly file: string;
  close(): void;
}

export interface BackendOptions {
  source: string;
  now?: () => Date;
  log?: (message: string) => void;
}

/** Opens the database and wires the handler table to it. Throws PlannerError if the file is unusable. */
export function openBackend(file: string, options: BackendOptions): Backend {
  const db = openDatabase(file);
  const handlers = createHandlers({
    db,
    now: options.now ?? (() => new Date()),
    source: options.source,
  });
  return {
    file,
    call: (name, input) => dispatch(handlers, name, input, options.log),
    close: () => db.close(),
  };
}

/** A typed call for Node callers (CLI, tests) that turns a failure back into an exception. */
export function callOrThrow<N extends CallName>(backend: Backend, name: N, input: unknown) {
  const result = backend.call(name, input);
  if (!result.ok) throw new PlannerError(result.error.code, result.error.message);
  return result.value as import('../shared/contract/calls').CallOutput<N>;
}
