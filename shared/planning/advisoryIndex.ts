import type { Advisory, FollowUp } from '../domain/advisory';
import type { IsoDate, IsoInstant } from '../domain/dates';
import { dayNumber, instantFacts, type DayNumber } from './days';
import { compareText, identity, insertSorted, lowerBound, removeSorted, sortByDay } from './sorted';

/** An advisory that takes part in planning (not withdrawn, with a readable lift). */
export interface IndexedAdvisory {
  readonly advisory: Advisory;
  readonly key: string;
  readonly liftDay: DayNumber;
  readonly lift: IsoInstant;
  /** "Wed 13 Jun 2018 12:00 UTC", made once: most lifts appear in a message. */
  readonly liftLabel: string;
  /** The release names it affects, each once (a name listed twice counts once). */
  readonly affects: readonly string[];
  readonly followUps: readonly DatedFollowUp[];
  /** The UTC day of its pre-disclosure; NaN when it has none (or not a readable one). */
  readonly predisclosureDay: DayNumber;
  /** Calendar days from pre-disclosure to lift; null when it has no pre-disclosure date. */
  readonly leadDays: number | null;
}

/** A pending follow-up fix that has a date. */
export interface DatedFollowUp {
  readonly owner: IndexedAdvisory;
  readonly followUp: FollowUp;
  readonly day: DayNumber;
  /** What the date is shown as: the re-issue instant, or the expected date. */
  readonly date: IsoDate | IsoInstant;
}

/** What affects one release name, sorted by date so a release can search a range. */
export interface ReleaseBucket {
  readonly lifts: IndexedAdvisory[];
  readonly followUps: DatedFollowUp[];
  /** Changes whenever the bucket does; part of a release's cache key. */
  version: number;
}

/** Between lifts on one day. */
const liftTie = (a: IndexedAdvisory, b: IndexedAdvisory): number =>
  compareText(a.key, b.key) || a.advisory.id - b.advisory.id;

export const byLift = (a: IndexedAdvisory, b: IndexedAdvisory): number =>
  a.liftDay - b.liftDay || liftTie(a, b);

/** Between follow-ups due on one day. */
const followUpTie = (a: DatedFollowUp, b: DatedFollowUp): number =>
  compareText(a.owner.key, b.owner.key) ||
  a.followUp.id - b.followUp.id ||
  a.owner.advisory.id - b.owner.advisory.id;

export const byFollowUpDay = (a: DatedFollowUp, b: DatedFollowUp): number =>
  a.day - b.day || followUpTie(a, b);

export const liftDayOf = (entry: IndexedAdvisory): number => entry.liftDay;
export const followUpDayOf = (entry: DatedFollowUp): number => entry.day;

/**
 * The date a pending follow-up counts at. With both an expected date and a
 * re-issue instant, the later one binds: the release needs both.
 */
function datedFollowUp(owner: IndexedAdvisory, followUp: FollowUp): DatedFollowUp | null {
  if (followUp.status !== 'pending') return null;
  const expected = followUp.expectedAt === null ? NaN : dayNumber(followUp.expectedAt);
  const reissued = followUp.publicAt === null ? null : instantFacts(followUp.publicAt);
  if (reissued !== null && !(expected > reissued.day))
    return { owner, followUp, day: reissued.day, date: reissued.canonical };
  if (Number.isFinite(expected))
    return { owner, followUp, day: expected, date: followUp.expectedAt! };
  return null;
}

const NONE: readonly DatedFollowUp[] = [];

/** The list itself when it has no repeats (the usual case), else its distinct items. */
function distinct(names: readonly string[]): readonly string[] {
  if (names.length > 16) return [...new Set(names)];
  for (let i = 1; i < names.length; i++) {
    if (names.lastIndexOf(names[i - 1]) !== i - 1) return [...new Set(names)];
  }
  return names;
}

/** The planning view of an advisory, or null when it raises nothing (withdrawn, no lift). */
export function indexAdvisory(advisory: Advisory): IndexedAdvisory | null {
  if (advisory.status === 'withdrawn') return null;
  const lift = instantFacts(advisory.publicAt);
  if (lift === null) return null;
  // Most advisories have no follow-up: they share one empty list.
  const followUps: DatedFollowUp[] | null = advisory.followUps.length === 0 ? null : [];
  const preDay =
    advisory.predisclosureAt === null ? NaN : (instantFacts(advisory.predisclosureAt)?.day ?? NaN);
  const entry: IndexedAdvisory = {
    advisory,
    key: advisory.key,
    liftDay: lift.day,
    lift: lift.canonical,
    liftLabel: lift.label,
    affects: distinct(advisory.affects),
    followUps: followUps ?? NONE,
    predisclosureDay: preDay,
    leadDays: Number.isFinite(preDay) && preDay <= lift.day ? lift.day - preDay : null,
  };
  if (followUps !== null) {
    for (const followUp of advisory.followUps) {
      const dated = datedFollowUp(entry, followUp);
      if (dated) followUps.push(dated);
    }
  }
  return entry;
}

/**
 * Advisories by the release names they affect, plus every lift day for the
 * advisory rate. Built in bulk (one sort, then shared out) or updated one advisory
 * at a time (binary insert/remove) by the incremental analyser.
 */
export class AdvisoryIndex {
  readonly buckets = new Map<string, ReleaseBucket>();
  /** Lift days of every indexed advisory, sorted. */
  readonly liftDays: number[] = [];
  /** Pre-disclosure leads (days) of those that have one, sorted. */
  readonly leadDays: number[] = [];
  /** Indexed advisories, and how many of them have any follow-up fix. */
  size = 0;
  withFollowUps = 0;
  private versions = 0;

  /** Sorts `entries` in place (the caller hands them over) and shares them out. */
  static build(entries: IndexedAdvisory[], versionFloor: number): AdvisoryIndex {
    const index = new AdvisoryIndex();
    index.versions = versionFloor;
    // Sort everything once; buckets filled in order come out sorted.
    const lifts = sortByDay(entries, liftDayOf, liftTie);
    const followUps: DatedFollowUp[] = [];
    // Index loops: this runs once per analysis, often before the engine
    // optimises it, when for-of still allocates an iterator result per step.
    for (let i = 0; i < lifts.length; i++) {
      const entry = lifts[i];
      index.liftDays.push(entry.liftDay);
      index.tally(entry);
      for (let f = 0; f < entry.followUps.length; f++) followUps.push(entry.followUps[f]);
      const names = entry.affects;
      for (let n = 0; n < names.length; n++) index.bucket(names[n]).lifts.push(entry);
    }
    // As plain numbers: a comparator sort of 100k leads costs several ms.
    const leads = Float64Array.from(index.leadDays).sort();
    for (let i = 0; i < leads.length; i++) index.leadDays[i] = leads[i];
    sortByDay(followUps, followUpDayOf, followUpTie);
    for (let i = 0; i < followUps.length; i++) {
      const names = followUps[i].owner.affects;
      for (let n = 0; n < names.length; n++) index.bucket(names[n]).followUps.push(followUps[i]);
    }
    return index;
  }

  /** Monotonic across rebuilds, so a cached bucket version never matches a new bucket by chance. */
  get version(): number {
    return this.versions;
  }

  bucketVersion(name: string): number {
    return this.buckets.get(name)?.version ?? 0;
  }

  /** The median pre-disclosure lead in days; NaN when none is known. */
  medianLead(): number {
    const leads = this.leadDays;
    if (leads.length === 0) return NaN;
    const middle = leads.length >> 1;
    return leads.length % 2 === 1 ? leads[middle] : (leads[middle - 1] + leads[middle]) / 2;
  }

  /** Bulk build: leads are pushed here and sorted once at the end. */
  private tally(entry: IndexedAdvisory): void {
    this.size++;
    if (entry.advisory.followUps.length > 0) this.withFollowUps++;
    if (entry.leadDays !== null) this.leadDays.push(entry.leadDays);
  }

  add(entry: IndexedAdvisory): void {
    // Every change moves the version, also of an advisory that affects no
    // release: the history evidence counts every lift.
    this.versions++;
    insertSorted(this.liftDays, entry.liftDay, (a, b) => a - b);
    this.size++;
    if (entry.advisory.followUps.length > 0) this.withFollowUps++;
    if (entry.leadDays !== null) insertSorted(this.leadDays, entry.leadDays, (a, b) => a - b);
    for (const name of entry.affects) {
      const bucket = this.bucket(name);
      insertSorted(bucket.lifts, entry, byLift);
      for (const followUp of entry.followUps)
        insertSorted(bucket.followUps, followUp, byFollowUpDay);
      bucket.version = ++this.versions;
    }
  }

  remove(entry: IndexedAdvisory): void {
    this.versions++;
    const at = lowerBound(this.liftDays, entry.liftDay, identity);
    if (this.liftDays[at] === entry.liftDay) this.liftDays.splice(at, 1);
    this.size--;
    if (entry.advisory.followUps.length > 0) this.withFollowUps--;
    if (entry.leadDays !== null) {
      const lead = lowerBound(this.leadDays, entry.leadDays, identity);
      if (this.leadDays[lead] === entry.leadDays) this.leadDays.splice(lead, 1);
    }
    for (const name of entry.affects) {
      const bucket = this.buckets.get(name);
      if (!bucket) continue;
      removeSorted(bucket.lifts, entry, byLift);
      for (const followUp of entry.followUps)
        removeSorted(bucket.followUps, followUp, byFollowUpDay);
      bucket.version = ++this.versions;
    }
  }

  /** Indexed advisories lifting on days in [from, to). */
  countLiftsIn(from: DayNumber, to: DayNumber): number {
    return lowerBound(this.liftDays, to, identity) - lowerBound(this.liftDays, from, identity);
  }

  private bucket(name: string): ReleaseBucket {
    let bucket = this.buckets.get(name);
    if (!bucket) {
      bucket = { lifts: [], followUps: [], version: ++this.versions };
      this.buckets.set(name, bucket);
    }
    return bucket;
  }
}
