import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format } from 'date-fns';
import type { Advisory } from '../domain/advisory';
import {
  MILESTONE_LABELS,
  milestonesByDate,
  type Milestone,
  type MilestoneKind,
  type Release,
} from '../domain/release';
import { concernsRelease, type SharedAdvisory } from '../calendar/releaseScope';
import { PROFILE_DESCRIPTIONS, type Profile } from '../domain/profile';
import { redactAdvisory } from './exportBundle';

// The release schedule as Xen's release managers post it to the developers'
// list: plain text, milestones in date order, each with its date, whether it
// is done or still tentative, what it means and the gap to the next, and how
// far each date moved from the baseline. Embargo details appear only as the
// profile allows.

export interface ScheduleMail {
  subject: string;
  text: string;
}

export interface ScheduleMailInput {
  release: Release;
  advisories: readonly Advisory[];
  profile: Profile;
  now: Date;
}

const utc = (date: string) => new TZDate(`${date}T00:00:00Z`, 'UTC');
const instant = (value: string) => new TZDate(value, 'UTC');

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** "+5 weeks", "+1 week 2 days", "-3 days". */
export function slipText(days: number): string {
  const sign = days < 0 ? '-' : '+';
  const size = Math.abs(days);
  const weeks = Math.floor(size / 7);
  const rest = size % 7;
  const parts = [
    ...(weeks > 0 ? [plural(weeks, 'week')] : []),
    ...(rest > 0 || weeks === 0 ? [plural(rest, 'day')] : []),
  ];
  return `${sign}${parts.join(' ')}`;
}

/** What each milestone means, in a line or two, as release managers explain it under the date. */
const MEANING: Partial<Record<MilestoneKind, string>> = {
  'last-posting':
    'New features must be posted to the list by this date, though not necessarily in their final form.',
  'feature-freeze':
    'New features must be committed by this date; straightforward bug fixes may still go in.',
  'code-freeze': 'Bug fixes only, each approved by the release manager.',
  'hard-code-freeze': 'Fixes for serious bugs (regressions included) and low-risk fixes only.',
  branch: 'The stable branch is cut and master reopens for the next release.',
};

const WEEK = 7;

/** "3 weeks", "1 week 2 days", "4 days": the gap to the next milestone. */
function gapText(days: number): string {
  return slipText(days).slice(1);
}

/** A milestone not yet done whose date nobody committed to (no baseline, or labelled so). */
function isTentative(m: Milestone): boolean {
  return m.actual === null && (m.baseline === null || /tentative/i.test(m.label ?? ''));
}

function slipNote(m: Milestone): string {
  const current = m.actual ?? m.planned;
  if (m.baseline === null || m.baseline === current) return '';
  const sameYear = m.baseline.slice(0, 4) === current.slice(0, 4);
  const was = format(utc(m.baseline), sameYear ? 'EEE d MMM' : 'EEE d MMM yyyy');
  return `(was ${was}, ${slipText(differenceInCalendarDays(utc(current), utc(m.baseline)))})`;
}

interface Entry {
  /** Its day (the first, for a run of weekly RCs). */
  from: string;
  marker: string;
  name: string;
  slip: string;
  meaning: string[];
}

/**
 * Release candidates a week apart, as runs: the first of each run of two or
 * more stands for all of it (one line, as they are announced), the others
 * are left out.
 */
function weeklyRuns(sorted: readonly Milestone[]): Map<Milestone, Milestone[] | null> {
  const runs = new Map<Milestone, Milestone[] | null>();
  let run: Milestone[] = [];
  const close = () => {
    if (run.length > 1) {
      runs.set(run[0], run);
      for (const m of run.slice(1)) runs.set(m, null);
    }
    run = [];
  };
  for (const m of sorted.filter((x) => x.kind === 'rc')) {
    const previous = run[run.length - 1];
    const weekly =
      previous !== undefined &&
      differenceInCalendarDays(
        utc(m.actual ?? m.planned),
        utc(previous.actual ?? previous.planned),
      ) === WEEK;
    if (!weekly) close();
    run.push(m);
  }
  close();
  return runs;
}

function entries(release: Release): Entry[] {
  const sorted = milestonesByDate(release.milestones);
  const hasRcs = sorted.some((m) => m.kind === 'rc');
  // Where weekly release candidates start when none is planned by name.
  const rcsFrom =
    sorted.find((m) => m.kind === 'code-freeze') ??
    sorted.find((m) => m.kind === 'hard-code-freeze');
  const runs = weeklyRuns(sorted);
  return sorted.flatMap((m): Entry[] => {
    const run = runs.get(m);
    if (run === null) return [];
    if (run) {
      const last = run[run.length - 1];
      return [
        {
          from: m.actual ?? m.planned,
          marker: run.every((x) => x.actual !== null)
            ? 'done'
            : run.some(isTentative)
              ? TENTATIVE
              : '',
          name: `${m.label && last.label ? `${m.label} to ${last.label}` : 'Release candidates'}, weekly until ${dayText(last.actual ?? last.planned)}`,
          slip: '',
          meaning: [],
        },
      ];
    }
    const meaning = MEANING[m.kind] ? [MEANING[m.kind]!] : [];
    if (!hasRcs && m === rcsFrom)
      meaning.push('Release candidates weekly from here until the release.');
    return [
      {
        from: m.actual ?? m.planned,
        marker: m.actual !== null ? 'done' : isTentative(m) ? TENTATIVE : '',
        name: m.label ?? MILESTONE_LABELS[m.kind],
        slip: slipNote(m),
        meaning,
      },
    ];
  });
}

const TENTATIVE = '**tentative**';
const dayText = (date: string) => format(utc(date), 'EEE d MMM yyyy');
/** "Fri  1 May 2026": days line up under each other. */
const columnDay = (date: string) =>
  `${format(utc(date), 'EEE')} ${format(utc(date), 'd').padStart(2)} ${format(utc(date), 'MMM yyyy')}`;

/** Plain text wrapped at `width`, each line indented. */
function wrap(text: string, indent: string, width = 72): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(`${indent}${line}`);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(`${indent}${line}`);
  return lines;
}

/**
 * The schedule in date order as Xen's release managers post it: the date,
 * done or **tentative**, the milestone and how far it slipped; under it
 * what it means and how long until the next one.
 */
function milestoneLines(release: Release): string[] {
  const list = entries(release);
  const dates = list.map((e) => columnDay(e.from));
  const dateWidth = Math.max(...dates.map((d) => d.length));
  const markerWidth = Math.max(0, ...list.map((e) => e.marker.length));
  const lines: string[] = [];
  list.forEach((entry, index) => {
    const head = [dates[index].padEnd(dateWidth), entry.marker.padEnd(markerWidth), entry.name]
      .filter((_part, i) => i !== 1 || markerWidth > 0)
      .join('  ');
    lines.push(`  ${head}${entry.slip ? `  ${entry.slip}` : ''}`.trimEnd());
    for (const meaning of entry.meaning) lines.push(...wrap(meaning, '      '));
    const next = list[index + 1];
    if (next) {
      const gap = differenceInCalendarDays(utc(next.from), utc(entry.from));
      if (gap > 0) lines.push(`      (${gapText(gap)})`);
    }
  });
  return lines;
}

/** "The release is planned for …, 5 weeks later than first planned (…)." */
function slipSummary(release: Release): string[] {
  const m = release.milestones.find((x) => x.kind === 'release');
  if (!m) return [];
  const current = m.actual ?? m.planned;
  const when =
    m.actual !== null ? `came out ${dayText(current)}` : `is planned for ${dayText(current)}`;
  if (m.baseline === null || m.baseline === current)
    return [`${release.name} ${when}${m.baseline === null ? '' : ', as first planned'}.`, ''];
  const days = differenceInCalendarDays(utc(current), utc(m.baseline));
  const by = gapText(Math.abs(days));
  return [
    `${release.name} ${when}, ${by} ${days > 0 ? 'later' : 'earlier'} than first planned (${dayText(m.baseline)}).`,
    '',
  ];
}

/** Columns padded to their widest cell; the date column right-aligned so days line up. */
function table(rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) =>
    `  ${row
      .map((cell, column) =>
        rightAligned.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join('  ')}`.trimEnd(),
  );
}

function embargoLines(input: ScheduleMailInput): string[] {
  const { release, profile, now } = input;
  if (profile === 'public') return [];
  const shown = input.advisories
    .map((advisory) => redactAdvisory(advisory, profile, now))
    .filter(
      (a): a is SharedAdvisory =>
        a !== null && a.status === 'embargoed' && concernsRelease(a, release.name, profile),
    )
    .sort((a, b) => a.publicAt.localeCompare(b.publicAt) || a.key.localeCompare(b.key));
  if (shown.length === 0) return [];
  const heading =
    profile === 'team'
      ? `Embargoed advisories affecting ${release.name} (security team only):`
      : 'Embargoes lifting (key and lift only; for the pre-disclosure list, not for forwarding):';
  const rows = shown.map((a) => [
    a.key,
    format(instant(a.publicAt), 'EEE'),
    format(instant(a.publicAt), 'd MMM yyyy HH:mm'),
    'UTC',
    profile === 'team' ? [a.title, ...a.cves].filter((part) => part !== '').join(', ') : '',
  ]);
  const lines = ['', heading, '', ...table(rows, new Set([2]))];
  if (profile === 'team') {
    for (const a of shown)
      for (const f of a.followUps.filter((f) => f.status === 'pending'))
        lines.push(
          `  ${a.key} follow-up: ${f.summary}${f.expectedAt ? `, expected ${format(utc(f.expectedAt), 'EEE d MMM yyyy')}` : ''}`,
        );
  }
  return lines;
}

/** The schedule of one release as plain text, ready to paste into a mail. */
export function scheduleMail(input: ScheduleMailInput): ScheduleMail {
  const { release, profile } = input;
  const subject = `${release.name} release schedule`;
  const lines = [subject, ''];
  if (profile !== 'public') lines.push(PROFILE_DESCRIPTIONS[profile], '');
  if (release.milestones.length === 0) lines.push('  No milestones planned yet.');
  else lines.push(...slipSummary(release), ...milestoneLines(release));
  lines.push(...embargoLines(input));
  const tentative = release.milestones.some(isTentative);
  lines.push(
    '',
    `Dates are calendar days (UTC)${tentative ? `; ${TENTATIVE} dates are not committed yet and may move` : ''}.`,
  );
  return { subject, text: `${lines.join('\n')}\n` };
}
