import { milestonesByDate, releaseDate } from '../../../shared/domain/release';
import { callOrThrow } from '../../backend';
import type { Command } from '../io';

export const list: Command = {
  usage: 'list',
  help: 'releases with their dates, advisories with their lifts (keys only, no titles)',
  options: {},
  run({ backend, io }) {
    const plan = callOrThrow(backend, 'plan.get', {});
    io.out(`Releases (${plan.releases.length})`);
    for (const release of plan.releases) {
      io.out(
        `  ${release.name.padEnd(10)} ${release.status.padEnd(9)} release ${releaseDate(release) ?? '—'}`,
      );
      for (const m of milestonesByDate(release.milestones))
        io.out(
          `      ${m.kind.padEnd(17)} ${m.planned}${m.actual ? `  (actual ${m.actual})` : ''}${m.label ? `  ${m.label}` : ''}`,
        );
    }
    io.out(`Advisories (${plan.advisories.length})`);
    for (const advisory of plan.advisories) {
      // Keys and dates only: the terminal may be shared or logged.
      io.out(
        `  ${advisory.key.padEnd(10)} ${advisory.status.padEnd(9)} lifts ${advisory.publicAt}  affects ${advisory.affects.join(', ') || '—'}`,
      );
    }
    return 0;
  },
};
