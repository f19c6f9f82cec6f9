import { advisoryKey } from '../../../shared/domain/advisory';
import { callOrThrow } from '../../backend';
import type { Command } from '../io';
import { UsageError } from '../usage';

const utcText = (instant: string) => `${instant.slice(0, 10)} ${instant.slice(11, 16)} UTC`;

export const publish: Command = {
  usage: 'publish KEY [--before-lift]',
  help: 'mark an embargoed advisory public, so shared exports may carry its details; nothing else does (unless the setting to publish at the lift time is on). --before-lift: its lift is still ahead, publish anyway',
  options: { 'before-lift': { type: 'boolean' } },
  run({ backend, io, args, options }) {
    const key = args[0];
    if (!key) throw new UsageError('publish needs the KEY of an advisory, e.g. XSA-263');
    if (args.length > 1) throw new UsageError(`publish takes one KEY (got ${args.length})`);
    if (!advisoryKey.safeParse(key).success)
      throw new UsageError(`${JSON.stringify(key)} is not an advisory key (e.g. XSA-263)`);
    const advisory = callOrThrow(backend, 'advisories.list', {}).find(
      (a) => a.key.toUpperCase() === key.toUpperCase(),
    );
    if (!advisory) {
      io.err(`planner: no advisory ${key} in the plan`);
      return 2;
    }
    if (advisory.status === 'public') {
      io.out(`${advisory.key} is already public.`);
      return 0;
    }
    const published = callOrThrow(backend, 'advisories.publish', {
      id: advisory.id,
      revision: advisory.revision,
      beforeLift: options['before-lift'] === true,
    });
    const early = Date.parse(published.publicAt) > io.now().getTime();
    io.out(
      `${published.key} is public${early ? `, before its lift (${utcText(published.publicAt)})` : ''}: shared exports may now carry its title and CVEs.`,
    );
    return 0;
  },
};
