/** The least a change-log row must say for lifetimes to be told apart. */
export interface LoggedAction {
  action: 'create' | 'update' | 'delete';
  source: string;
}

/** Sources of the rows undo and redo write; every other source is a person's command. */
export const REPLAY_SOURCES: ReadonlySet<string> = new Set(['undo', 'redo']);

/**
 * Splits one id's change-log rows into the lives of the records that held it.
 * SQLite hands a deleted row's id to the next insert, so one id can name two
 * different advisories over time; a create made by a command starts a new
 * life, while a create by undo or redo (a restored row) continues the old one.
 */
export function lifetimes<T extends LoggedAction>(rows: readonly T[]): T[][] {
  const lives: T[][] = [];
  for (const row of rows) {
    const startsLife = row.action === 'create' && !REPLAY_SOURCES.has(row.source);
    if (startsLife || lives.length === 0) lives.push([row]);
    else lives[lives.length - 1].push(row);
  }
  return lives;
}
