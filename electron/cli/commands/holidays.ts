import { callOrThrow } from '../../backend';
import { readInputFile } from '../../files/readInputFile';
import type { Command } from '../io';
import { printProblems } from '../problems';
import { UsageError } from '../usage';

export const holidays: Command = {
  usage: 'holidays FILE.ics [--preview]',
  help: "add the all-day events of an .ics file to the working-day calendar's holidays, named by their summaries; all or nothing; --preview writes nothing",
  options: { preview: { type: 'boolean' } },
  run({ backend, io, args, options }) {
    const file = args[0];
    if (!file) throw new UsageError('holidays needs an .ics FILE');
    const content = readInputFile(file);
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
    printProblems(io, file, report.skipped);
    const changes = report.added.length + report.named;
    if (!report.applied) io.out('  preview only: nothing written.');
    else io.out(changes === 0 ? '  nothing to change.' : '  written.');
    return 0;
  },
};
