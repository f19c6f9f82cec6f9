import type { Backend } from '../backend';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  now(): Date;
  /** All of standard input, for commands that read `-`; absent where there is none. */
  stdin?(): string;
}

/** What a command receives: the open backend, its arguments after the command's name, and parsed options. */
export interface CommandContext {
  /**
   * Opened on first use, so that a command that must work when the database
   * cannot be opened (backup list / restore) can do without it.
   */
  readonly backend: Backend;
  /** The database file (--db, $EMBARGO_PLANNER_DB or the default). */
  file: string;
  io: Io;
  args: string[];
  options: Record<string, string | boolean | undefined>;
}

export interface Command {
  /** One line for the usage text, e.g. "list". */
  usage: string;
  /** Further lines explaining it. */
  help: string;
  /** Options it takes: name → whether it takes a value. */
  options: Record<string, { type: 'string' | 'boolean' }>;
  /**
   * Whether this call may create a missing database file without --create
   * (only an import that writes does); every other call refuses it.
   */
  createsDatabase?(options: CommandContext['options']): boolean;
  run(context: CommandContext): number;
}
