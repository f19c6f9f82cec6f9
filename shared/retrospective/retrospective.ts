import type { Advisory } from '../domain/advisory';
import type { IsoDate } from '../domain/dates';
import { isReleased, type Milestone, type MilestoneKind, type Release } from '../domain/release';
import type { SettingsValues } from '../domain/settings';
import { AdvisoryIndex, indexAdvisory, type IndexedAdvisory } from '../planning/advisoryIndex';
import { WorkingCalendar } from '../planning/calendar';
import { dayNumber, dayOfInstant, isoDateOf, type DayNumber } from '../planning/days';
import { effectiveBuffer, learnEvidence, type Evidence } from '../planning/evidence';
import { compareKeys } from '../planning/format';
import { median } from '../planning/statistics';

// Where the time went, release by release: the arithmetic behind the
// retrospective view and `planner retro`. Pure: the plan and a day in, numbers
// out. Every rule that turns dates into causes is written down here, because
// the numbers are only as good as those rules.
//
// Late days. A release is late on each calendar day from its planned date
// (the first baseline, else the plan) up to the day before it came out. Each
// such day is put down to one cause:
// - other blockers: a blocker that is not an embargo was open that day
//   (opened on or before it, resolved after it, or never marked resolved);
//   the day counts here whether or not an embargo also held it;
// - waiting only on embargoes: no such blocker was open, and an embargo (or a
//   follow-up fix) the release carried held it. An advisory holds the release
//   from the day it was known (its pre-disclosure; without one, its lift
//   minus the learned pre-disclosure lead) until the first release day with
//   the learned buffer of working days after its lift: the same rule the
//   forecast runs forwards. A follow-up fix holds it from its advisory's lift
//   until the buffer after the fix. Only fixes that were in the release count:
//   those lifting (or landing) no later than the day it came out;
// - not recorded: nothing in the database held it that day.
//
// Stabilising period: from the feature freeze to the release. When the
// release has no feature freeze (the Xen record has none), it is measured
// from the first release candidate instead and says so ("from RC1"): the
// freeze came before that, so the real period was longer. Nothing is invented.
//
// Master closed: from the hard code freeze (else, again, the first release
// candidate, said so) to the day master reopened: a milestone labelled as
// reopening, else the branch (which reopens master), else the release.

export type StabilisingFrom = 'feature-freeze' | 'rc1';
export type MasterClosedFrom = 'hard-code-freeze' | 'rc1';
export type MasterReopenedBy = 'reopen' | 'branch' | 'release';

export interface MilestoneRetro {
  kind: MilestoneKind;
  label: string | null;
  /** The first baseline, else the plan. */
  planned: IsoDate;
  actual: IsoDate | null;
  /** actual − planned in days; null until it happened. */
  slipDays: number | null;
}

export interface ReleaseRetro {
  name: string;
  plannedRelease: IsoDate;
  actualRelease: IsoDate;
  /** actual − planned in calendar days; negative when it came out early. */
  daysLate: number;
  waitingOnEmbargoDays: number;
  otherBlockerDays: number;
  /** Late days with nothing recorded holding the release. */
  notRecordedDays: number;
  /** Advisory keys whose embargo or follow-up held the release on a late day, in key order. */
  heldBy: string[];
  /** Titles of blockers open on a late day. */
  blockersHeld: string[];
  stabilisingDays: number | null;
  stabilisingFrom: StabilisingFrom | null;
  stabilisingStart: IsoDate | null;
  masterClosedDays: number | null;
  masterClosedFrom: MasterClosedFrom | null;
  masterClosedStart: IsoDate | null;
  masterReopened: IsoDate | null;
  masterReopenedBy: MasterReopenedBy;
  /** Days since the release before it came out; null for the first. */
  cycleDays: number | null;
  previousRelease: string | null;
  milestones: MilestoneRetro[];
}

export interface RetroSummary {
  releases: number;
  late: number;
  early: number;
  medianDaysLate: number | null;
  /** Releases with at least one day waiting only on embargoes. */
  heldByEmbargoes: number;
  medianWaitingOnEmbargoDays: number | null;
  totalWaitingOnEmbargoDays: number;
  totalOtherBlockerDays: number;
  totalNotRecordedDays: number;
  meanStabilisingDays: number | null;
  /** What the stabilising periods were measured from, and how many each way. */
  stabilisingFrom: Record<StabilisingFrom, number>;
  medianMasterClosedDays: number | null;
  masterClosedFrom: Record<MasterClosedFrom, number>;
  medianCycleDays: number | null;
  /** Working days a release needs after its last lift, as the evidence has it (used for holds). */
  bufferWorkingDays: number;
  /** Days an advisory without a pre-disclosure date is taken to be known before its lift (learned)… */
  leadDays: number | null;
  /** …or, with too little history, the minimum pre-disclosure setting in working days. */
  leadWorkingDays: number | null;
}

export interface Retrospective {
  releases: ReleaseRetro[];
  summary: RetroSummary;
  evidence: Evidence;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

const happened = (m: Milestone): DayNumber => dayNumber(m.actual ?? m.planned);

function first(release: Release, kind: MilestoneKind): Milestone | undefined {
  return release.milestones.find((m) => m.kind === kind);
}

/** The first release candidate by date. */
function firstRc(release: Release): Milestone | undefined {
  return release.milestones
    .filter((m) => m.kind === 'rc')
    .sort((a, b) => happened(a) - happened(b))[0];
}

interface Hold {
  from: DayNumber;
  /** Exclusive. */
  until: DayNumber;
  key: string;
}

/** Embargo and follow-up holds on a release, by the rule at the top of this file. */
function securityHolds(
  name: string,
  released: DayNumber,
  entries: readonly IndexedAdvisory[],
  calendar: WorkingCalendar,
  buffer: number,
  knownFrom: (lift: DayNumber) => DayNumber,
): Hold[] {
  const ready = (day: DayNumber) => calendar.nextReleaseDay(calendar.addWorkingDays(day, buffer));
  const holds: Hold[] = [];
  for (const entry of entries) {
    if (!entry.affects.includes(name)) continue;
    const lift = entry.liftDay;
    if (lift <= released) {
      const known = entry.leadDays !== null ? lift - entry.leadDays : knownFrom(lift);
      holds.push({ from: known, until: ready(lift), key: entry.key });
    }
    for (const followUp of entry.advisory.followUps) {
      if (followUp.status === 'dropped') continue;
      const reissue = followUp.publicAt === null ? NaN : dayOfInstant(followUp.publicAt);
      const expected = followUp.expectedAt === null ? NaN : dayNumber(followUp.expectedAt);
      const day = Number.isFinite(reissue) ? reissue : expected;
      if (!Number.isFinite(day) || day > released) continue;
      holds.push({ from: lift, until: ready(day), key: entry.key });
    }
  }
  return holds;
}

export function releaseRetro(
  release: Release,
  previous: Release | null,
  entries: readonly IndexedAdvisory[],
  calendar: WorkingCalendar,
  buffer: number,
  knownFrom: (lift: DayNumber) => DayNumber,
): ReleaseRetro | null {
  const milestone = first(release, 'release');
  if (!milestone || milestone.actual === null) return null;
  const plannedIso = milestone.baseline ?? milestone.planned;
  const planned = dayNumber(plannedIso);
  const actual = dayNumber(milestone.actual);

  const holds = securityHolds(release.name, actual, entries, calendar, buffer, knownFrom);
  const blockers = release.blockers.map((b) => ({
    title: b.title,
    from: dayNumber(b.openedOn),
    until: b.resolvedOn === null ? Infinity : dayNumber(b.resolvedOn),
  }));
  let waiting = 0;
  let other = 0;
  let notRecorded = 0;
  const heldBy = new Set<string>();
  const blockersHeld = new Set<string>();
  for (let day = planned; day < actual; day++) {
    const open = blockers.filter((b) => b.from <= day && day < b.until);
    if (open.length > 0) {
      other++;
      for (const b of open) blockersHeld.add(b.title);
      continue;
    }
    const held = holds.filter((h) => h.from <= day && day < h.until);
    if (held.length > 0) {
      waiting++;
      for (const h of held) heldBy.add(h.key);
    } else notRecorded++;
  }

  const freeze = first(release, 'feature-freeze');
  const rc = firstRc(release);
  const stabilisingStart = freeze ?? rc;
  const hardFreeze = first(release, 'hard-code-freeze');
  const closedStart = hardFreeze ?? rc;
  const reopen = release.milestones.find(
    (m) => m.kind === 'custom' && m.label !== null && /reopen/i.test(m.label) && m.actual !== null,
  );
  const branch = first(release, 'branch');
  const reopenedBy: MasterReopenedBy = reopen ? 'reopen' : branch?.actual ? 'branch' : 'release';
  const reopened =
    reopenedBy === 'reopen'
      ? dayNumber(reopen!.actual!)
      : reopenedBy === 'branch'
        ? dayNumber(branch!.actual!)
        : actual;
  const previousDay = previous ? dayNumber(first(previous, 'release')!.actual!) : NaN;

  return {
    name: release.name,
    plannedRelease: plannedIso,
    actualRelease: milestone.actual,
    daysLate: actual - planned,
    waitingOnEmbargoDays: waiting,
    otherBlockerDays: other,
    notRecordedDays: notRecorded,
    heldBy: [...heldBy].sort(compareKeys),
    blockersHeld: [...blockersHeld],
    stabilisingDays: stabilisingStart ? actual - happened(stabilisingStart) : null,
    stabilisingFrom: freeze ? 'feature-freeze' : rc ? 'rc1' : null,
    stabilisingStart: stabilisingStart ? isoDateOf(happened(stabilisingStart)) : null,
    masterClosedDays: closedStart ? Math.max(0, reopened - happened(closedStart)) : null,
    masterClosedFrom: hardFreeze ? 'hard-code-freeze' : rc ? 'rc1' : null,
    masterClosedStart: closedStart ? isoDateOf(happened(closedStart)) : null,
    masterReopened: isoDateOf(reopened),
    masterReopenedBy: reopenedBy,
    cycleDays: Number.isFinite(previousDay) ? actual - previousDay : null,
    previousRelease: previous?.name ?? null,
    milestones: release.milestones.map((m) => {
      const plan = m.baseline ?? m.planned;
      return {
        kind: m.kind,
        label: m.label,
        planned: plan,
        actual: m.actual,
        slipDays: m.actual === null ? null : dayNumber(m.actual) - dayNumber(plan),
      };
    }),
  };
}

function releasedDay(release: Release): DayNumber {
  const actual = first(release, 'release')?.actual;
  return actual ? dayNumber(actual) : NaN;
}

/**
 * The retrospective of every released release with a recorded release day,
 * in the order they came out. `today` only dates the evidence (its batch rate).
 */
export function retrospective(
  releases: readonly Release[],
  advisories: readonly Advisory[],
  settings: SettingsValues,
  today: IsoDate,
): Retrospective {
  const calendar = new WorkingCalendar(settings);
  const entries: IndexedAdvisory[] = [];
  for (const advisory of advisories) {
    const entry = indexAdvisory(advisory);
    if (entry) entries.push(entry);
  }
  const released = releases
    .filter((r) => isReleased(r) && Number.isFinite(releasedDay(r)))
    .sort((a, b) => releasedDay(a) - releasedDay(b) || compareKeys(a.name, b.name));
  const evidence = learnEvidence(
    released,
    AdvisoryIndex.build([...entries], 0),
    calendar,
    settings,
    dayNumber(today),
  );
  const buffer = effectiveBuffer(evidence, settings);
  // Without a pre-disclosure date an advisory was known the learned lead
  // before its lift; with too little history, the minimum pre-disclosure the
  // settings ask for, counted back from that lift.
  const learned = evidence.lead.source === 'history';
  const knownFrom = learned
    ? (lift: DayNumber) => lift - evidence.lead.days
    : (lift: DayNumber) => calendar.addWorkingDays(lift, -settings.minPredisclosureWorkingDays);
  const rows: ReleaseRetro[] = [];
  released.forEach((release, i) => {
    const row = releaseRetro(
      release,
      i > 0 ? released[i - 1] : null,
      entries,
      calendar,
      buffer,
      knownFrom,
    );
    if (row) rows.push(row);
  });
  const lead = learned
    ? { leadDays: evidence.lead.days, leadWorkingDays: null }
    : { leadDays: null, leadWorkingDays: settings.minPredisclosureWorkingDays };
  return { releases: rows, summary: { ...summarise(rows, buffer), ...lead }, evidence };
}

function summarise(
  rows: readonly ReleaseRetro[],
  buffer: number,
): Omit<RetroSummary, 'leadDays' | 'leadWorkingDays'> {
  const count = <K extends string>(values: readonly (K | null)[], keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, values.filter((v) => v === k).length])) as Record<
      K,
      number
    >;
  const sum = (pick: (r: ReleaseRetro) => number) => rows.reduce((s, r) => s + pick(r), 0);
  return {
    releases: rows.length,
    late: rows.filter((r) => r.daysLate > 0).length,
    early: rows.filter((r) => r.daysLate < 0).length,
    medianDaysLate: median(rows.map((r) => r.daysLate)),
    heldByEmbargoes: rows.filter((r) => r.waitingOnEmbargoDays > 0).length,
    medianWaitingOnEmbargoDays: median(rows.map((r) => r.waitingOnEmbargoDays)),
    totalWaitingOnEmbargoDays: sum((r) => r.waitingOnEmbargoDays),
    totalOtherBlockerDays: sum((r) => r.otherBlockerDays),
    totalNotRecordedDays: sum((r) => r.notRecordedDays),
    meanStabilisingDays: mean(
      rows.flatMap((r) => (r.stabilisingDays === null ? [] : [r.stabilisingDays])),
    ),
    stabilisingFrom: count(
      rows.map((r) => r.stabilisingFrom),
      ['feature-freeze', 'rc1'] as const,
    ),
    medianMasterClosedDays: median(
      rows.flatMap((r) => (r.masterClosedDays === null ? [] : [r.masterClosedDays])),
    ),
    masterClosedFrom: count(
      rows.map((r) => r.masterClosedFrom),
      ['hard-code-freeze', 'rc1'] as const,
    ),
    medianCycleDays: median(rows.flatMap((r) => (r.cycleDays === null ? [] : [r.cycleDays]))),
    bufferWorkingDays: buffer,
  };
}
