import type { WorkingCalendar } from '../planning/calendar';
import type { DayNumber } from '../planning/days';
import { seededRandom } from '../planning/random';
import { identity, lowerBound } from '../planning/sorted';
import type { ForecastAssumptions } from './assumptions';
import { POLICIES, type PolicyId } from './policies';
import type { ReleaseModel } from './releaseModel';
import { ArrivalSampler } from './sampler';

// One simulated future, run under every policy at once (common random
// numbers: the same batches arrive whatever the release does, so the policies
// differ only by what they do with them).
//
// A future, day by day:
// - open blockers resolve around their expected dates (shifted as far as
//   resolved ones overran theirs), and the release cannot ship before the
//   buffer setting's working days after the last one;
// - every fix already known (embargoes still to lift, pending follow-ups) is
//   known from today; new batches become known at the learned rate and lift
//   one pre-disclosure lead later; each advisory may need a follow-up fix,
//   known from its lift;
// - "wait" takes every fix known before the day it would ship, each needing
//   the buffer after it, and so it races the batches that keep arriving;
//   "branch" ships on the same day from the branch; "ship" keeps the date and
//   defers every fix that cannot be in with the buffer; "cut-off" takes only
//   fixes lifting before the cut-off and defers the rest.

/** No future is followed further than this (as the planner's race): past it the date reads "more than". */
export const HORIZON_DAYS = 730;
/** Deferred fixes ready within this many days of each other share a point release. */
export const POINT_RELEASE_DAYS_AFTER = 90;

export interface EngineOptions {
  seed: number;
  cutoffWeeks: number;
  /** The planner's warning window: deferred fixes this close together share one point release. */
  windowDays: number;
  /** Sees every future as it is tallied: for tests, which check what each policy did. */
  observe?: (future: FutureOutcome) => void;
}

/** One future under one policy: its release day and the days of the fixes it took and deferred. */
export interface PolicyOutcome {
  release: DayNumber;
  taken: DayNumber[];
  deferred: DayNumber[];
}

export interface FutureOutcome {
  /** The day blockers and other delays let the release ship, embargoes aside. */
  base: DayNumber;
  policies: Record<PolicyId, PolicyOutcome>;
}

export interface PolicyTally {
  policy: PolicyId;
  /** Release day − today, per future. */
  days: Int32Array;
  /** Days master stays closed, per future (absent when the plan has no hard code freeze). */
  closed: Int32Array | null;
  advisoriesInX0: number;
  advisoriesInX1: number;
  followUpsInX0: number;
  followUpsInX1: number;
  pointReleases: number;
  onTime: number;
}

/** Working-day arithmetic of the calendar, looked up instead of stepped: a future asks thousands of times. */
class DayTable {
  private readonly inAt: Int32Array;
  private readonly readyAt: Int32Array;
  constructor(
    private readonly calendar: WorkingCalendar,
    private readonly origin: DayNumber,
    span: number,
    private readonly buffer: number,
  ) {
    this.inAt = new Int32Array(span);
    this.readyAt = new Int32Array(span);
    for (let i = 0; i < span; i++) {
      const fixIn = calendar.addWorkingDays(origin + i, buffer);
      this.inAt[i] = fixIn;
      this.readyAt[i] = calendar.nextReleaseDay(fixIn);
    }
  }

  /** The first day a release has `buffer` working days after a fix lifting on `day`. */
  fixIn(day: DayNumber): DayNumber {
    const i = day - this.origin;
    return i >= 0 && i < this.inAt.length
      ? this.inAt[i]
      : this.calendar.addWorkingDays(day, this.buffer);
  }

  /** The first release day that has the buffer after a fix lifting on `day`. */
  ready(day: DayNumber): DayNumber {
    const i = day - this.origin;
    return i >= 0 && i < this.readyAt.length
      ? this.readyAt[i]
      : this.calendar.nextReleaseDay(this.fixIn(day));
  }
}

/** The recorded fixes of one future, in the order they became known. */
class Events {
  size = 0;
  known = new Int32Array(64);
  day = new Int32Array(64);
  fixIn = new Int32Array(64);
  /** Advisories a lift brings (a batch); 0 for a follow-up fix. */
  advisories = new Int32Array(64);

  push(known: number, day: number, fixIn: number, advisories: number): void {
    if (this.size === this.known.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.known = grow(this.known);
      this.day = grow(this.day);
      this.fixIn = grow(this.fixIn);
      this.advisories = grow(this.advisories);
    }
    const i = this.size++;
    this.known[i] = known;
    this.day[i] = day;
    this.fixIn[i] = fixIn;
    this.advisories[i] = advisories;
  }
}

export class ForecastEngine {
  readonly tallies: PolicyTally[];
  runs = 0;
  private readonly random: () => number;
  private readonly sampler: ArrivalSampler;
  /** One table per buffer a future may draw, in the order of the draws. */
  private readonly fixTables: DayTable[];
  private fixes: DayTable;
  private readonly blockerReady: DayTable;
  private readonly events = new Events();
  /** Simulated follow-ups not yet known: known day and fix day. */
  private pendingKnown: number[] = [];
  private pendingDay: number[] = [];
  private readonly deferred: number[] = [];
  private readonly cutoffDay: DayNumber;
  private readonly today: DayNumber;

  constructor(
    private readonly model: ReleaseModel,
    private readonly assumptions: ForecastAssumptions,
    private readonly calendar: WorkingCalendar,
    capacity: number,
    private readonly options: EngineOptions,
  ) {
    this.today = model.today;
    this.random = seededRandom(options.seed);
    this.sampler = new ArrivalSampler(assumptions);
    const span = HORIZON_DAYS + assumptions.leadDays + 400;
    const tables = new Map<number, DayTable>();
    this.fixTables = assumptions.bufferDraws.map((buffer) => {
      let table = tables.get(buffer);
      if (!table) {
        table = new DayTable(calendar, this.today - 1, span, buffer);
        tables.set(buffer, table);
      }
      return table;
    });
    this.fixes = this.fixTables[0];
    this.blockerReady = new DayTable(
      calendar,
      this.today - 1,
      span,
      assumptions.blockerBufferWorkingDays,
    );
    this.cutoffDay = model.releaseDay - 7 * options.cutoffWeeks;
    const hasFreeze = Number.isFinite(model.hardFreezeDay);
    this.tallies = POLICIES.map((policy) => ({
      policy,
      days: new Int32Array(capacity),
      closed: hasFreeze ? new Int32Array(capacity) : null,
      advisoriesInX0: 0,
      advisoriesInX1: 0,
      followUpsInX0: 0,
      followUpsInX1: 0,
      pointReleases: 0,
      onTime: 0,
    }));
  }

  /** Simulates up to `n` more futures (never past the capacity); returns how many ran. */
  step(n: number): number {
    const capacity = this.tallies[0].days.length;
    const end = Math.min(capacity, this.runs + n);
    const ran = end - this.runs;
    while (this.runs < end) this.future(this.runs++);
    return ran;
  }

  /** The day open blockers let the release ship, at the earliest, in this future. */
  private blockersClear(): DayNumber {
    const { model, random, assumptions } = this;
    const { slipDays, durationDays } = assumptions.blockers;
    const other = assumptions.otherDelays.days;
    const delay = other.length === 1 ? other[0] : other[Math.floor(random() * other.length)];
    // Other delays move the plan (never before today); a release already
    // overdue is no earlier than the first day it can still ship.
    let base =
      delay === 0
        ? model.releaseDay
        : Math.max(
            model.overdue ? model.releaseDay : -Infinity,
            this.calendar.nextReleaseDay(Math.max(this.today, model.plannedDay + delay)),
          );
    for (const blocker of model.blockers) {
      let resolved: number;
      if (Number.isFinite(blocker.expected)) {
        const slip =
          slipDays.length === 1 ? slipDays[0] : slipDays[Math.floor(random() * slipDays.length)];
        resolved = Math.max(this.today, blocker.expected + slip);
      } else if (durationDays.length > 0) {
        // Undated: as long as resolved blockers took, among those that would
        // still be open today.
        const from = lowerBound(durationDays, this.today - blocker.opened, identity);
        resolved =
          from < durationDays.length
            ? blocker.opened +
              durationDays[from + Math.floor(random() * (durationDays.length - from))]
            : this.today;
      } else continue; // Nothing to go on: stated in the assumptions.
      const ready = this.blockerReady.ready(resolved);
      if (ready > base) base = ready;
    }
    return base;
  }

  private future(run: number): void {
    const { random, sampler, events, model } = this;
    const tables = this.fixTables;
    const fixes = (this.fixes =
      tables.length === 1 ? tables[0] : tables[Math.floor(random() * tables.length)]);
    const today = this.today;
    const horizon = today + HORIZON_DAYS;
    const base = this.blockersClear();
    events.size = 0;
    this.pendingKnown.length = 0;
    this.pendingDay.length = 0;

    // Wait: every fix known before the release day holds it.
    let wait = base;
    const hold = (day: number) => {
      const fixIn = fixes.fixIn(day);
      if (fixIn > wait) wait = fixes.ready(day);
      return fixIn;
    };
    const followUpOf = (lift: number, advisories: number) => {
      for (let a = 0; a < advisories; a++) {
        if (!sampler.needsFollowUp(random)) continue;
        this.pendingKnown.push(lift);
        this.pendingDay.push(lift + Math.round(sampler.followUpDelay(random)));
      }
    };
    for (const fix of model.knownFixes) {
      events.push(today - 1, fix.day, hold(fix.day), fix.kind === 'lift' ? 1 : 0);
      if (fix.mayNeedFollowUp) followUpOf(fix.day, 1);
    }
    const rate = sampler.futureRate(random);
    let nextBatch = today + sampler.gap(random, rate);
    for (;;) {
      let pick = -1;
      let pickKnown = Infinity;
      for (let i = 0; i < this.pendingKnown.length; i++)
        if (this.pendingKnown[i] < pickKnown) {
          pickKnown = this.pendingKnown[i];
          pick = i;
        }
      const batchKnown = Math.floor(nextBatch);
      const known = Math.min(batchKnown, pickKnown);
      if (known >= wait || known > horizon) break;
      if (batchKnown <= pickKnown) {
        const lift = batchKnown + sampler.leadDays;
        const size = sampler.batchSize(random);
        events.push(batchKnown, lift, hold(lift), size);
        followUpOf(lift, size);
        nextBatch += sampler.gap(random, rate);
      } else {
        const day = this.pendingDay[pick];
        events.push(pickKnown, day, hold(day), 0);
        const last = this.pendingKnown.length - 1;
        this.pendingKnown[pick] = this.pendingKnown[last];
        this.pendingDay[pick] = this.pendingDay[last];
        this.pendingKnown.length = last;
        this.pendingDay.length = last;
      }
      if (wait > horizon) {
        wait = horizon;
        break;
      }
    }

    // Cut-off: only fixes lifting before the cut-off hold the release.
    let cutoff = base;
    for (let i = 0; i < events.size; i++) {
      if (events.day[i] < this.cutoffDay && events.fixIn[i] > cutoff)
        cutoff = fixes.ready(events.day[i]);
    }

    const [waitTally, cutoffTally, shipTally, branchTally] = this.tallies;
    const observe = this.options.observe;
    const seen = (release: DayNumber): PolicyOutcome | undefined =>
      observe ? { release, taken: [], deferred: [] } : undefined;
    const outcomes = {
      wait: seen(wait),
      branch: seen(wait),
      ship: seen(base),
      cutoff: seen(cutoff),
    };
    this.record(waitTally, run, wait, wait, () => true, outcomes.wait);
    this.record(branchTally, run, wait, this.branchReopen(wait), () => true, outcomes.branch);
    this.record(
      shipTally,
      run,
      base,
      this.reopen(base),
      (i) => events.fixIn[i] <= base,
      outcomes.ship,
    );
    this.record(
      cutoffTally,
      run,
      cutoff,
      this.reopen(cutoff),
      (i) => events.day[i] < this.cutoffDay,
      outcomes.cutoff,
    );
    if (observe) observe({ base, policies: outcomes as Record<PolicyId, PolicyOutcome> });
  }

  /** Tallies one policy's outcome: its release day, master, and which fixes it takes. */
  private record(
    tally: PolicyTally,
    run: number,
    release: DayNumber,
    reopen: DayNumber,
    takes: (event: number) => boolean,
    observed: PolicyOutcome | undefined,
  ): void {
    const { events, model, deferred } = this;
    tally.days[run] = release - this.today;
    if (tally.closed) tally.closed[run] = Math.max(0, reopen - model.hardFreezeDay);
    if (release <= model.releaseDay) tally.onTime++;
    deferred.length = 0;
    for (let i = 0; i < events.size; i++) {
      if (events.known[i] >= release) continue;
      const advisories = events.advisories[i];
      if (takes(i)) {
        if (advisories > 0) tally.advisoriesInX0 += advisories;
        else tally.followUpsInX0++;
        observed?.taken.push(events.day[i]);
      } else {
        observed?.deferred.push(events.day[i]);
        if (advisories > 0) tally.advisoriesInX1 += advisories;
        else tally.followUpsInX1++;
        deferred.push(Math.max(release, this.fixes.ready(events.day[i])));
      }
    }
    if (deferred.length > 0) tally.pointReleases += this.pointReleases(release);
  }

  /**
   * Point releases the deferred fixes force in the first three months: one
   * for the first fix still out, also taking every deferred fix ready within
   * the warning window after it, then the next.
   */
  private pointReleases(release: DayNumber): number {
    const ready = this.deferred.sort((a, b) => a - b);
    const until = release + POINT_RELEASE_DAYS_AFTER;
    let count = 0;
    let i = 0;
    while (i < ready.length) {
      const start = ready[i];
      let date = start;
      while (i < ready.length && ready[i] <= start + this.options.windowDays) date = ready[i++];
      if (date <= until) count++;
    }
    return count;
  }

  /**
   * When master reopens if the project does not branch early: when the
   * stable branch is cut, as far ahead of the release as the plan has it
   * (never before the planned branch); at the release when the plan has no
   * branch. Already reopened: that day.
   */
  private reopen(release: DayNumber): DayNumber {
    const { model } = this;
    if (Number.isFinite(model.reopenedDay)) return model.reopenedDay;
    if (!Number.isFinite(model.branchDay)) return release;
    return Math.max(model.branchDay, release - model.branchLeadDays);
  }

  /** Branch and reopen: at the hard code freeze, or the next working day once it has passed. */
  private branchReopen(release: DayNumber): DayNumber {
    const { model } = this;
    if (Number.isFinite(model.reopenedDay)) return model.reopenedDay;
    const branch = Math.max(model.hardFreezeDay, this.calendar.nextWorkingDay(this.today));
    return Math.min(branch, this.reopen(release));
  }
}
