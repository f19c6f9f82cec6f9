import {
  BLOCKER_KIND_LABELS,
  isOpenBlocker,
  isReleased,
  type Blocker,
  type Release,
} from '../../domain/release';
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
import { keyList, plural, sortKeys } from '../format';
import { firstView, milestoneViews, type MilestoneView } from '../milestoneState';
import { compareText, lowerBound } from '../sorted';
import type { Finding, FindingCode } from '../types';
import { compareFindings, makeFinding, sortFindings } from './finding';
import {
  holidayFindings,
  milestoneOrderFindings,
  overdueFindings,
  releaseDayFindings,
} from './milestoneRules';

/**
 * What holds a release past its date: an embargo or a follow-up fix that
 * raised an error, or an open blocker that is not an embargo. `day` is when
 * it clears (NaN for a blocker nobody has dated).
 */
export type Holder =
  | { kind: 'embargo'; day: DayNumber; entry: IndexedAdvisory }
  | { kind: 'follow-up'; day: DayNumber; entry: IndexedAdvisory; followUp: DatedFollowUp }
  | { kind: 'blocker'; day: DayNumber; blocker: Blocker };

export type SecurityHolder = Exclude<Holder, { kind: 'blocker' }>;

export interface ReleaseAnalysis {
  readonly findings: readonly Finding[];
  /** Embargoes and follow-ups that hold the release, sorted by day, then key. */
  readonly security: readonly SecurityHolder[];
  /** Open blockers that are not embargoes, in list order; `holds` when they hold the release. */
  readonly others: readonly { holder: Holder & { kind: 'blocker' }; holds: boolean }[];
  /** The day the rules evaluated the release at; null when released or undated. */
  readonly releaseDay: DayNumber | null;
  /** The release's planned date, stale or not; null when released or undated. */
  readonly plannedDay: DayNumber | null;
  readonly views: readonly MilestoneView[];
  readonly overdue: boolean;
  /** The hard code freeze has passed (or is today), or the release has none. */
  readonly pastHardFreeze: boolean;
  /**
   * The latest lift before today that fell on or after the start of the
   * release's buffer before its planned date: the fix the release still
   * needs its working days after, though the lift itself holds nothing.
   */
  readonly lastPastLift: DayNumber | null;
}

export const NOTHING: ReleaseAnalysis = {
  findings: [],
  security: [],
  others: [],
  releaseDay: null,
  plannedDay: null,
  views: [],
  overdue: false,
  pastHardFreeze: false,
  lastPastLift: null,
};

export interface RuleContext {
  calendar: WorkingCalendar;
  settings: SettingsValues;
  today: DayNumber;
  /**
   * Working days a release needs after a lift (see effectiveBuffer): the
   * setting, or more when past releases needed more.
   */
  buffer: number;
}

/**
 * Every finding about one release, as it stands today. Milestones count at
 * their effective days (an overdue one at the first day it can still
 * happen), and a lift before today holds nothing back: its fix is in.
 * Edges, all on UTC days (the lift's time of day does not matter):
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
  const { calendar, settings, today } = context;
  const views = milestoneViews(release, today, calendar);
  const findings = [
    ...milestoneOrderFindings(release, views),
    ...holidayFindings(release, views, calendar, settings),
  ];
  const releaseView = firstView(views, 'release');
  const releaseDay = releaseView?.effectiveDay ?? NaN;
  if (!releaseView || !Number.isFinite(releaseDay)) {
    findings.push(...overdueFindings(release, views, { security: null, others: null }));
    return {
      ...NOTHING,
      findings: findings.sort(compareFindings),
      views,
      pastHardFreeze: isPastHardFreeze(views, today),
    };
  }

  findings.push(...releaseDayFindings(release, releaseView, calendar, settings.releaseWeekdays));
  const security: SecurityHolder[] = [];
  const scan = new ReleaseScan(release, releaseView, views, context, findings, security);
  let lastPastLift: DayNumber | null = null;
  if (bucket) {
    scan.lifts(bucket.lifts);
    scan.followUps(bucket.followUps);
    // Lifts were scanned before follow-ups, each in order; the sort is stable.
    security.sort((a, b) => a.day - b.day || compareText(a.entry.key, b.entry.key));
    lastPastLift = scan.lastPastLift(bucket.lifts);
  }
  const others = scan.blockers(release.blockers);
  findings.push(
    ...overdueFindings(release, views, {
      security: security.length > 0 ? securitySummary(security) : null,
      others:
        others.length > 0 ? others.map((o) => describeBlocker(o.holder.blocker)).join(', ') : null,
    }),
  );
  sortFindings(findings);
  return {
    findings,
    security,
    others,
    releaseDay,
    plannedDay: releaseView.plannedDay,
    views,
    overdue: releaseView.state === 'overdue',
    pastHardFreeze: isPastHardFreeze(views, today),
    lastPastLift,
  };
}

function isPastHardFreeze(views: readonly MilestoneView[], today: DayNumber): boolean {
  const freeze = firstView(views, 'hard-code-freeze');
  return !freeze || freeze.state !== 'upcoming' || freeze.plannedDay <= today;
}

/** `bug "Credit2 crash"`, as messages name a blocker. */
export function describeBlocker(blocker: Blocker): string {
  return `${BLOCKER_KIND_LABELS[blocker.kind].toLowerCase()} ${JSON.stringify(blocker.title)}`;
}

function securitySummary(security: readonly SecurityHolder[]): string {
  const keys = sortKeys(new Set(security.map((h) => h.entry.key)));
  const last = security[security.length - 1];
  return `${keyList(keys)} (the last ${last.kind === 'embargo' ? 'lift' : 'follow-up'} ${dayLabel(last.day)})`;
}

class ReleaseScan {
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
