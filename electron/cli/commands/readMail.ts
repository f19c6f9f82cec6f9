import fs from 'node:fs';
import type { ParsedAdvisoryMail } from '../../../shared/advisories/parseAdvisoryMail';
import { rangeText, releasesInRanges } from '../../../shared/advisories/vulnerableVersions';
import type { CallInput } from '../../../shared/contract/calls';
import type { Advisory } from '../../../shared/domain/advisory';
import { isReleased, type Release } from '../../../shared/domain/release';
import { callOrThrow, type Backend } from '../../backend';
import type { Command, Io } from '../io';
import { UsageError } from '../usage';

// `planner read-mail`: the paste reader for mail clients that pipe a message
// ("| planner read-mail - --save"). It prints what it read; with --save it
// adds or updates the advisory, and refuses (exit 2) when the mail gives no
// lift: a lift is never guessed.

const utcText = (instant: string | null) =>
  instant === null ? '—' : `${instant.slice(0, 10)} ${instant.slice(11, 16)} UTC`;

function readInput(file: string, io: Io): string {
  if (file === '-') {
    if (!io.stdin) throw new UsageError('read-mail -: no standard input to read');
    return io.stdin();
  }
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

interface Reading {
  parsed: ParsedAdvisoryMail;
  /** Releases of the plan the mail names as vulnerable; null when it names none. */
  affects: string[] | null;
  unread: { field: string; reason: string }[];
}

function read(backend: Backend, text: string): Reading {
  const parsed = callOrThrow(backend, 'advisories.parsePaste', { text });
  const names = callOrThrow(backend, 'releases.list', {}).map((r) => r.name);
  const affects = parsed.vulnerable ? releasesInRanges(parsed.vulnerable.ranges, names) : null;
  return {
    parsed,
    affects,
    unread: parsed.missing.map(({ field, reason }) => ({ field, reason })),
  };
}

function printReading({ parsed, affects, unread }: Reading, io: Io): void {
  const version = parsed.version === null ? '' : `, version ${parsed.version}`;
  const status = parsed.status === null ? '' : ` (${parsed.status})`;
  io.out(`${parsed.key ?? 'No advisory key'}${version}${status}`);
  const rows: [string, string][] = [
    ['CVEs', parsed.cves.join(', ') || '—'],
    ['Title', parsed.title ?? '—'],
    [
      'Lift',
      parsed.publicAt === null
        ? 'not read'
        : `${utcText(parsed.publicAt)}${parsed.liftPhrase ? `  (from "${parsed.liftPhrase}")` : "  (the mail's Date: a public release)"}`,
    ],
    ['Pre-disclosure', utcText(parsed.predisclosureAt)],
    [
      'Affects',
      affects === null || parsed.vulnerable === null
        ? 'not read'
        : `${affects.join(', ') || 'no release in the plan'}  (the mail: ${parsed.vulnerable.ranges.map(rangeText).join(', ')})`,
    ],
    ['Notes', parsed.notes === null ? '—' : `${parsed.notes.split('\n').length} lines`],
  ];
  for (const [label, value] of rows) io.out(`  ${label.padEnd(15)} ${value}`);
  if (unread.length > 0) {
    io.out('Not read:');
    for (const { field, reason } of unread) io.out(`  ${field}: ${reason}`);
  }
}

function json({ parsed, affects, unread }: Reading): string {
  return JSON.stringify(
    {
      key: parsed.key,
      cves: parsed.cves,
      title: parsed.title,
      publicAt: parsed.publicAt,
      predisclosureAt: parsed.predisclosureAt,
      affects: affects ?? [],
      unread,
    },
    null,
    2,
  );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The changes the mail makes to an advisory already in the plan: what it
 * read, never a blank over what the team knows, never "embargoed" over a
 * status someone set (public, withdrawn).
 */
function changesFor(existing: Advisory, reading: Reading, publicAt: string) {
  const { parsed, affects } = reading;
  const changes: Partial<CallInput<'advisories.create'>> = {};
  if (parsed.title !== null && parsed.title !== existing.title) changes.title = parsed.title;
  if (parsed.cves.length > 0 && !same(parsed.cves, existing.cves)) changes.cves = parsed.cves;
  if (publicAt !== existing.publicAt) changes.publicAt = publicAt;
  if (parsed.predisclosureAt !== null && parsed.predisclosureAt !== existing.predisclosureAt)
    changes.predisclosureAt = parsed.predisclosureAt;
  if (parsed.status === 'public' && existing.status === 'embargoed') changes.status = 'public';
  if (
    affects !== null &&
    affects.length > 0 &&
    !same([...affects].sort(), [...existing.affects].sort())
  )
    changes.affects = affects;
  if (parsed.notes !== null && existing.notes.trim() === '') changes.notes = parsed.notes;
  return changes;
}

/** `say` prints what was saved: to stdout, or to stderr after --json so the JSON stays whole. */
function save(backend: Backend, reading: Reading, io: Io, say: (text: string) => void): number {
  const { parsed } = reading;
  if (parsed.key === null) {
    io.err('planner: nothing saved: the mail names no advisory key (XSA-NNN)');
    return 2;
  }
  if (parsed.publicAt === null) {
    const why = parsed.missing.find((m) => m.field === 'publicAt')?.reason ?? 'not read';
    io.err(
      `planner: nothing saved: no lift was read from the mail (${why}). A lift is never guessed: correct the mail, or enter the advisory in the app.`,
    );
    return 2;
  }
  const advisories = callOrThrow(backend, 'advisories.list', {});
  const existing = advisories.find((a) => a.key.toUpperCase() === parsed.key!.toUpperCase());
  if (existing) {
    const changes = changesFor(existing, reading, parsed.publicAt);
    const fields = Object.keys(changes);
    if (fields.length === 0) {
      say(`${existing.key} is already as the mail says: nothing to change.`);
      return 0;
    }
    const version = parsed.version === null ? '' : `, version ${parsed.version}`;
    callOrThrow(backend, 'advisories.update', {
      id: existing.id,
      revision: existing.revision,
      ...changes,
      ...(changes.publicAt ? { reason: `read from the advisory mail${version}` } : {}),
    });
    say(`Updated ${existing.key}: ${fields.join(', ')}.`);
    return 0;
  }
  const releases: Release[] = callOrThrow(backend, 'releases.list', {});
  // Nothing read about releases: as for any new advisory, every release not yet out.
  const affects = reading.affects ?? releases.filter((r) => !isReleased(r)).map((r) => r.name);
  const created = callOrThrow(backend, 'advisories.create', {
    key: parsed.key,
    title: parsed.title ?? '',
    cves: parsed.cves,
    status: parsed.status ?? 'embargoed',
    predisclosureAt: parsed.predisclosureAt,
    publicAt: parsed.publicAt,
    affects,
    notes: parsed.notes ?? '',
  });
  say(
    `Added ${created.key} (${created.status}), lifting ${utcText(created.publicAt)}, affecting ${created.affects.join(', ') || 'no release'}.`,
  );
  return 0;
}

export const readMail: Command = {
  usage: 'read-mail FILE|- [--json] [--save]',
  help: 'read an advisory mail (a file, or - for standard input, as a mail client pipes it) and print what it says; --json prints { key, cves, title, publicAt, predisclosureAt, affects, unread }; --save adds or updates the advisory, and refuses (exit 2) when no lift was read',
  options: { json: { type: 'boolean' }, save: { type: 'boolean' } },
  run({ backend, io, args, options }) {
    const file = args[0];
    if (!file) throw new UsageError('read-mail needs a FILE, or - to read standard input');
    if (args.length > 1) throw new UsageError(`read-mail takes one FILE (got ${args.length})`);
    const reading = read(backend, readInput(file, io));
    const asJson = options.json === true;
    if (asJson) io.out(json(reading));
    else printReading(reading, io);
    for (const warning of reading.parsed.warnings) io.err(`planner: note: ${warning}`);
    if (options.save !== true) return 0;
    return save(backend, reading, io, asJson ? io.err : io.out);
  },
};
