import { type Advisory, type AdvisoryStatus, type FollowUp } from '../../../shared/domain/advisory';
import {
  isOpenBlocker,
  isReleased,
  MILESTONE_LABELS,
  MILESTONE_SHORT_LABELS,
  type Milestone,
  type MilestoneKind,
  type Release,
} from '../../../shared/domain/release';
import { dayNumber } from '../../../shared/planning/days';
import { packRows, type Interval } from '../geometry/packRows';
import { DAY_MS, HOUR_MS } from '../geometry/scale';

// What the timeline draws, in milliseconds, built once per plan (not per
// frame). Calendar dates are placed at noon UTC: the usual time an embargo
// lifts, so a lift and a release on the same day line up.

export function dateMs(date: string): number {
  return dayNumber(date) * DAY_MS + 12 * HOUR_MS;
}

export function instantMs(instant: string): number {
  return Date.parse(instant);
}

/** The calendar date (YYYY-MM-DD, UTC) of a position on the axis. */
export function dateAt(t: number): string {
  return new Date(Math.floor(t / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

export const PHASES = ['development', 'feature-freeze', 'code-freeze', 'hard-code-freeze'] as const;
export type PhaseKind = (typeof PHASES)[number];

export const PHASE_LABELS: Record<PhaseKind, string> = {
  development: 'Development',
  'feature-freeze': 'Feature freeze',
  'code-freeze': 'Code freeze',
  'hard-code-freeze': 'Hard code freeze',
};

export interface Phase {
  kind: PhaseKind;
  start: number;
  end: number;
}

export interface MilestoneMark {
  id: string;
  releaseId: number;
  milestone: Milestone;
  kind: MilestoneKind;
  /** 'Feature freeze', 'RC1', 'Release 4.21'. */
  name: string;
  /** What fits above the marker: 'FF', 'RC1', '4.21'. */
  short: string;
  /** Where it is drawn: the actual date once it happened, else the plan. */
  at: number;
  planned: number;
  actual: number | null;
  /** The original plan, when it differs from the current one. */
  baseline: number | null;
  happened: boolean;
}

export interface ReleaseLane extends Interval {
  id: string;
  release: Release;
  released: boolean;
  releaseAt: number | null;
  phases: Phase[];
  marks: MilestoneMark[];
}

/** Development is drawn this long when nothing before the feature freeze says when it began. */
const DEFAULT_DEVELOPMENT_MS = 28 * DAY_MS;

export function markName(release: Release, m: Milestone): string {
  if (m.kind === 'release') return `Release ${release.name}`;
  if (m.label && (m.kind === 'rc' || m.kind === 'custom')) return m.label;
  return m.label ? `${MILESTONE_LABELS[m.kind]} (${m.label})` : MILESTONE_LABELS[m.kind];
}

function markShort(release: Release, m: Milestone): string {
  if (m.kind === 'release') return release.name;
  if ((m.kind === 'rc' || m.kind === 'custom') && m.label) return m.label;
  return MILESTONE_SHORT_LABELS[m.kind];
}

function mark(release: Release, m: Milestone): MilestoneMark {
  const planned = dateMs(m.planned);
  const actual = m.actual === null ? null : dateMs(m.actual);
  const at = actual ?? planned;
  const baseline = m.baseline === null ? null : dateMs(m.baseline);
  return {
    id: `m${m.id}`,
    releaseId: release.id,
    milestone: m,
    kind: m.kind,
    name: markName(release, m),
    short: markShort(release, m),
    at,
    planned,
    actual,
    baseline: baseline !== null && baseline !== planned ? baseline : null,
    happened: actual !== null,
  };
}

function firstAt(marks: readonly MilestoneMark[], kind: MilestoneKind): number | null {
  return marks.find((m) => m.kind === kind)?.at ?? null;
}

function phasesOf(marks: readonly MilestoneMark[], end: number): Phase[] {
  const freezes = (['feature-freeze', 'code-freeze', 'hard-code-freeze'] as const)
    .map((kind) => ({ kind, at: firstAt(marks, kind) }))
    .filter((f): f is { kind: PhaseKind & MilestoneKind; at: number } => f.at !== null);
  if (freezes.length === 0) return [];
  const phases: Phase[] = [];
  const earliest = marks.length > 0 ? marks[0].at : freezes[0].at;
  const devStart = earliest < freezes[0].at ? earliest : freezes[0].at - DEFAULT_DEVELOPMENT_MS;
  phases.push({ kind: 'development', start: devStart, end: freezes[0].at });
  freezes.forEach((freeze, i) => {
    const next = i + 1 < freezes.length ? freezes[i + 1].at : end;
    phases.push({ kind: freeze.kind, start: freeze.at, end: next });
  });
  // Milestones out of order would draw negative phases; the MILESTONE_ORDER finding says why.
  return phases.filter((p) => p.end > p.start);
}

export function releaseLane(release: Release): ReleaseLane {
  const marks = release.milestones.map((m) => mark(release, m)).sort((a, b) => a.at - b.at);
  const releaseAt = firstAt(marks, 'release');
  const last = marks.length > 0 ? marks[marks.length - 1].at : 0;
  const phases = phasesOf(marks, releaseAt ?? last);
  const times = marks.flatMap((m) => [m.at, m.planned, m.baseline ?? m.at]);
  for (const p of phases) times.push(p.start);
  return {
    id: `r${release.id}`,
    release,
    released: isReleased(release),
    releaseAt,
    phases,
    marks,
    start: times.length > 0 ? Math.min(...times) : 0,
    end: times.length > 0 ? Math.max(...times) : 0,
  };
}

export interface FollowUpMark {
  id: string;
  followUp: FollowUp;
  at: number;
}

export interface AdvisoryItem extends Interval {
  id: string;
  advisory: Advisory;
  /** As recorded: an embargo whose lift passed stays embargoed until someone marks it public. */
  status: AdvisoryStatus;
  predisclosure: number | null;
  lift: number;
  followUps: FollowUpMark[];
}

/** An advisory without a pre-disclosure date is drawn as a stub this long before its lift. */
export const STUB_MS = DAY_MS;

function followUpAt(followUp: FollowUp): number | null {
  if (followUp.publicAt) return instantMs(followUp.publicAt);
  return followUp.expectedAt ? dateMs(followUp.expectedAt) : null;
}

export function advisoryItem(advisory: Advisory): AdvisoryItem {
  const lift = instantMs(advisory.publicAt);
  const predisclosure = advisory.predisclosureAt ? instantMs(advisory.predisclosureAt) : null;
  const followUps: FollowUpMark[] = [];
  let end = lift;
  for (const followUp of advisory.followUps) {
    const at = followUpAt(followUp);
    if (at === null) continue;
    followUps.push({ id: `f${advisory.id}-${followUp.id}`, followUp, at });
    if (at > end) end = at;
  }
  if (followUps.length > 1) followUps.sort((a, b) => a.at - b.at);
  const start = Math.min(predisclosure ?? lift - STUB_MS, lift - STUB_MS / 4);
  return {
    id: `a${advisory.id}`,
    advisory,
    status: advisory.status,
    predisclosure,
    lift,
    followUps,
    start,
    end,
  };
}

export interface AdvisoryRows {
  items: AdvisoryItem[];
  /** Packed rows, each in start order. */
  rows: AdvisoryItem[][];
  /** Item id → row. */
  rowOf: Map<string, number>;
  byId: Map<string, AdvisoryItem>;
  byKey: Map<string, AdvisoryItem>;
}

/** Advisories packed into rows without overlap, a day apart at least. */
export function advisoryRows(items: AdvisoryItem[]): AdvisoryRows {
  const packing = packRows(items, DAY_MS);
  const rows = packing.rows.map((indices) => indices.map((i) => items[i]));
  const rowOf = new Map<string, number>();
  const byId = new Map<string, AdvisoryItem>();
  const byKey = new Map<string, AdvisoryItem>();
  items.forEach((item, i) => {
    rowOf.set(item.id, packing.rowOf[i]);
    byId.set(item.id, item);
    byKey.set(item.advisory.key, item);
  });
  return { items, rows, rowOf, byId, byKey };
}

/** The earliest and latest instants worth showing for "fit all". */
export function extentOf(
  lanes: readonly ReleaseLane[],
  items: readonly AdvisoryItem[],
): [number, number] | null {
  let from = Infinity;
  let to = -Infinity;
  for (const lane of lanes) {
    if (lane.marks.length === 0) continue;
    from = Math.min(from, lane.start);
    to = Math.max(to, lane.end);
  }
  for (const item of items) {
    from = Math.min(from, item.start);
    to = Math.max(to, item.end);
  }
  return from <= to ? [from, to] : null;
}

/** Blockers of a release that are still open on the day starting at `todayMs`. */
export function openBlockersOf(release: Release, todayMs: number): number {
  const today = new Date(todayMs).toISOString().slice(0, 10);
  return release.blockers.filter((b) => isOpenBlocker(b, today)).length;
}
