import { figure, plural } from '../planning/format';
import { median } from '../planning/statistics';
import type { Retrospective } from './retrospective';

// The sentences the xen-devel thread wanted, from the retrospective's
// numbers: each one says what it measured, and from what, when the record
// lacks something (freeze dates, blockers).

/** The "last few releases" the thread spoke of. */
export const RECENT = 5;

/** "6 days", "1 day", "6.5 days" */
function days(n: number): string {
  return `${figure(n)} ${n === 1 ? 'day' : 'days'}`;
}

function range(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names[0]}–${names[names.length - 1]}`;
}

export function headlines(retro: Retrospective): string[] {
  const { releases: rows, summary } = retro;
  if (rows.length === 0)
    return [
      'No release in the plan has come out yet: record a release’s actual date to see where its time went.',
    ];
  const lines: string[] = [];
  const names = rows.map((r) => r.name);
  const held = rows.filter((r) => r.waitingOnEmbargoDays > 0);
  lines.push(
    `Waiting only on embargoes added a median of ${days(summary.medianWaitingOnEmbargoDays ?? 0)} to the last ${plural(rows.length, 'release')} (${range(names)}): ${held.length} of them waited on embargoes, ${plural(summary.totalWaitingOnEmbargoDays, 'day')} in all.`,
  );
  if (rows.length > RECENT) {
    const recent = rows.slice(-RECENT);
    const m = median(recent.map((r) => r.waitingOnEmbargoDays)) ?? 0;
    lines.push(
      `In the last ${RECENT} (${range(recent.map((r) => r.name))}) it was a median of ${days(m)}.`,
    );
  }
  const late = rows.filter((r) => r.daysLate > 0);
  lines.push(
    `${late.length} of ${plural(rows.length, 'release')} came out after the planned date${late.length > 0 ? `, a median of ${days(median(late.map((r) => r.daysLate)) ?? 0)} late` : ''}${summary.early > 0 ? `; ${summary.early} came out early` : ''}.`,
  );
  if (summary.meanStabilisingDays !== null) {
    const weeks = figure(summary.meanStabilisingDays / 7);
    const { 'feature-freeze': fromFreeze, rc1 } = summary.stabilisingFrom;
    const basis =
      rc1 === 0
        ? 'from the feature freeze to the release'
        : fromFreeze === 0
          ? 'from RC1 to the release: no feature freeze date is recorded, so the real period, which began at the freeze, was longer'
          : `from the feature freeze (${fromFreeze}) or, where none is recorded, from RC1 (${rc1})`;
    lines.push(`The stabilising period averaged ${weeks} weeks, measured ${basis}.`);
  } else
    lines.push('The stabilising period is not recorded: no release has a feature freeze or an RC.');
  if (summary.totalOtherBlockerDays > 0) {
    const blocked = rows.filter((r) => r.otherBlockerDays > 0);
    lines.push(
      `Other blockers held ${plural(blocked.length, 'release')} past the plan for ${plural(summary.totalOtherBlockerDays, 'day')} in all.`,
    );
  } else
    lines.push(
      `No other blocker held a release past its plan${rows.every((r) => r.blockersHeld.length === 0) ? ' (none is recorded)' : ''}.`,
    );
  if (summary.totalNotRecordedDays > 0)
    lines.push(
      `${plural(summary.totalNotRecordedDays, 'late day')} had nothing recorded holding the release.`,
    );
  if (summary.medianMasterClosedDays !== null) {
    const { 'hard-code-freeze': fromFreeze, rc1 } = summary.masterClosedFrom;
    const basis =
      rc1 === 0
        ? 'from the hard code freeze until it reopened'
        : fromFreeze === 0
          ? 'from RC1 (no freeze recorded) until it reopened'
          : 'from the hard code freeze (or RC1, where none is recorded) until it reopened';
    lines.push(
      `Master stayed closed a median of ${plural(summary.medianMasterClosedDays, 'day')}, ${basis}.`,
    );
  }
  if (summary.medianCycleDays !== null)
    lines.push(
      `Releases came a median of ${figure(summary.medianCycleDays / 30.44)} months apart (${plural(summary.medianCycleDays, 'day')}).`,
    );
  return lines;
}
