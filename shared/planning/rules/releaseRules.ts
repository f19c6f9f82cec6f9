import { isReleased, releaseDate, type Release } from '../../domain/release';
import type { SettingsValues } from '../../domain/settings';
import {
  followUpDayOf,
  liftDayOf,
  type DatedFollowUp,
  type IndexedAdvisory,
  type ReleaseBucket,
} from '../advisoryIndex';
import type { WorkingCalendar } from '../calendar';
import { dayLabel, dayNumber, instantLabel, isoDateOf, type DayNumber } from '../days';
import { keyList, plural } from '../format';
import { compareText, lowerBound } from '../sorted';
import type { Finding, FindingCode } from '../types';
import { compareFindings, makeFinding } from './finding';
import {
  firstOfKind,
  milestoneDay,
  milestoneOrderFindings,
  releaseDayFindings,
} from './milestoneRules';

/** An embargo or follow-up that raised an error: what holds the release. */
export type Blocker =
  | { kind: 'embargo'; day: DayNumber; entry: IndexedAdvisory }
  | { kind: 'follow-up'; day: DayNumber; entry: IndexedAdvisory; followUp: DatedFollowUp };

export interface ReleaseAnalysis {
  readonly findings: readonly Finding[];
  /** Sorted by day, then key. */
  readonly blockers: readonly Blocker[];
  /** Null when the release raises no date findings (released, or no release milestone). */
  readonly releaseDay: DayNumber | null;
}

export const NOTHING: ReleaseAnalysis = { findings: [], blockers: [], releaseDay: null };

export interface RuleContext {
  calendar: WorkingCalendar;
  settings: SettingsValues;
}

/**
 * Every finding about one release. Edges, all on UTC days (the lift's time
 * of day does not matter):
 * - after release: the lift's day is later than the release day;
 * - in buffer: fewer than `buffer` working days in (lift day, release day],
 *   so a lift on release day (0) is in it, and with buffer 2 a Friday lift
 *   clears a Tuesday release;
 * - too close: at most `window` calendar days before (inclusive edge);
 * - in hard freeze: from the hard code freeze day to the release day.
 * A lift reports only the most severe of these four for a release.
 */
export function analyseRelease(
  release: Release,
  bucket: ReleaseBucket | undefined,
  context: RuleContext,
): ReleaseAnalysis {
  if (isReleased(release)) return NOTHING;
  const findings = milestoneOrderFindings(release);
  const releaseIso = releaseDate(release);
  const releaseDay = releaseIso === null ? NaN : dayNumber(releaseIso);
  if (!Number.isFinite(releaseDay)) {
    return { findings: findings.sort(compareFindings), blockers: [], releaseDay: null };
  }

  const { calendar, settings } = context;
  findings.push(...releaseDayFindings(release, releaseDay, calendar, settings.releaseWeekdays));
  const blockers: Blocker[] = [];
  if (bucket) {
    const scan = new ReleaseScan(release, releaseDay, context, findings, blockers);
    scan.lifts(bucket.lifts);
    scan.followUps(bucket.followUps);
    // Lifts were scanned before follow-ups, each in order; the sort is stable.
    blockers.sort((a, b) => a.day - b.day || compareText(a.entry.key, b.entry.key));
  }
  findings.sort(compareFindings);
  return { findings, blockers, releaseDay };
}

class ReleaseScan {
  private readonly name: string;
  private readonly window: number;
  private readonly buffer: number;
  private readonly bufferStart: DayNumber;
  private readonly hardFreeze: DayNumber;
  private readonly onRelease: string;
  private readonly windowNote: string;

  constructor(
    release: Release,
    private readonly releaseDay: DayNumber,
    private readonly context: RuleContext,
    private readonly findings: Finding[],
    private readonly blockers: Blocker[],
  ) {
    const { settings, calendar } = context;
    this.name = release.name;
    this.window = settings.warnWindowDays;
    this.buffer = settings.releaseBufferWorkingDays;
    this.bufferStart = calendar.bufferStart(releaseDay, this.buffer);
    const freeze = firstOfKind(release, 'hard-code-freeze');
    const freezeDay = freeze ? milestoneDay(freeze) : NaN;
    // A freeze dated after the release is a MILESTONE_ORDER problem, not a freeze.
    this.hardFreeze = freezeDay <= releaseDay ? freezeDay : NaN;
    this.onRelease = `the planned ${this.name} release on ${dayLabel(releaseDay)}`;
    this.windowNote = `(warning window ${plural(this.window, 'day')})`;
  }

  private add(
    code: FindingCode,
    entry: IndexedAdvisory,
    followUp: DatedFollowUp | null,
    message: string,
    numbers: Record<string, number>,
  ): void {
    this.findings.push(
      makeFinding(code, {
        release: this.name,
        subject: entry.key,
        followUp: followUp?.followUp ?? null,
        date: followUp ? followUp.date : entry.lift,
        message,
        numbers,
      }),
    );
  }

  lifts(lifts: readonly IndexedAdvisory[]): void {
    const windowStart = this.releaseDay - this.window;
    // Nothing before the earliest edge of any rule can raise a finding.
    const from = Math.min(
      windowStart,
      this.bufferStart,
      Number.isFinite(this.hardFreeze) ? this.hardFreeze : Infinity,
    );
    const clustered: string[] = [];
    for (let i = lowerBound(lifts, from, liftDayOf); i < lifts.length; i++) {
      const entry = lifts[i];
      this.lift(entry);
      if (entry.liftDay >= windowStart && entry.liftDay <= this.releaseDay)
        clustered.push(entry.key);
    }
    if (clustered.length >= 3) {
      this.findings.push(
        makeFinding('EMBARGO_CLUSTER', {
          release: this.name,
          date: isoDateOf(this.releaseDay),
          message: `${clustered.length} embargoes lift in the ${plural(this.window, 'day')} before ${this.onRelease}: ${keyList(clustered)}`,
          numbers: { embargoes: clustered.length, windowDays: this.window },
        }),
      );
    }
  }

  private lift(entry: IndexedAdvisory): void {
    const { liftDay, key, liftLabel } = entry;
    const release = this.releaseDay;
    if (liftDay > release) {
      const daysAfter = liftDay - release;
      this.blockers.push({ kind: 'embargo', day: liftDay, entry });
      this.add(
        'EMBARGO_AFTER_RELEASE',
        entry,
        null,
        `${key} lifts ${liftLabel}, ${plural(daysAfter, 'day')} after ${this.onRelease}`,
        { daysAfter },
      );
      return;
    }
    const daysBefore = release - liftDay;
    if (liftDay >= this.bufferStart) {
      const workingDaysBefore = this.context.calendar.workingDaysBetween(liftDay, release);
      this.blockers.push({ kind: 'embargo', day: liftDay, entry });
      const when =
        daysBefore === 0
          ? `on the day of the planned ${this.name} release`
          : `only ${plural(workingDaysBefore, 'working day')} before ${this.onRelease}`;
      this.add(
        'EMBARGO_IN_BUFFER',
        entry,
        null,
        `${key} lifts ${liftLabel}, ${when}; it needs ${plural(this.buffer, 'working day')}`,
        { workingDaysBefore, bufferWorkingDays: this.buffer, daysBefore },
      );
    } else if (daysBefore <= this.window) {
      const workingDaysBefore = this.context.calendar.workingDaysBetween(liftDay, release);
      this.add(
        'EMBARGO_TOO_CLOSE',
        entry,
        null,
        `${key} lifts ${liftLabel}, ${plural(daysBefore, 'day')} before ${this.onRelease} ${this.windowNote}`,
        { daysBefore, workingDaysBefore, windowDays: this.window },
      );
    } else if (liftDay >= this.hardFreeze) {
      this.add(
        'EMBARGO_IN_HARD_FREEZE',
        entry,
        null,
        `${key} lifts ${liftLabel}, inside the ${this.name} hard code freeze (from ${dayLabel(this.hardFreeze)}, release ${dayLabel(release)})`,
        { daysBefore, daysAfterHardFreeze: liftDay - this.hardFreeze },
      );
    }
  }

  followUps(followUps: readonly DatedFollowUp[]): void {
    const release = this.releaseDay;
    const from = lowerBound(followUps, release - this.window, followUpDayOf);
    for (let i = from; i < followUps.length; i++) {
      const dated = followUps[i];
      const { day, owner } = dated;
      const label = dated.date.length > 10 ? instantLabel(dated.date) : dayLabel(day);
      const due = `A follow-up fix to ${owner.key} is due ${label}`;
      if (day > release) {
        const daysAfter = day - release;
        this.blockers.push({ kind: 'follow-up', day, entry: owner, followUp: dated });
        this.add(
          'FOLLOWUP_AFTER_RELEASE',
          owner,
          dated,
          `${due}, ${plural(daysAfter, 'day')} after ${this.onRelease}`,
          { daysAfter },
        );
      } else {
        const daysBefore = release - day;
        const when =
          daysBefore === 0
            ? `on the day of the planned ${this.name} release`
            : `${plural(daysBefore, 'day')} before ${this.onRelease}`;
        this.add('FOLLOWUP_TOO_CLOSE', owner, dated, `${due}, ${when} ${this.windowNote}`, {
          daysBefore,
          windowDays: this.window,
        });
      }
    }
  }
}
