import { z } from 'zod';
import { cveId } from '../domain/advisory';
import { isInstantInRange, normaliseInstant } from '../domain/dates';
import { describeIssues } from '../errors/parse';
import { quoted, text } from '../domain/text';
import { MAX_IMPORT_ADVISORIES } from './bundle';

const count = (n: number) => n.toLocaleString('en-US');

/** An advisory read from Xen's published list, ready to merge. */
export interface XsaEntry {
  index: number;
  key: string;
  title: string;
  cves: string[];
  publicAt: string;
}

export interface RefusedEntry {
  index: number;
  key: string | null;
  reason: string;
}

export interface XsaList {
  entries: XsaEntry[];
  refused: RefusedEntry[];
}

/** Xen's list is an array whose first element carries `xsas`. */
export function looksLikeXsaJson(data: unknown): boolean {
  return (
    Array.isArray(data) &&
    data.length > 0 &&
    typeof data[0] === 'object' &&
    data[0] !== null &&
    'xsas' in data[0]
  );
}

/**
 * `public_time` is published either as ISO 8601 or as `YYYY-MM-DD HH:MM`
 * meaning UTC; both must land on the same instant.
 */
export function parsePublicTime(value: string): string | null {
  const plain = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (plain) {
    const [, day, hours, minutes, seconds = '00'] = plain;
    return normaliseInstant(`${day}T${hours}:${minutes}:${seconds}Z`);
  }
  return normaliseInstant(value.trim());
}

const rawEntry = z.object({
  // Bounded like the string form: a number such as 1e12 is no advisory.
  xsa: z.union([
    z.number().int().positive().max(999_999),
    z.string().regex(/^(?!0+$)\d{1,6}$/, { message: 'must be an advisory number, 1 or more' }),
  ]),
  title: text(300).optional().default(''),
  cve: z
    // At most what an advisory may carry (advisories.create allows 100).
    .union([z.array(z.string()).max(100), z.string(), z.null()])
    .optional()
    .transform((value) => (value == null ? [] : typeof value === 'string' ? [value] : value)),
  public_time: z.string().max(64),
});

export function parseXsaJson(data: unknown): XsaList {
  if (!looksLikeXsaJson(data)) throw new Error('not an xsa.json list');
  const list = (data as { xsas: unknown }[])[0].xsas;
  if (!Array.isArray(list)) {
    return { entries: [], refused: [{ index: -1, key: null, reason: '[0].xsas: must be a list' }] };
  }
  // Counted before any entry is read: a million bad entries are one refusal, not a million.
  if (list.length > MAX_IMPORT_ADVISORIES) {
    const reason = `has ${count(list.length)} entries; at most ${count(MAX_IMPORT_ADVISORIES)} can be imported`;
    return { entries: [], refused: [{ index: -1, key: null, reason }] };
  }
  const entries: XsaEntry[] = [];
  const refused: RefusedEntry[] = [];
  const seen = new Set<string>();
  list.forEach((item: unknown, index) => {
    const parsed = rawEntry.safeParse(item);
    if (!parsed.success) {
      refused.push({ index, key: null, reason: describeIssues(parsed.error) });
      return;
    }
    const key = `XSA-${Number(parsed.data.xsa)}`;
    const publicAt = parsePublicTime(parsed.data.public_time);
    if (publicAt === null) {
      refused.push({
        index,
        key,
        reason: `public_time: ${quoted(parsed.data.public_time)} is not a date and time (want 2018-05-21T12:00:00Z or 2018-05-21 12:00)`,
      });
      return;
    }
    // The range a bundle holds to: what an import stores must export and import again.
    if (!isInstantInRange(publicAt)) {
      refused.push({
        index,
        key,
        reason: `public_time: ${quoted(parsed.data.public_time)} must be between 1970 and 2999`,
      });
      return;
    }
    const cves = parsed.data.cve.map((id) => id.trim()).filter((id) => id !== '');
    const badCve = cves.find((id) => !cveId.safeParse(id).success);
    if (badCve !== undefined) {
      refused.push({
        index,
        key,
        reason: `cve: ${quoted(badCve)} must look like CVE-2018-3639`,
      });
      return;
    }
    if (seen.has(key)) {
      refused.push({ index, key, reason: `xsa: ${key} appears twice` });
      return;
    }
    seen.add(key);
    entries.push({
      index,
      key,
      title: parsed.data.title.trim(),
      cves: [...new Set(cves)],
      publicAt,
    });
  });
  return { entries, refused };
}
