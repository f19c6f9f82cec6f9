import fs from 'node:fs';
import path from 'node:path';
import { PROFILES, PROFILE_DESCRIPTIONS, type Profile } from '../../shared/exchange/bundle';
import { effectiveStatus } from '../../shared/domain/advisory';
import { releaseDate } from '../../shared/domain/release';
import { callOrThrow, type Backend } from '../backend';
import { writeOwnerOnly } from '../files/writeOwnerOnly';
import { UsageError } from './usage';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  now(): Date;
}

export function listCommand(backend: Backend, io: Io): number {
  const plan = callOrThrow(backend, 'plan.get', {});
  io.out(`Releases (${plan.releases.length})`);
  for (const release of plan.releases) {
    io.out(
      `  ${release.name.padEnd(10)} ${release.status.padEnd(9)} release ${releaseDate(release) ?? '—'}`,
    );
    for (const m of release.milestones)
      io.out(
        `      ${m.kind.padEnd(17)} ${m.planned}${m.actual ? `  (actual ${m.actual})` : ''}${m.label ? `  ${m.label}` : ''}`,
      );
  }
  io.out(`Advisories (${plan.advisories.length})`);
  for (const advisory of plan.advisories) {
    // Keys and dates only: the terminal may be shared or logged.
    const status = effectiveStatus(advisory, io.now());
    io.out(
      `  ${advisory.key.padEnd(10)} ${status.padEnd(9)} lifts ${advisory.publicAt}  affects ${advisory.affects.join(', ') || '—'}`,
    );
  }
  return 0;
}

export function importCommand(
  backend: Backend,
  io: Io,
  file: string | undefined,
  preview: boolean,
): number {
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
}

export function exportCommand(
  backend: Backend,
  io: Io,
  what: string | undefined,
  profileText: string | undefined,
  out: string | undefined,
): number {
  if (what !== 'bundle')
    throw new UsageError(`export: unknown format ${JSON.stringify(what ?? '')} (expected: bundle)`);
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
}
