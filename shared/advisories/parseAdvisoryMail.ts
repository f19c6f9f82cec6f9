import { z } from 'zod';
import { cveId } from '../domain/advisory';
import { parseMailDate } from './mailDate';
import { readLifts } from './mailLift';
import { readVulnerableVersions } from './vulnerableVersions';
import { UNSAFE_TEXT } from '../domain/text';

// Reads what it can from the pasted text of a Xen Security Advisory mail, so
// the security team can enter an advisory by pasting it (or pipe it to
// `planner read-mail`). Everything it could not read is listed with the
// reason, for the form to ask for. A lift it cannot read stays unread: the
// form then asks for it rather than keep a default that would be a guess.

export const PASTE_FIELDS = [
  'key',
  'cves',
  'title',
  'version',
  'publicAt',
  'predisclosureAt',
  'sentAt',
  'affects',
  'notes',
] as const;

export const parsedAdvisoryMail = z.object({
  /** XSA-263. */
  key: z.string().nullable(),
  cves: z.array(z.string()),
  title: z.string().nullable(),
  /** The advisory's version (re-issues count up: "version 3"). */
  version: z.number().int().nullable(),
  /** When the embargo lifts (from the embargo line), or lifted (a public release's Date). */
  publicAt: z.string().nullable(),
  /** When the pre-disclosure list got it: the Date of a mail sent under embargo. */
  predisclosureAt: z.string().nullable(),
  /** The mail's Date header. */
  sentAt: z.string().nullable(),
  /** The lift the mail announces ("embargoed until …", "the embargo ends …"), as an instant. */
  embargoUntil: z.string().nullable(),
  /** The day of the lift when the mail gives the day but no time of day. */
  liftDay: z.string().nullable(),
  /** The words the lift was read from, to show with it. */
  liftPhrase: z.string().nullable(),
  /** What VULNERABLE SYSTEMS says is vulnerable, when it names versions. */
  vulnerable: z
    .object({
      sentences: z.array(z.string()),
      ranges: z.array(z.object({ from: z.string().nullable(), to: z.string().nullable() })),
    })
    .nullable(),
  /** ISSUE DESCRIPTION and IMPACT, for the advisory's notes. */
  notes: z.string().nullable(),
  /** The mail's UPDATES section says "Public release". */
  publicRelease: z.boolean(),
  /** What the mail says the advisory is; null when it says neither. */
  status: z.enum(['embargoed', 'public']).nullable(),
  missing: z.array(z.object({ field: z.enum(PASTE_FIELDS), reason: z.string() })),
  /** Things read with an assumption, or input that was cleaned. */
  warnings: z.array(z.string()),
});
export type ParsedAdvisoryMail = z.infer<typeof parsedAdvisoryMail>;
type MissingField = (typeof PASTE_FIELDS)[number];

/** Advisory mails are tens of kilobytes; anything past this is not the advisory. */
export const MAX_PASTE_CHARS = 1_000_000;
const MAX_TITLE = 300;
/** What an advisory's notes may hold (advisoryShape). */
const MAX_NOTES = 20_000;
const NOTE_SECTIONS = ['ISSUE DESCRIPTION', 'IMPACT'];

// What a text field would refuse: removed, and said so.
const CONTROL = UNSAFE_TEXT;
/** "> ", ">> ", "> > " in front of a quoted line, however deep. */
const QUOTE_PREFIX = /^[ \t]*(?:>[ \t]?)+/;
const BANNER = /^\s*Xen Security Advisory\b/i;
const XSA = /\bXSA-(\d{1,6})\b/gi;
const CVE = /\bCVE-\d{4}-\d{4,7}\b/gi;
const VERSION_LINE = /^\s*version\s+(\d{1,4})\s*$/i;
const UNDERLINE = /^\s*={3,}\s*$/;
interface Text {
  lines: string[];
  warnings: string[];
}

function clean(raw: string): Text {
  const warnings: string[] = [];
  let text = raw;
  if (text.length > MAX_PASTE_CHARS) {
    text = text.slice(0, MAX_PASTE_CHARS);
    warnings.push(`only the first ${MAX_PASTE_CHARS} characters were read`);
  }
  text = text.replace(/\r\n?/g, '\n');
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0) {
    text = text.replace(CONTROL, '');
    warnings.push(`removed ${controls} control character${controls === 1 ? '' : 's'}`);
  }
  const lines = text.split('\n').map((line) => line.replace(QUOTE_PREFIX, ''));
  return { lines, warnings };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The last header `name:` before line `before` (a reply's own headers come first), unfolded. */
function header(lines: string[], name: string, before: number): string | null {
  const prefix = new RegExp(`^${name}:\\s*`, 'i');
  let found: string | null = null;
  for (let i = 0; i < before; i++) {
    if (!prefix.test(lines[i])) continue;
    let value = lines[i].replace(prefix, '');
    // RFC 5322 folding: continuation lines start with white space.
    for (let j = i + 1; j < before && /^[ \t]+\S/.test(lines[j]) && j < i + 5; j++)
      value += ` ${lines[j].trim()}`;
    found = value;
  }
  return found;
}

interface Section {
  heading: string;
  body: string[];
}

/** Xen advisories are made of UPPER CASE headings underlined with "=". */
function sections(lines: string[], from: number): Section[] {
  const found: Section[] = [];
  for (let i = from; i < lines.length; i++) {
    if (i + 1 < lines.length && UNDERLINE.test(lines[i + 1]) && lines[i].trim() !== '') {
      found.push({ heading: squash(lines[i]), body: [] });
      i += 1;
    } else if (found.length > 0) {
      found[found.length - 1].body.push(lines[i]);
    }
  }
  return found;
}

/** "*** EMBARGOED UNTIL 2018-05-21 12:00 UTC ***" and the like, around the title. */
const isEmbargoMarker = (line: string) => /embargo/i.test(line) && /\*/.test(line);

const nextNonEmpty = (lines: string[], from: number, limit = 6): number => {
  for (let i = from; i < Math.min(lines.length, from + limit); i++)
    if (lines[i].trim() !== '') return i;
  return -1;
};

const unique = <T>(items: T[]) => [...new Set(items)];

/** A section's text without its surrounding blank lines or a trailing signature. */
function sectionText(section: Section): string {
  const body: string[] = [];
  for (const line of section.body) {
    if (/^-----BEGIN PGP /.test(line)) break;
    body.push(line.trimEnd());
  }
  while (body.length > 0 && body[0].trim() === '') body.shift();
  while (body.length > 0 && body[body.length - 1].trim() === '') body.pop();
  return body.join('\n');
}

/**
 * What a pasted Xen Security Advisory mail says: key, CVEs, title, version,
 * lift and pre-disclosure times, with `missing` listing (with a reason) each
 * field it could not read. Quoted mails ("> ", "> > ") are read the same.
 * Values it returns pass the advisory schema's checks.
 */
export function parseAdvisoryMail(raw: string): ParsedAdvisoryMail {
  const { lines, warnings } = clean(raw);
  const missing: { field: MissingField; reason: string }[] = [];
  const lack = (field: MissingField, reason: string) => missing.push({ field, reason });

  const bannerAt = lines.findIndex((line) => BANNER.test(line));
  const headersEnd = bannerAt < 0 ? lines.length : bannerAt;
  const subject = squash(header(lines, 'Subject', headersEnd) ?? '');
  const dateHeader = header(lines, 'Date', headersEnd);

  // The banner may wrap when it lists many CVEs: read on until it names the XSA.
  let banner = '';
  let bannerEnd = bannerAt;
  if (bannerAt >= 0) {
    for (let i = bannerAt; i < Math.min(lines.length, bannerAt + 3); i++) {
      banner += ` ${lines[i]}`;
      bannerEnd = i;
      if (/\bXSA-\d/i.test(lines[i])) break;
    }
  }

  // Key: from the banner, else the subject ("Xen Security Advisory 263 v3").
  const bannerKeys = unique([...banner.matchAll(XSA)].map((m) => `XSA-${Number(m[1])}`));
  const subjectNumber = /Xen Security Advisory\s+(\d{1,6})\b/i.exec(subject);
  const key = bannerKeys[0] ?? (subjectNumber ? `XSA-${Number(subjectNumber[1])}` : null);
  if (bannerKeys.length > 1)
    warnings.push(`the banner names ${bannerKeys.join(', ')}; read it as ${bannerKeys[0]}`);
  if (key === null)
    lack(
      'key',
      bannerAt < 0
        ? 'no "Xen Security Advisory … / XSA-NNN" banner and no advisory number in a Subject line'
        : 'the banner names no XSA-NNN',
    );

  // CVEs: banner and subject only; the body cites other advisories' CVEs too.
  const cveSource = banner || subject;
  const cves = unique([...cveSource.matchAll(CVE)].map((m) => m[0].toUpperCase())).filter(
    (id) => cveId.safeParse(id).success,
  );
  if (cves.length === 0)
    lack('cves', bannerAt < 0 ? 'no banner to read CVE ids from' : 'the banner names no CVE id');

  // Version: the line under the banner, else "v3" in the subject, else the UPDATES heading.
  const versionAt = bannerAt < 0 ? -1 : nextNonEmpty(lines, bannerEnd + 1, 4);
  const versionLine = versionAt < 0 ? null : VERSION_LINE.exec(lines[versionAt]);
  const allSections = sections(lines, bannerAt < 0 ? 0 : bannerEnd + 1);
  const updates = allSections.find((s) => /^UPDATES IN VERSION\s+\d+$/i.test(s.heading));
  const versionText =
    versionLine?.[1] ??
    /\bv(\d{1,4})\b/i.exec(subject)?.[1] ??
    (updates ? /(\d+)$/.exec(updates.heading)?.[1] : undefined);
  const version = versionText === undefined ? null : Number(versionText);
  if (version === null)
    lack('version', 'no "version N" line under the banner and none in the Subject');

  // Title: the centred lines after the version line, up to a blank line,
  // past any "*** EMBARGOED UNTIL … ***" marker; a section heading is no title.
  let title: string | null = null;
  let titleProblem = 'no title lines under the banner and none after " - " in the Subject';
  if (bannerAt >= 0) {
    let start = nextNonEmpty(lines, (versionLine ? versionAt : bannerEnd) + 1, 6);
    while (start >= 0 && isEmbargoMarker(lines[start])) start = nextNonEmpty(lines, start + 1, 6);
    const block: string[] = [];
    for (let i = start; i >= 0 && i < lines.length && lines[i].trim() !== ''; i++) {
      if (UNDERLINE.test(lines[i]) || block.length === 3) {
        block.length = 0; // a heading, or too long to be a title
        break;
      }
      block.push(lines[i]);
    }
    const text = squash(block.join(' '));
    if (text !== '') title = text;
  }
  if (title === null) {
    const fromSubject =
      /Xen Security Advisory\s+\d+(?:\s+v\d+)?(?:\s*\([^)]{0,2000}\))?\s+-\s+(.+)$/i.exec(subject);
    if (fromSubject) title = squash(fromSubject[1]);
  }
  if (title !== null && title.length > MAX_TITLE) {
    titleProblem = `the title is longer than ${MAX_TITLE} characters`;
    title = null;
  }
  if (title === null) lack('title', titleProblem);

  // Times.
  const sentAt = dateHeader === null ? null : parseMailDate(dateHeader);
  if (sentAt === null)
    lack(
      'sentAt',
      dateHeader === null
        ? 'no Date: header (paste the whole mail, headers included)'
        : `the Date header ${JSON.stringify(squash(dateHeader).slice(0, 60))} is not a date and time`,
    );
  const publicRelease =
    updates !== undefined && updates.body.some((line) => /\bpublic release\b/i.test(line));

  const lifts = readLifts(lines.join('\n'));
  const lift = lifts[0] ?? null;
  const embargoUntil = lift?.instant ?? null;
  const embargoProblem = lift?.problem ?? null;
  if (lift) {
    warnings.push(...lift.warnings);
    const others = unique(
      lifts.flatMap((l) => (l.instant !== null && l.instant !== embargoUntil ? [l.instant] : [])),
    );
    if (others.length > 0 && embargoUntil !== null)
      warnings.push(
        `the mail also names ${others.slice(0, 3).join(', ')}; read the lift from "${lift.phrase}"`,
      );
  }
  const publicAt = embargoUntil ?? (publicRelease && embargoProblem === null ? sentAt : null);
  if (publicAt === null)
    lack(
      'publicAt',
      embargoProblem ??
        (publicRelease
          ? 'a public release, but its Date header could not be read'
          : 'the mail says nowhere when the embargo ends ("embargoed until …", "the embargo ends …", "public release … at …")'),
    );
  const predisclosureAt =
    embargoUntil !== null && !publicRelease && sentAt !== null && sentAt <= embargoUntil
      ? sentAt
      : null;
  if (predisclosureAt === null)
    lack(
      'predisclosureAt',
      embargoUntil === null
        ? 'only a mail sent under embargo tells when the pre-disclosure list got it'
        : sentAt === null
          ? 'the mail is under embargo, but its Date header could not be read'
          : 'the mail was sent after its embargo date',
    );

  // Affected releases: the versions VULNERABLE SYSTEMS names.
  const vulnerableSection = allSections.find((s) => /^VULNERABLE SYSTEMS?$/i.test(s.heading));
  const vulnerable = vulnerableSection
    ? readVulnerableVersions(sectionText(vulnerableSection))
    : null;
  if (vulnerable === null)
    lack(
      'affects',
      vulnerableSection
        ? 'VULNERABLE SYSTEMS names no Xen versions'
        : 'no VULNERABLE SYSTEMS section to read versions from',
    );

  // Notes: what the issue is and what it allows, as the mail words them.
  const noteParts = NOTE_SECTIONS.flatMap((heading) => {
    const section = allSections.find((s) => s.heading.toUpperCase() === heading);
    const text = section ? sectionText(section) : '';
    return text === '' ? [] : [`${heading}\n${text}`];
  });
  let notes: string | null = noteParts.length === 0 ? null : noteParts.join('\n\n');
  if (notes !== null && notes.length > MAX_NOTES) {
    notes = `${notes.slice(0, MAX_NOTES - 20).trimEnd()}\n[… cut]`;
    warnings.push(`the notes were cut to ${MAX_NOTES} characters`);
  }
  if (notes === null) lack('notes', 'no ISSUE DESCRIPTION or IMPACT section');

  return {
    key,
    cves,
    title,
    version,
    publicAt,
    predisclosureAt,
    sentAt,
    embargoUntil,
    liftDay: embargoUntil === null ? (lift?.day ?? null) : null,
    liftPhrase: lift?.phrase ?? null,
    vulnerable,
    notes,
    publicRelease,
    status: embargoUntil !== null && !publicRelease ? 'embargoed' : publicRelease ? 'public' : null,
    missing,
    warnings,
  };
}
