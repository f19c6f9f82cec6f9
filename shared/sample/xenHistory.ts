import type { IsoDate } from '../domain/dates';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../exchange/bundle';
import type { BundleJson } from '../exchange/bundle';
import { dayNumber, isoDateOf, weekdayOf } from '../planning/days';
import { compareKeys } from '../planning/format';

// Xen's public record (releases 4.6–4.16, XSA-1..404 to mid-2022) as the
// shared data holds it: two CSV files. Read here into records, and turned
// into a bundle that the app offers as a sample and the replay tests run on.
// The same readers take any later record in the same format.

export interface XenReleaseRecord {
  version: string;
  /** The plan as announced: an exact date, a cadence ("early Jun 2018"), or empty. */
  announced: string;
  /** The announced plan read as a day (see {@link plannedFromAnnouncement}); null when none. */
  planned: IsoDate | null;
  actual: IsoDate;
  rc1: IsoDate | null;
  lastRc: { label: string; date: IsoDate } | null;
  branch: IsoDate | null;
  reopened: IsoDate | null;
}

export interface XenAdvisoryRecord {
  key: string;
  lift: IsoDate;
  title: string;
  cves: string[];
  /** Allocated and never published: treated as withdrawn. */
  unused: boolean;
}

/** RFC 4180 rows: quoted fields may hold commas and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

/** Rows as objects by the header's column names. */
function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TUESDAY = 2;

function firstTuesdayFrom(day: number): number {
  return day + ((TUESDAY - weekdayOf(day) + 7) % 7);
}

/**
 * An announced plan as a day. Where only the cadence was announced, the
 * replay needs a day, and picks the one a release manager following the
 * cadence would have written down, a Tuesday (the first preferred release
 * weekday): "early Jun 2018" (or "beginning of June 2018", or just "June
 * 2018") is the first Tuesday of the month, "mid Nov 2023" the first on or
 * after the 15th, "late Jul 2024" (or "end of") the last of the month, and
 * "week of 2021-03-12" the Tuesday of that Monday-to-Sunday week. A date
 * alone ("2019-03-07", "2019-03-07 (tentative)") is itself; anything else,
 * null. Later records in the same format read the same way.
 */
export function plannedFromAnnouncement(text: string): IsoDate | null {
  const week = /week of (\d{4}-\d{2}-\d{2})/i.exec(text);
  if (week && Number.isFinite(dayNumber(week[1]))) {
    const day = dayNumber(week[1]);
    const monday = day - ((weekdayOf(day) + 6) % 7);
    return isoDateOf(monday + 1);
  }
  const exact = /(?:^|[^\d-])(\d{4}-\d{2}-\d{2})(?![\d-])/.exec(` ${text}`);
  if (exact && Number.isFinite(dayNumber(exact[1]))) return exact[1];
  const named =
    /(?:(early|beginning of|start of|mid|middle of|late|end of)\s+)?([a-z]{3})[a-z]*\.?\s+(\d{4})/i.exec(
      text,
    );
  if (!named) return null;
  const month = MONTHS.indexOf(named[2].toLowerCase());
  if (month < 0) return null;
  const monthStart = dayNumber(`${named[3]}-${String(month + 1).padStart(2, '0')}-01`);
  const part = (named[1] ?? '').toLowerCase();
  if (part === 'mid' || part === 'middle of') return isoDateOf(firstTuesdayFrom(monthStart + 14));
  if (part === 'late' || part === 'end of') {
    const nextMonth = dayNumber(
      month === 11
        ? `${Number(named[3]) + 1}-01-01`
        : `${named[3]}-${String(month + 2).padStart(2, '0')}-01`,
    );
    return isoDateOf(firstTuesdayFrom(nextMonth - 7));
  }
  return isoDateOf(firstTuesdayFrom(monthStart));
}

const date = (text: string): IsoDate | null =>
  /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? text.trim() : null;

export function readXenReleases(csv: string): XenReleaseRecord[] {
  return records(csv)
    .map((r) => {
      const lastRc = /^(.*)=(\d{4}-\d{2}-\d{2})$/.exec(r.last_rc ?? '');
      return {
        version: r.version,
        announced: r.planned_release ?? '',
        planned: plannedFromAnnouncement(r.planned_release ?? ''),
        actual: date(r.actual_release ?? '') ?? '',
        rc1: date(r.rc1 ?? ''),
        lastRc: lastRc ? { label: lastRc[1], date: lastRc[2] } : null,
        branch: date(r.stable_branch_point ?? ''),
        reopened: date(r.master_reopened ?? ''),
      };
    })
    .filter((r) => r.version !== '' && r.actual !== '')
    .sort((a, b) => compareKeys(a.version, b.version));
}

export function readXenAdvisories(csv: string): XenAdvisoryRecord[] {
  return records(csv)
    .filter((r) => /^\d+$/.test(r.xsa ?? '') && date(r.public_date_utc ?? '') !== null)
    .map((r) => {
      const title = (r.title ?? '').trim();
      return {
        key: `XSA-${r.xsa}`,
        lift: r.public_date_utc.trim(),
        title: title === '(unused XSA number)' ? '' : title,
        cves: (r.cves ?? '')
          .split(';')
          .map((c) => c.trim())
          .filter((c) => /^CVE-\d{4}-\d{4,}$/.test(c)),
        unused: title === '(unused XSA number)',
      };
    });
}

/**
 * The release an advisory's fix had to ship in: the first release out on or
 * after the day it lifted. Null for an advisory after the last release.
 */
export function releaseCarrying(
  lift: IsoDate,
  releases: readonly Pick<XenReleaseRecord, 'version' | 'actual'>[],
): string | null {
  return releases.find((r) => r.actual >= lift)?.version ?? null;
}

const LIFT_TIME = 'T12:00:00Z';

/**
 * The record as a bundle: each release with what is known of it (the
 * announced plan, kept as its baseline; RC1 and the last RC; the stable
 * branch point; master reopening; the release), every advisory public (or
 * withdrawn, for unused numbers) at Xen's usual 12:00 UTC, affecting the
 * release that carried its fix. Freeze dates are not in the record and are
 * not made up; neither are pre-disclosure dates. A release with no announced
 * plan is planned on the day it came out.
 */
export function xenHistoryBundle(
  releases: readonly XenReleaseRecord[],
  advisories: readonly XenAdvisoryRecord[],
  exportedAt: string,
): BundleJson {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt,
    profile: 'team',
    settings: { ...DEFAULT_SETTINGS },
    releases: releases.map((r) => {
      const planned = r.planned ?? r.actual;
      const milestones: BundleJson['releases'][number]['milestones'] = [];
      const done = (kind: 'rc' | 'custom', day: IsoDate | null, label: string) => {
        if (day) milestones.push({ kind, planned: day, actual: day, baseline: null, label });
      };
      done('rc', r.rc1, 'RC1');
      if (r.lastRc && r.lastRc.date !== r.rc1)
        done('rc', r.lastRc.date, r.lastRc.label.replace(/^.*-(rc\d+)$/i, '$1').toUpperCase());
      if (r.branch)
        milestones.push({
          kind: 'branch',
          planned: r.branch,
          actual: r.branch,
          baseline: null,
          label: `Branch stable-${r.version}`,
        });
      done('custom', r.reopened, 'Master reopened');
      milestones.push({
        kind: 'release',
        planned,
        actual: r.actual,
        baseline: planned,
        label: null,
      });
      // In the order they happened.
      const when = (m: { planned: string; actual: string | null }) => m.actual ?? m.planned;
      milestones.sort((a, b) => (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : 0));
      return { name: r.version, status: 'released' as const, milestones, blockers: [] };
    }),
    advisories: advisories.map((a) => {
      const carrier = releaseCarrying(a.lift, releases);
      return {
        key: a.key,
        title: a.title,
        cves: [...new Set(a.cves)],
        status: a.unused ? ('withdrawn' as const) : ('public' as const),
        predisclosureAt: null,
        publicAt: `${a.lift}${LIFT_TIME}`,
        affects: carrier ? [carrier] : [],
        followUps: [],
        notes: '',
      };
    }),
  };
}

/**
 * The records back from a history bundle (as {@link xenHistoryBundle} writes
 * it), for where the CSV files are not at hand: the replay in CI runs on the
 * committed sample.
 */
export interface HistoryBundleLike {
  releases: readonly {
    name: string;
    milestones: readonly {
      kind: string;
      planned: string;
      actual: string | null;
      baseline?: string | null;
      label: string | null;
    }[];
  }[];
  advisories: readonly {
    key: string;
    publicAt: string;
    title: string;
    cves: readonly string[];
    status: string;
  }[];
}

export function recordsFromBundle(bundle: HistoryBundleLike): {
  releases: XenReleaseRecord[];
  advisories: XenAdvisoryRecord[];
} {
  const releases = bundle.releases.map((r): XenReleaseRecord => {
    const release = r.milestones.find((m) => m.kind === 'release');
    const rcs = r.milestones.filter((m) => m.kind === 'rc');
    const last = rcs.length > 1 ? rcs[rcs.length - 1] : null;
    const planned = release?.baseline ?? release?.planned ?? null;
    const actual = release?.actual ?? '';
    return {
      version: r.name,
      announced: planned === actual ? '' : (planned ?? ''),
      planned: planned === actual ? null : planned,
      actual,
      rc1: rcs[0]?.actual ?? null,
      lastRc: last?.actual ? { label: last.label ?? 'RC', date: last.actual } : null,
      branch: r.milestones.find((m) => m.kind === 'branch')?.actual ?? null,
      reopened:
        r.milestones.find((m) => m.kind === 'custom' && m.label === 'Master reopened')?.actual ??
        null,
    };
  });
  const advisories = bundle.advisories.map((a): XenAdvisoryRecord => ({
    key: a.key,
    lift: a.publicAt.slice(0, 10),
    title: a.title,
    cves: [...a.cves],
    unused: a.status === 'withdrawn',
  }));
  return { releases, advisories };
}
