import path from 'node:path';
import { PROFILES, PROFILE_DESCRIPTIONS, type Profile } from '../../../shared/exchange/bundle';
import { callOrThrow } from '../../backend';
import { writeOwnerOnly } from '../../files/writeOwnerOnly';
import type { Command } from '../io';
import { UsageError } from '../usage';

export const exportPlan: Command = {
  usage: 'export bundle [--profile public|predisclosure|team] [--out FILE]',
  help: 'the plan as a bundle (default profile: public)',
  options: { profile: { type: 'string' }, out: { type: 'string' } },
  run({ backend, io, args, options }) {
    const what = args[0];
    const profileText = options.profile as string | undefined;
    const out = options.out as string | undefined;
    if (what !== 'bundle')
      throw new UsageError(
        `export: unknown format ${JSON.stringify(what ?? '')} (expected: bundle)`,
      );
    const profile = (profileText ?? 'public') as Profile;
    if (!PROFILES.includes(profile))
      throw new UsageError(
        `--profile: ${JSON.stringify(profileText)} is not one of ${PROFILES.join(', ')}`,
      );
    const bundle = callOrThrow(backend, 'exchange.exportBundle', { profile });
    const text = `${JSON.stringify(bundle, null, 2)}\n`;
    if (profile !== 'public') io.err(`Profile ${PROFILE_DESCRIPTIONS[profile]}`);
    if (out) {
      writeOwnerOnly(path.resolve(out), text);
      io.err(`Wrote ${out}`);
    } else {
      io.out(text.trimEnd());
    }
    return 0;
  },
};
