import type { BackupInfo } from '../../../shared/contract/backups';
import { restoreChoices } from '../../../shared/backups/choices';
import { callOrThrow } from '../../backend';
import { backupFolder, listBackups } from '../../store/backups/backupFolder';
import { restoreBackup } from '../../store/backups/restoreBackup';
import { openDatabase } from '../../store/openDatabase';
import type { Command, CommandContext } from '../io';
import { UsageError } from '../usage';

function line(backup: BackupInfo): string {
  const version = backup.schemaVersion === null ? 'v?' : `v${backup.schemaVersion}`;
  const size = `${Math.max(1, Math.round(backup.bytes / 1024))} KiB`;
  const damaged = backup.restorable ? '' : '  not restorable (a copy of a damaged file)';
  return `  ${backup.name}  ${backup.createdAt}  ${version}  ${backup.kind.padEnd(13)} ${size}${damaged}`;
}

// list and restore never open the database through the backend: they must
// work when it cannot be opened, which is when a backup is wanted most.
function listAll({ file, io }: CommandContext): number {
  const backups = listBackups(file);
  io.out(`Backups of ${file} in ${backupFolder(file)} (${backups.length}, newest first)`);
  for (const backup of backups) io.out(line(backup));
  return 0;
}

function restore({ file, io, args }: CommandContext): number {
  const name = args[1];
  if (!name) {
    const choices = restoreChoices(listBackups(file)).filter((backup) => backup.restorable);
    const offer = choices.length
      ? `; the restorable ones, newest first:\n${choices.map((backup) => `  ${backup.name}`).join('\n')}`
      : `; there is none in ${backupFolder(file)}`;
    throw new UsageError(`backup restore needs the NAME of a backup${offer}`);
  }
  const report = restoreBackup(file, name, { now: io.now });
  // Reopening migrates a backup from an older planner (backing it up first)
  // and proves the restored file opens before we say so.
  openDatabase(file, { now: io.now, log: io.err }).close();
  if (report.safetyBackup) io.out(`Saved the database as it was: ${report.safetyBackup.name}`);
  io.out(`Restored ${file} from ${report.restored.name}.`);
  return 0;
}

function create({ backend, io }: CommandContext): number {
  const backup = callOrThrow(backend, 'backups.create', {});
  io.out(`Backed up to ${backup.name}`);
  return 0;
}

export const backup: Command = {
  usage: 'backup list | backup create | backup restore NAME',
  help: 'list the backups kept beside the database (the newest 10), take one now, or put one back (the current file is saved first)',
  options: {},
  run(context) {
    const what = context.args[0];
    if (what === 'list') return listAll(context);
    if (what === 'restore') return restore(context);
    if (what === 'create') return create(context);
    throw new UsageError(
      `backup: unknown action ${JSON.stringify(what ?? '')} (expected list, create or restore NAME)`,
    );
  },
};
