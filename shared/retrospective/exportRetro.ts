import type { Advisory } from '../domain/advisory';
import type { Profile } from '../domain/profile';
import type { KeyLabel } from './cadenceChart';
import { headlines } from './headlines';
import type { ReleaseRetro, Retrospective } from './retrospective';

// What leaves the machine from a retrospective: the JSON of `planner retro`,
// the table as CSV, and what the chart may say about advisories. An
// advisory still under embargo follows the export profile everywhere: left
// out (public), by key only (pre-disclosure), or with its title (team).
// Nothing here carries a CVE, note or follow-up summary.

/** How each advisory key may appear under a profile; null: not at all. */
export function keyLabelFor(advisories: readonly Advisory[], profile: Profile): KeyLabel {
  const byKey = new Map(advisories.map((a) => [a.key, a]));
  return (key) => {
    const advisory = byKey.get(key);
    if (!advisory) return key;
    const embargoed = advisory.status === 'embargoed';
    if (embargoed && profile === 'public') return null;
    if (embargoed && profile === 'predisclosure') return key;
    return advisory.title === '' ? key : `${key} ${advisory.title}`;
  };
}

/** Advisory keys a profile may show (no titles: the table and JSON carry keys only). */
function visibleKeys(keys: readonly string[], label: KeyLabel): string[] {
  return keys.filter((k) => label(k) !== null);
}

function releaseJson(row: ReleaseRetro, label: KeyLabel) {
  return {
    name: row.name,
    plannedRelease: row.plannedRelease,
    actualRelease: row.actualRelease,
    daysLate: row.daysLate,
    waitingOnEmbargoDays: row.waitingOnEmbargoDays,
    otherBlockerDays: row.otherBlockerDays,
    notRecordedDays: row.notRecordedDays,
    stabilisingDays: row.stabilisingDays,
    stabilisingFrom: row.stabilisingFrom,
    stabilisingStart: row.stabilisingStart,
    masterClosedDays: row.masterClosedDays,
    masterClosedFrom: row.masterClosedFrom,
    masterClosedStart: row.masterClosedStart,
    masterReopened: row.masterReopened,
    masterReopenedBy: row.masterReopenedBy,
    cycleDays: row.cycleDays,
    heldBy: visibleKeys(row.heldBy, label),
    blockersHeld: row.blockersHeld,
    milestones: row.milestones,
  };
}

/** `planner retro --json`: keys only, never a title; embargoed keys only past the public profile. */
export function retroJson(retro: Retrospective, advisories: readonly Advisory[], profile: Profile) {
  const label = keyLabelFor(advisories, profile === 'team' ? 'predisclosure' : profile);
  return {
    releases: retro.releases.map((r) => releaseJson(r, label)),
    summary: { ...retro.summary, headlines: headlines(retro) },
  };
}

export const CSV_COLUMNS = [
  'name',
  'plannedRelease',
  'actualRelease',
  'daysLate',
  'waitingOnEmbargoDays',
  'otherBlockerDays',
  'notRecordedDays',
  'stabilisingDays',
  'stabilisingFrom',
  'masterClosedDays',
  'masterClosedFrom',
  'masterReopened',
  'cycleDays',
  'heldBy',
  'blockersHeld',
] as const;

/**
 * One CSV field (RFC 4180). Text a spreadsheet would run as a formula
 * (starting with = + - @ or a tab) is prefixed with an apostrophe.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The retrospective table as CSV, one release a row, CRLF line ends. */
export function retroCsv(
  retro: Retrospective,
  advisories: readonly Advisory[],
  profile: Profile,
): string {
  const label = keyLabelFor(advisories, profile === 'team' ? 'predisclosure' : profile);
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of retro.releases) {
    const json = releaseJson(row, label);
    lines.push(
      CSV_COLUMNS.map((column) => {
        const value = json[column];
        return csvField(
          Array.isArray(value) ? value.join(column === 'heldBy' ? ' ' : '; ') : value,
        );
      }).join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
