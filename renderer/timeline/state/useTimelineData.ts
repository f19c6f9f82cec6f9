import { useMemo } from 'react';
import type { Advisory } from '../../../shared/domain/advisory';
import { utcToday } from '../../../shared/domain/dates';
import type { Release } from '../../../shared/domain/release';
import type { Settings } from '../../../shared/domain/settings';
import { NO_ANALYSIS, type Analysis } from '../../../shared/planning/types';
import { analysePlan, usePlanningEngine } from '../../planning/useAnalysis';
import { usePaintedWith } from '../../state/usePaintedWith';
import { usePresentation } from '../../state/presentationStore';
import { useNow } from '../../state/useNow';
import { usePlan } from '../../state/usePlan';
import {
  useReferenceCalendars,
  type ReferenceCalendar,
} from '../../exchange/referenceCalendarsStore';
import {
  advisoryShown,
  releaseShown,
  showsAllAdvisories,
  type TimelineFilters,
} from '../model/filters';
import { indexFindings, type FindingIndex } from '../model/findingIndex';
import {
  advisoryItem,
  advisoryRows,
  dateMs,
  releaseLane,
  type AdvisoryItem,
  type AdvisoryRows,
  type ReleaseLane,
} from '../model/items';
import { applyPreview, type Preview } from '../model/preview';
import { buildTargets, type Targets } from '../model/targets';
import { useTimeline } from './timelineStore';

export interface TimelineData {
  releases: readonly Release[];
  advisories: readonly Advisory[];
  settings: Settings | null;
  /** Other projects' calendars, a read-only lane each. */
  references: readonly ReferenceCalendar[];
  /** Release lanes that pass the filters, in release-date order (the dragged one where it is dragged). */
  lanes: ReleaseLane[];
  /** Advisories that pass the filters, packed into rows. */
  rows: AdvisoryRows;
  /** The advisory being dragged, where it is dragged to; drawn in its row instead of the stored one. */
  moved: AdvisoryItem | null;
  analysis: Analysis;
  index: FindingIndex;
  targets: Targets;
  now: Date;
  nowMs: number;
  todayMs: number;
  presenting: boolean;
  filters: TimelineFilters;
  preview: Preview | null;
  /** The first render shows the lanes before the findings, which follow a moment later. */
  analysing: boolean;
}

const NO_REFERENCES: readonly ReferenceCalendar[] = [];

// Built once per release or advisory object: an edit replaces only its object.
const lanesByRelease = new WeakMap<Release, ReleaseLane>();
const itemsByAdvisory = new WeakMap<Advisory, AdvisoryItem>();

function laneFor(release: Release): ReleaseLane {
  let lane = lanesByRelease.get(release);
  if (!lane) {
    lane = releaseLane(release);
    lanesByRelease.set(release, lane);
  }
  return lane;
}

function itemFor(advisory: Advisory): AdvisoryItem {
  const cached = itemsByAdvisory.get(advisory);
  if (cached) return cached;
  const item = advisoryItem(advisory);
  itemsByAdvisory.set(advisory, item);
  return item;
}

function laneOrder(stored: readonly Release[]): (a: ReleaseLane, b: ReleaseLane) => number {
  // By the stored release date, not the dragged one: a lane must not jump under the pointer.
  const at = new Map(stored.map((r) => [r.id, laneFor(r)]));
  const key = (l: ReleaseLane) => {
    const lane = at.get(l.release.id) ?? l;
    return lane.releaseAt ?? lane.end;
  };
  return (a, b) =>
    key(a) - key(b) || a.release.name.localeCompare(b.release.name, 'en', { numeric: true });
}

export function useTimelineData(): TimelineData {
  const releases = usePlan((s) => s.releases);
  const advisories = usePlan((s) => s.advisories);
  const settings = usePlan((s) => s.settings);
  const references = useReferenceCalendars((s) => s.calendars) ?? NO_REFERENCES;
  const presenting = usePresentation((s) => s.presenting);
  const filters = useTimeline((s) => s.filters);
  const preview = useTimeline((s) => s.preview);
  const now = useNow();
  const today = utcToday(now);

  const plan = useMemo(
    () => applyPreview({ releases, advisories, settings }, preview),
    [releases, advisories, settings, preview],
  );

  const lanes = useMemo(
    () =>
      plan.releases
        .filter((r) => releaseShown(r.name, filters))
        .map(laneFor)
        .sort(laneOrder(releases)),
    [plan.releases, releases, filters],
  );

  // Packed from the stored plan: a dragged lift must not reshuffle the rows under the pointer.
  const rows = useMemo(() => {
    const all = advisories.map((a) => itemFor(a));
    const items = showsAllAdvisories(filters)
      ? all
      : all.filter((item) => advisoryShown(item.advisory, item.status, filters, now, presenting));
    return advisoryRows(items);
  }, [advisories, filters, now, presenting]);

  const moved = useMemo(() => {
    if (preview?.type !== 'lift' && preview?.type !== 'follow-up') return null;
    const advisory = plan.advisories.find((a) => a.id === preview.advisoryId);
    return advisory ? itemFor(advisory) : null;
  }, [plan.advisories, preview]);

  // The first frame shows the plan; the findings follow once it is painted and the engine is in.
  const engine = usePlanningEngine();
  // The plot is drawn once it has a view; the agenda and the empty timeline draw no plot.
  const mode = useTimeline((s) => s.mode);
  const plotted = useTimeline((s) => s.view !== null);
  const shown =
    settings !== null &&
    (plotted || mode !== 'timeline' || (releases.length === 0 && advisories.length === 0));
  const warming = !usePaintedWith(shown) || !engine;
  const analysis = useMemo(
    () => (warming ? null : analysePlan(plan, today)) ?? NO_ANALYSIS,
    [warming, plan, today],
  );
  const index = useMemo(
    () =>
      indexFindings(analysis.findings, analysis.suggestions, {
        severities: filters.severities,
        suggestions: filters.suggestions,
      }),
    [analysis, filters.severities, filters.suggestions],
  );
  const targets = useMemo(() => buildTargets(lanes, rows, index), [lanes, rows, index]);

  return useMemo(
    () => ({
      releases: plan.releases,
      advisories: plan.advisories,
      settings,
      references,
      lanes,
      rows,
      moved,
      analysis,
      index,
      targets,
      now,
      nowMs: now.getTime(),
      todayMs: dateMs(today),
      presenting,
      filters,
      preview,
      analysing: warming,
    }),
    [
      plan,
      settings,
      references,
      lanes,
      rows,
      moved,
      analysis,
      index,
      targets,
      now,
      today,
      presenting,
      filters,
      preview,
      warming,
    ],
  );
}
