import { app, dialog, type MessageBoxOptions, type OpenDialogOptions } from 'electron';
import path from 'node:path';
import { restoreChoices } from '../../shared/backups/choices';
import type { BackupInfo, BackupKind } from '../../shared/contract/backups';
import { describeOpenFailure, type OpenFailure, type OpenFailureAction } from '../openFailure';
import { listBackups } from '../store/backups/backupFolder';
import { restoreBackup } from '../store/backups/restoreBackup';
import { checkPlannerFile } from '../store/probeDatabase';

// The desktop's "can't open the database" box and what follows from it: a
// choice of backup, another file, a new database. The conversation
// (chooseWayOut) takes Electron's dialogs as a small interface, so it is
// tested with scripted answers; offerWaysOut hands it the real ones.

/** The three dialogs the conversation uses, as Electron's `dialog` has them. */
export interface Dialogs {
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
  showErrorBox(title: string, content: string): void;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface WaysOutContext {
  /** The app's own arguments (process.argv without the executable). */
  argv: readonly string[];
  dialogs: Dialogs;
  log(message: string): void;
  /** Puts a backup in place of the file; throws why not. */
  restore(file: string, name: string): void;
  /** The backups as a restore offers them: restorable newest first, then damaged copies. */
  backups(file: string): BackupInfo[];
  /** Throws why `file` is not a planner database this planner can use; writes nothing. */
  check(file: string): void;
}

/** What to do once the person has chosen: start again (on other arguments) or stop. */
export type WayOut = { kind: 'relaunch'; args?: string[] } | { kind: 'quit' };

/** At most this many backups are offered as buttons; the newest good ones. */
export const MAX_BACKUP_CHOICES = 8;

const KIND_LABELS: Record<BackupKind, string> = {
  daily: 'daily backup',
  manual: 'backed up by hand',
  'pre-migration': 'before an upgrade',
  'pre-restore': 'before a restore',
};

export function backupLabel(backup: BackupInfo): string {
  const when = backup.createdAt.replace('T', ' ').replace(/:\d\d\.\d{3}Z$/, ' UTC');
  return `${when} · ${KIND_LABELS[backup.kind]}`;
}

function actionLabel(action: OpenFailureAction): string {
  switch (action) {
    case 'restore-backup':
      return 'Restore a backup…';
    case 'create-new':
      return 'Create a new, empty database here';
    case 'retry':
      return 'Retry';
    case 'open-other':
      return 'Open another file…';
    case 'quit':
      return 'Quit';
  }
}

/** The command line again, with `--db file` in place of any --db (and without --create). */
export function argsWithDb(args: readonly string[], file: string): string[] {
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--db') {
      i++;
      continue;
    }
    if (args[i].startsWith('--db=') || args[i] === '--create') continue;
    kept.push(args[i]);
  }
  return [...kept, '--db', file];
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Restorable backups not yet tried in this conversation, newest first. */
function offered(backups: readonly BackupInfo[], tried: ReadonlySet<string>): BackupInfo[] {
  return backups.filter((backup) => backup.restorable && !tried.has(backup.name));
}

/**
 * The choice of backup: the newest good ones as buttons, and Back. A backup
 * that cannot be restored says why, and the person chooses again; it is not
 * offered a second time. Null: back to the first box.
 */
async function chooseBackup(
  failure: OpenFailure,
  context: WaysOutContext,
  tried: Set<string>,
): Promise<WayOut | null> {
  const choices = offered(failure.backups, tried).slice(0, MAX_BACKUP_CHOICES);
  const damaged = failure.backups.filter((backup) => !backup.restorable).length;
  const kept =
    damaged === 0
      ? ''
      : `\n\n${damaged === 1 ? 'One copy' : `${damaged} copies`} of a damaged file ${damaged === 1 ? 'is' : 'are'} not offered: ${damaged === 1 ? 'it stays' : 'they stay'} in ${path.join(path.dirname(failure.file), 'backups')} for recovery by hand.`;
  const buttons = [...choices.map(backupLabel), 'Back'];
  const { response } = await context.dialogs.showMessageBox({
    type: 'question',
    title: 'Restore a backup',
    message: 'Which backup should replace the database?',
    detail: `The newest good backups come first. The file as it is now is saved as a backup before it is replaced.${kept}\n\nDatabase: ${failure.file}`,
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
    noLink: true,
  });
  const chosen = choices[response];
  if (chosen === undefined) return null;
  try {
    context.restore(failure.file, chosen.name);
  } catch (error) {
    const message = messageOf(error);
    context.log(`embargo-planner: ${message}`);
    tried.add(chosen.name);
    context.dialogs.showErrorBox('The backup was not restored', message);
    return null;
  }
  return { kind: 'relaunch' };
}

/** Another file, checked before the app starts on it: a file that is not a plan is refused here. */
async function chooseOtherFile(context: WaysOutContext): Promise<WayOut | null> {
  const chosen = await context.dialogs.showOpenDialog({
    title: 'Open a planner database',
    properties: ['openFile'],
    filters: [
      { name: 'Planner databases', extensions: ['sqlite3', 'sqlite', 'db'] },
      { name: 'All files', extensions: ['*'] },
    ],
  });
  const [file] = chosen.filePaths;
  if (chosen.canceled || file === undefined) return null;
  try {
    context.check(file);
  } catch (error) {
    const message = messageOf(error);
    context.log(`embargo-planner: ${message}`);
    context.dialogs.showErrorBox('This file cannot be opened', message);
    return null;
  }
  return { kind: 'relaunch', args: argsWithDb(context.argv, file) };
}

/**
 * The "can't open the database" box: says what is wrong with the file and
 * offers the ways out that fit, until one is taken. Nothing here writes to
 * the file; restoring a backup copies the current file aside first.
 */
export async function chooseWayOut(failure: OpenFailure, context: WaysOutContext): Promise<WayOut> {
  const tried = new Set<string>();
  let current = failure;
  for (;;) {
    const actions = current.actions.filter(
      (action) => action !== 'restore-backup' || offered(current.backups, tried).length > 0,
    );
    const buttons = actions.map(actionLabel);
    const quit = actions.indexOf('quit');
    const { response } = await context.dialogs.showMessageBox({
      type: 'error',
      title: 'Embargo Planner cannot start',
      message: current.title,
      detail: `${current.message}\n\nDatabase: ${current.file}`,
      buttons,
      defaultId: 0,
      cancelId: quit >= 0 ? quit : buttons.length - 1,
      noLink: true,
    });
    const action = actions[response] ?? 'quit';
    let way: WayOut | null = null;
    switch (action) {
      case 'restore-backup':
        way = await chooseBackup(current, context, tried);
        // A failed restore may have saved the file aside: list the backups again.
        current = { ...current, backups: context.backups(current.file) };
        break;
      case 'create-new':
        way = { kind: 'relaunch', args: [...argsWithDb(context.argv, current.file), '--create'] };
        break;
      case 'retry':
        way = { kind: 'relaunch' };
        break;
      case 'open-other':
        way = await chooseOtherFile(context);
        break;
      case 'quit':
        way = { kind: 'quit' };
        break;
    }
    if (way !== null) return way;
  }
}

/** How long checking another chosen file waits for a lock. */
const CHECK_TIMEOUT_MS = 2000;

const electronDialogs: Dialogs = {
  showMessageBox: (options) => dialog.showMessageBox(options),
  showErrorBox: (title, content) => dialog.showErrorBox(title, content),
  showOpenDialog: (options) => dialog.showOpenDialog(options),
};

/**
 * A database that openBackend refused without writing to it: says why in
 * Electron's dialogs, offers the ways out, then relaunches the app or quits.
 * Rejects with `error` itself when the failure cannot even be described.
 */
export async function offerWaysOut(error: unknown, file: string): Promise<void> {
  let failure: OpenFailure;
  try {
    failure = describeOpenFailure(error, file);
  } catch {
    throw error;
  }
  console.error(`embargo-planner: ${failure.title}: ${failure.message}`);
  const way = await chooseWayOut(failure, {
    argv: process.argv.slice(1),
    dialogs: electronDialogs,
    log: (message) => console.error(message),
    restore: (target, name) => void restoreBackup(target, name),
    backups: (target) => restoreChoices(listBackups(target)),
    check: (target) => checkPlannerFile(target, CHECK_TIMEOUT_MS),
  });
  if (way.kind === 'quit') {
    app.exit(1);
    return;
  }
  app.relaunch(way.args ? { args: way.args } : undefined);
  app.exit(0);
}
