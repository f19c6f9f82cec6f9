import path from 'node:path';
import { PROFILES, PROFILE_DESCRIPTIONS, type Profile } from '../../../shared/exchange/bundle';
import { callOrThrow, type Backend } from '../../backend';
import { PlannerError } from '../../../shared/contract/result';
import { describeWriteError, isFileSystemError } from '../../files/fileErrors';
import { writeOwnerOnly } from '../../files/writeOwnerOnly';
import type { Command } from '../io';
import { UsageError } from '../usage';

const FORMATS = ['ics', 'mail', 'bundle'] as const;
type Format = (typeof FORMATS)[number];

function isFormat(value: string | undefined): value is Format {
  return FORMATS.includes(value as Format);
}

/** The exported text; `release` is checked against the format by the caller. */
function render(backend: Backend, format: Format, profile: Profile, release: string | null) {
  switch (format) {
    case 'ics':
      // CRLF line ends are part of the format; kept as they are.
      return callOrThrow(backend, 'calendars.exportIcs', { profile, release }).content;
    case 'mail':
      return callOrThrow(backend, 'calendars.scheduleMail', { profile, release }).text;
    case 'bundle':
      return `${JSON.stringify(callOrThrow(backend, 'exchange.exportBundle', { profile }), null, 2)}\n`;
  }
}

export const exportPlan: Command = {
  usage:
    'export ics|mail|bundle [--profile public|predisclosure|team] [--release NAME] [--out FILE]',
  help: 'a calendar (.ics, the plan or one release), the schedule mail of one release (--release), or a bundle; default profile: public',
  options: { profile: { type: 'string' }, out: { type: 'string' }, release: { type: 'string' } },
  run({ backend, io, args, options }) {
    const what = args[0];
    const profileText = options.profile as string | undefined;
    const out = options.out as string | undefined;
    const release = (options.release as string | undefined) ?? null;
    if (what === 'svg')
      throw new UsageError(
        'export svg: not yet available (the timeline image comes with the timeline view)',
      );
    if (!isFormat(what))
      throw new UsageError(
        `export: unknown format ${JSON.stringify(what ?? '')} (expected: ${FORMATS.join(', ')})`,
      );
    const profile = (profileText ?? 'public') as Profile;
    if (!PROFILES.includes(profile))
      throw new UsageError(
        `--profile: ${JSON.stringify(profileText)} is not one of ${PROFILES.join(', ')}`,
      );
    if (what === 'mail' && release === null)
      throw new UsageError('export mail: say which release with --release NAME');
    if (what === 'bundle' && release !== null)
      throw new UsageError('export bundle: a bundle holds the whole plan; leave out --release');
    const text = render(backend, what, profile, release);
    // Said before anything is written, on stderr so that it never ends up in the file.
    if (profile !== 'public') io.err(`Profile ${PROFILE_DESCRIPTIONS[profile]}`);
    if (out) {
      const file = path.resolve(out);
      try {
        writeOwnerOnly(file, text);
      } catch (error) {
        if (!isFileSystemError(error)) throw error;
        throw new PlannerError('invalid_input', `--out ${out}: ${describeWriteError(file, error)}`);
      }
      io.err(`Wrote ${out}`);
    } else {
      // io.out ends the text with "\n": an .ics keeps its final CRLF, the others their LF.
      io.out(text.endsWith('\n') ? text.slice(0, -1) : text);
    }
    return 0;
  },
};
