import type { Advisory, FollowUp } from '../domain/advisory';
import type { IsoDate, IsoInstant } from '../domain/dates';
import { canonicalInstant, dayNumber, dayOfInstant, type DayNumber } from './days';
import { compareText, identity, insertSorted, lowerBound, removeSorted } from './sorted';

/** An advisory that takes part in planning (not withdrawn, with a readable lift). */
export interface IndexedAdvisory {
  readonly advisory: Advisory;
  readonly key: string;
  readonly liftDay: DayNumber;
  readonly lift: IsoInstant;
  readonly followUps: readonly DatedFollowUp[];
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

export const byLift = (a: IndexedAdvisory, b: IndexedAdvisory): number =>
  a.liftDay - b.liftDay || compareText(a.key, b.key) || a.advisory.id - b.advisory.id;

export const byFollowUpDay = (a: DatedFollowUp, b: DatedFollowUp): number =>
  a.day - b.day ||
  compareText(a.owner.key, b.owner.key) ||
  a.followUp.id - b.followUp.id ||
  a.owner.advisory.id - b.owner.advisory.id;

export const liftDayOf = (entry: IndexedAdvisory): number => entry.liftDay;
export const followUpDayOf = (entry: DatedFollowUp): number => entry.day;

/**
 * The date a pending follow-up counts at. With both an expected date and a
 * re-issue instant, the later one binds: the release needs both.
 */
function datedFollowUp(owner: IndexedAdvisory, followUp: FollowUp): DatedFollowUp | null {
  if (followUp.status !== 'pending') return null;
  const expected = followUp.expectedAt === null ? NaN : dayNumber(followUp.expectedAt);
  const instant = followUp.publicAt === null ? null : canonicalInstant(followUp.publicAt);
  const reissued = instant === null ? NaN : dayOfInstant(instant);
  if (Number.isFinite(reissued) && !(expected > reissued))
    return { owner, followUp, day: reissued, date: instant! };
  if (Number.isFinite(expected))
    return { owner, followUp, day: expected, date: followUp.expectedAt! };
  return null;
}

/** The planning view of an advisory, or null when it raises nothing (withdrawn, no lift). */
export function indexAdvisory(advisory: Advisory): IndexedAdvisory | null {
  if (advisory.status === 'withdrawn') return null;
  const lift = canonicalInstant(advisory.publicAt);
  const liftDay = lift === null ? NaN : dayNumber(lift.slice(0, 10));
  if (lift === null || !Number.isFinite(liftDay)) return null;
  const followUps: DatedFollowUp[] = [];
  const entry: IndexedAdvisory = { advisory, key: advisory.key, liftDay, lift, followUps };
  for (const followUp of advisory.followUps) {
    const dated = datedFollowUp(entry, followUp);
    if (dated) followUps.push(dated);
  }
  return entry;
}

/** Release names an advisory affects, once each (a name listed twice counts once). */
export function affectedNames(advisory: Advisory): string[] {
  return advisory.affects.length < 2 ? advisory.affects : [...new Set(advisory.affects)];
}

/**
 * Advisories by the release names they affect, plus every lift day for the
 * advisory rate. Built in bulk (push, then sort once) or updated one advisory
 * at a time (binary insert/remove) by the incremental analyser.
 */
export class AdvisoryIndex {
  readonly buckets = new Map<string, ReleaseBucket>();
  /** Lift days of every indexed advisory, sorted. */
  readonly liftDays: number[] = [];
  private versions = 0;

  static build(entries: Iterable<IndexedAdvisory>, versionFloor: number): AdvisoryIndex {
    const index = new AdvisoryIndex();
    index.versions = versionFloor;
    for (const entry of entries) {
      index.liftDays.push(entry.liftDay);
      for (const name of affectedNames(entry.advisory)) {
        const bucket = index.bucket(name);
        bucket.lifts.push(entry);
        for (const followUp of entry.followUps) bucket.followUps.push(followUp);
      }
    }
    index.liftDays.sort((a, b) => a - b);
    for (const bucket of index.buckets.values()) {
      bucket.lifts.sort(byLift);
      bucket.followUps.sort(byFollowUpDay);
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

  add(entry: IndexedAdvisory, touched: Set<string>): void {
    insertSorted(this.liftDays, entry.liftDay, (a, b) => a - b);
    for (const name of affectedNames(entry.advisory)) {
      const bucket = this.bucket(name);
      insertSorted(bucket.lifts, entry, byLift);
      for (const followUp of entry.followUps)
        insertSorted(bucket.followUps, followUp, byFollowUpDay);
      bucket.version = ++this.versions;
      touched.add(name);
    }
  }

  remove(entry: IndexedAdvisory, touched: Set<string>): void {
    const at = lowerBound(this.liftDays, entry.liftDay, identity);
    if (this.liftDays[at] === entry.liftDay) this.liftDays.splice(at, 1);
    for (const name of affectedNames(entry.advisory)) {
      const bucket = this.buckets.get(name);
      if (!bucket) continue;
      removeSorted(bucket.lifts, entry, byLift);
      for (const followUp of entry.followUps)
        removeSorted(bucket.followUps, followUp, byFollowUpDay);
      bucket.version = ++this.versions;
      touched.add(name);
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
