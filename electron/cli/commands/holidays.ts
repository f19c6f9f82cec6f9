import fs from 'node:fs';
import { callOrThrow } from '../../backend';
import type { Command } from '../io';
import { UsageError } from '../usage';

export const holidays: Command = {
  usage: 'holidays FILE.ics [--preview]',
  help: "add the all-day events of an .ics file to the working-day calendar's holidays, named by their summaries; all or nothing; --preview writes nothing",
  options: { preview: { type: 'boolean' } },
  run({ backend, io, args, options }) {
    const file = args[0];
    if (!file) throw new UsageError('holidays needs an .ics FILE');
    let content: string;
    try {
      content = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(
        `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    const report = callOrThrow(backend, 'calendars.importHolidays', {
      content,
      fileName: file,
      preview: options.preview === true,
    });
    io.out(`${file}: holidays`);
    io.out(`  added ${report.added.length}`);
    for (const day of report.days.filter((d) => d.change !== 'none'))
      io.out(
        `    ${day.date}  ${day.name ?? '(no name)'}${day.change === 'name' ? '  (names a holiday you had)' : ''}`,
      );
    if (report.named > 0) io.out(`  named ${report.named}`);
    io.out(`  unchanged ${report.unchanged}`);
    io.out(`  skipped ${report.skipped.length}`);
    for (const skipped of report.skipped) io.err(`${file}: ${skipped.where}: ${skipped.reason}`);
    const changes = report.added.length + report.named;
    if (!report.applied) io.out('  preview only: nothing written.');
    else io.out(changes === 0 ? '  nothing to change.' : '  written.');
    return 0;
  },
};
