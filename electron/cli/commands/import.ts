import fs from 'node:fs';
import { callOrThrow } from '../../backend';
import type { Command } from '../io';
import { UsageError } from '../usage';

export const importFile: Command = {
  usage: 'import FILE [--preview]',
  help: "merge a bundle (v1) or Xen's xsa.json into the database; all or nothing; --preview writes nothing",
  options: { preview: { type: 'boolean' } },
  // An import starts a new plan; a preview writes nothing, not even a new file.
  createsDatabase: (options) => options.preview !== true,
  run({ backend, io, args, options }) {
    const file = args[0];
    const preview = options.preview === true;
    if (!file) throw new UsageError('import needs a FILE');
    let content: string;
    try {
      content = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(
        `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
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
    for (const refused of report.refused) io.err(`${file}: ${refused.where}: ${refused.reason}`);
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
