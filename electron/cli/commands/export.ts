import path from 'node:path';
import { PROFILES, PROFILE_DESCRIPTIONS, type Profile } from '../../../shared/domain/profile';
import { callOrThrow, type Backend } from '../../backend';
import { PlannerError } from '../../../shared/errors/result';
import { describeWriteError, isFileSystemError } from '../../files/fileErrors';
import { writeOwnerOnly } from '../../files/writeOwnerOnly';
import type { Command } from '../io';
import { UsageError } from '../usage';

const FORMATS = ['ics', 'mail', 'bundle', 'svg', 'png'] as const;
type Format = (typeof FORMATS)[number];
const PICTURES: readonly Format[] = ['svg', 'png'];

function isFormat(value: string | undefined): value is Format {
  return FORMATS.includes(value as Format);
}

/** The exported text; `release` is checked against the format by the caller. */
function render(
  backend: Backend,
  format: Exclude<Format, 'svg' | 'png'>,
  profile: Profile,
  release: string | null,
) {
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

interface PictureOptions {
  presenting: boolean;
  from: string | null;
  to: string | null;
  width: number | undefined;
}

/** The --from, --to, --width and --presenting of a picture, checked. */
function pictureOptions(options: Record<string, string | boolean | undefined>): PictureOptions {
  const from = (options.from as string | undefined) ?? null;
  const to = (options.to as string | undefined) ?? null;
  const widthText = options.width as string | undefined;
  if (widthText !== undefined && !/^\d+$/.test(widthText))
    throw new UsageError(`--width: ${JSON.stringify(widthText)} is not a whole number of pixels`);
  return {
    presenting: options.presenting === true,
    from,
    to,
    width: widthText === undefined ? undefined : Number(widthText),
  };
}

export const exportPlan: Command = {
  usage:
    'export ics|mail|bundle|svg|png [--profile public|predisclosure|team] [--release NAME] [--out FILE]',
  help: 'a calendar (.ics, the plan or one release), the schedule mail of one release (--release), a bundle, or the timeline as a picture (svg, or png at twice --width into --out FILE; --from/--to YYYY-MM-DD, --width PX, --presenting hides embargoed titles); default profile: public',
  options: {
    profile: { type: 'string' },
    out: { type: 'string' },
    release: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    width: { type: 'string' },
    presenting: { type: 'boolean' },
  },
  run({ backend, io, args, options }) {
    const what = args[0];
    const profileText = options.profile as string | undefined;
    const out = options.out as string | undefined;
    const release = (options.release as string | undefined) ?? null;
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
    if (
      !PICTURES.includes(what) &&
      ['from', 'to', 'width', 'presenting'].some((o) => options[o] !== undefined)
    )
      throw new UsageError(
        `export ${what}: --from, --to, --width and --presenting are for svg and png`,
      );
    if (what === 'png' && !out)
      throw new UsageError('export png: say where to write it with --out FILE.png');
    let text: string | Uint8Array;
    if (what === 'svg' || what === 'png') {
      const picture = callOrThrow(backend, 'calendars.exportPicture', {
        profile,
        release,
        format: what,
        ...pictureOptions(options),
      });
      text = what === 'png' ? Buffer.from(picture.content, 'base64') : picture.content;
    } else text = render(backend, what, profile, release);
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
    } else if (typeof text === 'string') {
      // io.out ends the text with "\n": an .ics keeps its final CRLF, the others their LF.
      io.out(text.endsWith('\n') ? text.slice(0, -1) : text);
    }
    return 0;
  },
};
