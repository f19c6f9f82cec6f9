import { isOpenBlocker, type Blocker, type Release } from '../../domain/release';
import {
  followUpDayOf,
  liftDayOf,
  type DatedFollowUp,
  type IndexedAdvisory,
} from '../advisoryIndex';
import { dayLabel, dayNumber, instantLabel, isoDateOf, type DayNumber } from '../days';
import { keyList, plural } from '../format';
import { firstView, type MilestoneView } from '../milestoneState';
import { lowerBound } from '../sorted';
import type { Finding, FindingCode } from '../types';
import { makeFinding } from './finding';
import type { Holder, SecurityHolder, ReleaseAnalysis, RuleContext } from './releaseAnalysis';
import { describeBlocker } from '../vocabulary';

/**
 * One release's walk over the advisories and blockers that affect it: each
 * lift, follow-up and open blocker is judged against the release day (see
 * analyseRelease for the edges) and what holds the release is collected.
 */
export class ReleaseScan {
  private readonly name: string;
  private readonly releaseDay: DayNumber;
  private readonly window: number;
  private readonly buffer: number;
  private readonly bufferStart: DayNumber;
  private readonly bufferWhy: string;
  /** The setting alone, for blockers that are not embargoes. */
  private readonly blockerBufferStart: DayNumber;
  private readonly hardFreeze: DayNumber;
  private readonly onRelease: string;
  private readonly windowNote: string;

  constructor(
    release: Release,
    private readonly releaseView: MilestoneView,
    views: readonly MilestoneView[],
    private readonly context: RuleContext,
    private readonly findings: Finding[],
    private readonly security: SecurityHolder[],
  ) {
    const { settings, calendar } = context;
    this.name = release.name;
    this.releaseDay = releaseView.effectiveDay;
    this.window = settings.warnWindowDays;
    this.buffer = context.buffer;
    this.bufferStart = calendar.bufferStart(this.releaseDay, this.buffer);
    this.bufferWhy =
      this.buffer > settings.releaseBufferWorkingDays
        ? ` (what past releases needed after their last lift; the setting asks for ${settings.releaseBufferWorkingDays})`
        : '';
    this.blockerBufferStart = calendar.bufferStart(
      this.releaseDay,
      settings.releaseBufferWorkingDays,
    );
    const freezeDay = firstView(views, 'hard-code-freeze')?.effectiveDay ?? NaN;
    // A freeze dated after the release is a MILESTONE_ORDER problem, not a freeze.
    this.hardFreeze = freezeDay <= this.releaseDay ? freezeDay : NaN;
    this.onRelease =
      releaseView.state === 'overdue'
        ? `the overdue ${this.name} release (planned ${dayLabel(releaseView.plannedDay)}, now ${dayLabel(this.releaseDay)} at the earliest)`
        : `the planned ${this.name} release on ${dayLabel(this.releaseDay)}`;
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
    // Nothing before the earliest edge of any rule can raise a finding, and
    // nothing that lifted before today holds anything back.
    const from = Math.max(
      this.context.today,
      Math.min(
        windowStart,
        this.bufferStart,
        Number.isFinite(this.hardFreeze) ? this.hardFreeze : Infinity,
      ),
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

  /** See {@link ReleaseAnalysis.lastPastLift}. */
  lastPastLift(lifts: readonly IndexedAdvisory[]): DayNumber | null {
    const { calendar, today } = this.context;
    const planned = this.releaseView.plannedDay;
    const last = lowerBound(lifts, today, liftDayOf) - 1;
    if (last < 0 || !Number.isFinite(planned)) return null;
    const day = lifts[last].liftDay;
    return day >= calendar.bufferStart(planned, this.buffer) ? day : null;
  }

  private lift(entry: IndexedAdvisory): void {
    const { liftDay, key, liftLabel } = entry;
    const release = this.releaseDay;
    if (liftDay > release) {
      const daysAfter = liftDay - release;
      this.security.push({ kind: 'embargo', day: liftDay, entry });
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
      this.security.push({ kind: 'embargo', day: liftDay, entry });
      const when =
        daysBefore === 0
          ? `on the day of ${this.onRelease}`
          : `only ${plural(workingDaysBefore, 'working day')} before ${this.onRelease}`;
      this.add(
        'EMBARGO_IN_BUFFER',
        entry,
        null,
        `${key} lifts ${liftLabel}, ${when}; it needs ${plural(this.buffer, 'working day')}${this.bufferWhy}`,
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

  /**
   * Pending follow-ups. A re-issue whose lift is past is out; one still
   * pending after its expected day counts from today, when it can still land.
   */
  followUps(followUps: readonly DatedFollowUp[]): void {
    const release = this.releaseDay;
    const { today } = this.context;
    const from = lowerBound(followUps, Math.min(release - this.window, today), followUpDayOf);
    for (let i = from; i < followUps.length; i++) {
      const dated = followUps[i];
      const { owner } = dated;
      const reissue = dated.date.length > 10;
      if (reissue && dated.day < today) continue;
      const late = dated.day < today;
      const day = late ? today : dated.day;
      if (day < release - this.window) continue;
      const label = reissue ? instantLabel(dated.date) : dayLabel(dated.day);
      const due = late
        ? `A follow-up fix to ${owner.key} was due ${label} and is still pending`
        : `A follow-up fix to ${owner.key} is due ${label}`;
      if (day > release) {
        const daysAfter = day - release;
        this.security.push({ kind: 'follow-up', day, entry: owner, followUp: dated });
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
            ? `on the day of ${this.onRelease}`
            : `${plural(daysBefore, 'day')} before ${this.onRelease}`;
        this.add('FOLLOWUP_TOO_CLOSE', owner, dated, `${due}, ${when} ${this.windowNote}`, {
          daysBefore,
          windowDays: this.window,
        });
      }
    }
  }

  /**
   * BLOCKER_OPEN for each open blocker that holds the release (an error:
   * expected inside the buffer before the release or after it, or undated
   * with the release inside the warning window or overdue) or that nobody has
   * dated yet (a warning). One expected well before the release raises nothing.
   */
  blockers(blockers: readonly Blocker[]): ReleaseAnalysis['others'] {
    const { calendar, today } = this.context;
    const todayIso = isoDateOf(today);
    const release = this.releaseDay;
    const out: { holder: Holder & { kind: 'blocker' }; holds: boolean }[] = [];
    for (const blocker of blockers) {
      if (!isOpenBlocker(blocker, todayIso)) continue;
      const expected =
        blocker.expectedOn === null
          ? NaN
          : Math.max(calendar.nextWorkingDay(today), dayNumber(blocker.expectedOn));
      const dated = Number.isFinite(expected);
      const holds = dated
        ? expected >= this.blockerBufferStart
        : release - today <= this.window || this.releaseView.state === 'overdue';
      out.push({ holder: { kind: 'blocker', day: expected, blocker }, holds });
      if (dated && !holds) continue;
      const described = describeBlocker(blocker);
      const what = `${described.charAt(0).toUpperCase()}${described.slice(1)} (opened ${dayLabel(dayNumber(blocker.openedOn))})`;
      const message = !dated
        ? `${what} ${holds ? `holds ${this.name} and ` : 'is open and '}has no expected resolution date`
        : expected > release
          ? `${what} is expected to be resolved ${dayLabel(expected)}, ${plural(expected - release, 'day')} after ${this.onRelease}`
          : `${what} is expected to be resolved ${dayLabel(expected)}, inside the ${plural(this.context.settings.releaseBufferWorkingDays, 'working day')} before ${this.onRelease}`;
      this.findings.push(
        makeFinding('BLOCKER_OPEN', {
          release: this.name,
          blocker,
          severity: holds ? 'error' : 'warning',
          date: dated ? isoDateOf(expected) : blocker.openedOn,
          message,
          numbers: dated ? { daysAfterRelease: expected - release } : {},
        }),
      );
    }
    return out;
  }
}
