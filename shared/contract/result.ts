import type { DatabaseFailureReason } from './databaseFailure';

/** Why a call failed; a client can branch on the code and show the message. */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_call',
  'not_found',
  'conflict',
  'duplicate',
  'unauthorized',
  'database',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface CallError {
  code: ErrorCode;
  message: string;
  /** With code 'database': what is wrong with the file (full disk, lock, damage...). */
  reason?: DatabaseFailureReason;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: CallError };

/** A failure a handler raises on purpose; the dispatcher turns it into a Result. */
export class PlannerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlannerError';
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
