import { callOrThrow } from '../../backend';
import { readInputFile } from '../../files/readInputFile';
import type { Command } from '../io';
import { printProblems } from '../problems';
import { UsageError } from '../usage';

export const importFile: Command = {
  usage: 'import FILE [--preview]',
  help: "merge a bundle (v1) or Xen's xsa.json into the database; all or nothing; --preview writes nothing",
  options: { preview: { type: 'boolean' } },
  run({ backend, io, args, options }) {
    const file = args[0];
    const preview = options.preview === true;
    if (!file) throw new UsageError('import needs a FILE');
    const content = readInputFile(file);
    const report = callOrThrow(backend, 'exchange.import', { content, fileName: file, preview });
    io.out(`${file}: ${report.format}`);
    io.out(
      `  added ${report.added.length}${report.added.length ? `: ${report.added.join(', ')}` : ''}`,
    );
    io.out(
      `  changed ${report.changed.length}${report.changed.length ? `: ${report.changed.join(', ')}` : ''}`,
    );
    io.out(`  unchanged ${report.unchanged}`);
    io.out(`  refused ${report.refused.length}`);
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
