import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { encodePng } from '../../../shared/chart/png';
import { rasterise } from '../../../shared/chart/raster';
import { sceneToSvg } from '../../../shared/chart/scene';
import { utcToday } from '../../../shared/domain/dates';
import { PROFILE_DESCRIPTIONS, PROFILES, type Profile } from '../../../shared/domain/profile';
import { cadenceChart } from '../../../shared/retrospective/cadenceChart';
import { keyLabelFor, retroCsv, retroJson } from '../../../shared/retrospective/exportRetro';
import { headlines } from '../../../shared/retrospective/headlines';
import { retrospective, type Retrospective } from '../../../shared/retrospective/retrospective';
import { callOrThrow } from '../../backend';
import { writeOwnerOnly } from '../../files/writeOwnerOnly';
import type { Command } from '../io';
import { UsageError } from '../usage';

const from = (basis: string | null) =>
  basis === 'rc1' ? ' (from RC1)' : basis === null ? ' (not recorded)' : '';

function textReport(retro: Retrospective): string {
  const lines = ['Retrospective: where the time went', ''];
  for (const line of headlines(retro)) lines.push(`- ${line}`);
  lines.push(
    '',
    [
      'Release'.padEnd(8),
      'Planned'.padEnd(11),
      'Released'.padEnd(11),
      'Late'.padStart(5),
      'Embargoes'.padStart(10),
      'Blockers'.padStart(9),
      'Unrecorded'.padStart(11),
      '  Stabilising',
      '      Master closed',
    ].join(' '),
  );
  for (const r of retro.releases) {
    lines.push(
      [
        r.name.padEnd(8),
        r.plannedRelease.padEnd(11),
        r.actualRelease.padEnd(11),
        String(r.daysLate).padStart(5),
        String(r.waitingOnEmbargoDays).padStart(10),
        String(r.otherBlockerDays).padStart(9),
        String(r.notRecordedDays).padStart(11),
        `${r.stabilisingDays ?? '–'} d${from(r.stabilisingFrom)}`.padStart(14),
        `${r.masterClosedDays ?? '–'} d${from(r.masterClosedFrom)}`.padStart(19),
      ].join(' '),
    );
  }
  lines.push(
    '',
    'Days are calendar days. Late days are put down to one cause each: other blockers when one was open,',
    'else waiting only on embargoes when a known embargo or follow-up had not yet lifted with the buffer',
    `after it (${retro.summary.bufferWorkingDays} working days, learned), else unrecorded.`,
  );
  return lines.join('\n');
}

export const retro: Command = {
  usage:
    'retro [--json] [--csv FILE] [--svg FILE] [--png FILE] [--profile public|predisclosure|team]',
  help: 'for every released release: planned against actual, days late by cause (embargoes, other blockers), the stabilising period and days master was closed; the cadence chart as SVG or PNG and the table as CSV (default profile: public)',
  options: {
    json: { type: 'boolean' },
    csv: { type: 'string' },
    svg: { type: 'string' },
    png: { type: 'string' },
    profile: { type: 'string' },
  },
  run({ backend, io, options }) {
    const profileText = options.profile as string | undefined;
    const profile = (profileText ?? 'public') as Profile;
    if (!PROFILES.includes(profile))
      throw new UsageError(
        `--profile: ${JSON.stringify(profileText)} is not one of ${PROFILES.join(', ')}`,
      );
    const plan = callOrThrow(backend, 'plan.get', {});
    const result = retrospective(plan.releases, plan.advisories, plan.settings, utcToday(io.now()));
    const files: [string, string | Uint8Array][] = [];
    if (options.csv)
      files.push([options.csv as string, retroCsv(result, plan.advisories, profile)]);
    if (options.svg || options.png) {
      const scene = cadenceChart(result, keyLabelFor(plan.advisories, profile));
      if (options.svg) files.push([options.svg as string, sceneToSvg(scene)]);
      if (options.png)
        files.push([
          options.png as string,
          encodePng(rasterise(scene, 2), (data) => new Uint8Array(deflateSync(data))),
        ]);
    }
    // Said before anything is written, on stderr so that it never ends up in a file.
    if (files.length > 0 && profile !== 'public')
      io.err(`Profile ${PROFILE_DESCRIPTIONS[profile]}`);
    for (const [file, content] of files) {
      writeOwnerOnly(path.resolve(file), content);
      io.err(`Wrote ${file}`);
    }
    if (options.json === true)
      io.out(JSON.stringify(retroJson(result, plan.advisories, profile), null, 2));
    else if (files.length === 0) io.out(textReport(result));
    return 0;
  },
};
