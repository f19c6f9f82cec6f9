import type { ImportReport } from '../../../shared/contract/calls';
import { HOLIDAY_CHOICES, type HolidayChoice } from '../../../shared/exchange/settingsMerge';
import { callOrThrow } from '../../backend';
import { readInputFile } from '../../files/readInputFile';
import type { Command, Io } from '../io';
import { printProblems } from '../problems';
import { UsageError } from '../usage';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const HOLIDAY_EFFECT: Record<HolidayChoice, string> = {
  merge: 'merged: the file adds its days, yours stay',
  keep: 'kept yours',
  take: "took the file's: yours not in it go",
};

/** Each setting and holiday the file differs in, and what was done about it. */
function printSettings(differences: ImportReport['settingsDifferences'], io: Io): void {
  if (!differences) return;
  const { settings, holidays, settingsChoice, holidayChoice } = differences;
  if (settings.length > 0) {
    io.out(
      `  settings: ${plural(settings.length, 'differs', 'differ')} from yours (${settingsChoice === 'take' ? "took the file's" : "kept yours; --take-settings takes the file's"}):`,
    );
    for (const d of settings) io.out(`    ${d.label}: yours ${d.ours}, the file's ${d.theirs}`);
  }
  const { theirsOnly, oursOnly, renamed } = holidays;
  if (theirsOnly.length + oursOnly.length + renamed.length === 0) return;
  io.out(`  holidays (${HOLIDAY_EFFECT[holidayChoice]}; --holidays merge|keep|take):`);
  for (const h of theirsOnly) io.out(`    + ${h.date} ${h.name}  (only in the file)`);
  for (const h of oursOnly) io.out(`    - ${h.date} ${h.name}  (only yours)`);
  for (const h of renamed) io.out(`    ~ ${h.date} yours "${h.ours}", the file's "${h.theirs}"`);
}

export const importFile: Command = {
  usage:
    'import FILE [--preview] [--take-settings] [--holidays merge|keep|take] [--conflicts ours|theirs]',
  help: "merge a bundle (v1) or Xen's xsa.json into the database; all or nothing; --preview writes nothing. A bundle's settings are listed where they differ and kept unless --take-settings; its holidays are merged with yours unless --holidays keep|take; a record both sides changed since the last exchange keeps yours unless --conflicts theirs",
  options: {
    preview: { type: 'boolean' },
    'take-settings': { type: 'boolean' },
    holidays: { type: 'string' },
    conflicts: { type: 'string' },
  },
  // An import starts a new plan; a preview writes nothing, not even a new file.
  createsDatabase: (options) => options.preview !== true,
  run({ backend, io, args, options }) {
    const file = args[0];
    const preview = options.preview === true;
    if (!file) throw new UsageError('import needs a FILE');
    const holidays = (options.holidays ?? 'merge') as HolidayChoice;
    if (!HOLIDAY_CHOICES.includes(holidays))
      throw new UsageError(
        `--holidays must be merge, keep or take (got ${JSON.stringify(options.holidays)})`,
      );
    const conflicts = (options.conflicts ?? 'ours') as 'ours' | 'theirs';
    if (conflicts !== 'ours' && conflicts !== 'theirs')
      throw new UsageError(
        `--conflicts must be ours or theirs (got ${JSON.stringify(options.conflicts)})`,
      );
    const content = readInputFile(file);
    const report = callOrThrow(backend, 'exchange.import', {
      content,
      fileName: file,
      preview,
      settings: options['take-settings'] === true ? 'take' : 'keep',
      holidays,
      conflicts,
    });
    io.out(`${file}: ${report.format}`);
    io.out(
      `  added ${report.added.length}${report.added.length ? `: ${report.added.join(', ')}` : ''}`,
    );
    io.out(
      `  changed ${report.changed.length}${report.changed.length ? `: ${report.changed.join(', ')}` : ''}`,
    );
    io.out(`  unchanged ${report.unchanged}`);
    io.out(`  refused ${report.refused.length}`);
    if (report.conflicts.length > 0) {
      io.out(
        `  changed on both sides since the last exchange: ${plural(report.conflicts.length, 'record')} (${conflicts === 'ours' ? "kept yours; --conflicts theirs takes the file's" : "took the file's"}):`,
      );
      for (const c of report.conflicts) io.out(`    ${c.record}`);
    }
    printSettings(report.settingsDifferences, io);
    printProblems(io, file, report.refused);
    if (report.refused.length > 0) {
      io.err(`${file}: nothing was imported (import is all or nothing).`);
      return 2;
    }
    const changes = report.added.length + report.changed.length;
    if (!report.applied) io.out('  preview only: nothing written.');
    else io.out(changes === 0 ? '  nothing to change.' : '  written in one transaction.');
    return 0;
  },
};
