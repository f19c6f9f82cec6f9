import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format } from 'date-fns';
import type { Advisory } from '../domain/advisory';
import { MILESTONE_LABELS, type Release } from '../domain/release';
import { concernsRelease, type SharedAdvisory } from '../calendar/releaseScope';
import { PROFILE_DESCRIPTIONS, type Profile } from './bundle';
import { redactAdvisory } from './exportBundle';

// The release schedule as release managers post it to a developers' list:
// plain text, one milestone a line, aligned columns, and how far each date
// moved from the baseline. Embargo details appear only as the profile allows.

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

function milestoneRows(release: Release): string[][] {
  return release.milestones.map((m) => {
    const current = m.actual ?? m.planned;
    const notes: string[] = [];
    if (m.baseline !== null && m.baseline !== current) {
      const sameYear = m.baseline.slice(0, 4) === current.slice(0, 4);
      const was = format(utc(m.baseline), sameYear ? 'EEE d MMM' : 'EEE d MMM yyyy');
      notes.push(
        `was ${was}, ${slipText(differenceInCalendarDays(utc(current), utc(m.baseline)))}`,
      );
    }
    if (m.actual !== null) notes.push('done');
    return [
      m.label ?? MILESTONE_LABELS[m.kind],
      format(utc(current), 'EEE'),
      format(utc(current), 'd MMM yyyy'),
      notes.length > 0 ? `(${notes.join('; ')})` : '',
    ];
  });
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
  const rows = milestoneRows(release);
  if (rows.length === 0) lines.push('  No milestones planned yet.');
  else lines.push(...table(rows, new Set([2])));
  lines.push(...embargoLines(input));
  lines.push('', 'Dates are calendar days (UTC).');
  return { subject, text: `${lines.join('\n')}\n` };
}
