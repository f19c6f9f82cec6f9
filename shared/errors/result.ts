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

/**
 * With code 'database': what is wrong with the file, a kind the UI can branch
 * on (a "can't open database" screen, a notice after a failed save) and the
 * command line can print. databaseFailure.ts says what each means.
 */
export const DATABASE_FAILURE_REASONS = [
  'corrupt',
  'newer',
  'locked',
  'readonly',
  'full',
  'unreadable',
  /** Another program's file (an SQLite file without the planner's id or tables). */
  'foreign',
  /** No file at that path: only an import or an explicit --create makes one. */
  'missing',
] as const;
export type DatabaseFailureReason = (typeof DATABASE_FAILURE_REASONS)[number];

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

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
