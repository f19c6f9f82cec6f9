import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { referenceCalendarsStore } from '../exchange/referenceCalendarsStore';
import { Icon } from '../common/Icon';
import { useEditor } from '../state/editorStore';
import { usePlan } from '../state/usePlan';
import { severitySummary } from '../../shared/planning/vocabulary';
import { dayText, instantText } from './model/labels';
import { Legend } from './plot/Legend';
import { dateMs, extentOf, instantMs } from './model/items';
import { Patterns } from './plot/Patterns';
import { previewDays, type PlanLists } from './model/preview';
import { DAY_MS, visibleRange } from './geometry/scale';
import { TimelineCanvas } from './plot/TimelineCanvas';
import { useTimeline } from './state/timelineStore';
import { Toolbar } from './toolbar/Toolbar';
import { useTimelineData, type TimelineData } from './state/useTimelineData';
import { markPlanArrival } from './perfMarks';
import { planStore } from '../state/usePlan';
import './timeline.css';

markPlanArrival(planStore.subscribe, () => planStore.getState().advisories.length > 0);

// The agenda loads when first wanted.
const Agenda = lazy(() => import('./agenda/Agenda').then((m) => ({ default: m.Agenda })));

/**
 * Where the view opens: the next release still to come, from a little
 * before today to its end; with none, everything.
 */
export function defaultRange(data: TimelineData): [number, number] {
  // The release being worked on: the earliest not released, overdue ones first.
  const next = data.lanes
    .filter((l) => !l.released && l.releaseAt !== null)
    .sort((a, b) => a.releaseAt! - b.releaseAt!)[0];
  if (next) {
    const suggested = (data.index.suggestionsByRelease.get(next.release.name) ?? []).map((s) =>
      dateMs(s.date.slice(0, 10)),
    );
    return [
      Math.min(next.start, data.todayMs - 14 * DAY_MS),
      Math.max(next.end, data.todayMs, ...suggested) + 21 * DAY_MS,
    ];
  }
  return (
    extentOf(data.lanes, data.rows.items) ?? [
      data.todayMs - 90 * DAY_MS,
      data.todayMs + 90 * DAY_MS,
    ]
  );
}

/** What a screen reader hears while a date is being moved. */
function moveAnnouncement(data: TimelineData, stored: PlanLists): string {
  const preview = data.preview;
  if (!preview) return '';
  const days = previewDays(stored, preview);
  const shift = `${days > 0 ? '+' : ''}${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
  if (preview.type === 'milestone') {
    const release = data.releases.find((r) => r.id === preview.releaseId);
    const findings = severitySummary(release ? data.index.byRelease.get(release.name) : undefined);
    return `${release?.name ?? 'Milestone'} moved to ${dayText(dateMs(preview.date))} (${shift}): ${findings || 'no warnings'}.`;
  }
  const advisory = data.advisories.find((a) => a.id === preview.advisoryId);
  const findings = severitySummary(advisory ? data.index.byAdvisory.get(advisory.key) : undefined);
  if (preview.type === 'follow-up')
    return `Follow-up fix to ${advisory?.key ?? 'the advisory'} moved to ${dayText(dateMs(preview.date))} (${shift}): ${findings || 'no warnings'}.`;
  return `${advisory?.key ?? 'Lift'} lift moved to ${instantText(instantMs(preview.publicAt))} (${shift}): ${findings || 'no warnings'}.`;
}

/** The agenda lists what the timeline shows: the same range, so it follows pans and zooms. */
function AgendaView({ data }: { data: TimelineData }) {
  const scale = useTimeline((s) => s.scale);
  const width = useTimeline((s) => s.width);
  const [from, to] = scale && width > 0 ? visibleRange(scale, width) : defaultRange(data);
  return (
    <Suspense fallback={<p className="loading">Loading the agenda…</p>}>
      <Agenda data={data} from={from} to={to} />
    </Suspense>
  );
}

export function Timeline() {
  const data = useTimelineData();
  const mode = useTimeline((s) => s.mode);
  const open = useEditor((s) => s.open);
  const storedReleases = usePlan((s) => s.releases);
  const storedAdvisories = usePlan((s) => s.advisories);
  const dataRef = useRef(data);
  useLayoutEffect(() => {
    dataRef.current = data;
  });
  const initialRange = useCallback(() => defaultRange(dataRef.current), []);
  // The reference lanes read the calendars the import dialog keeps; loaded once here.
  useEffect(() => {
    if (referenceCalendarsStore.getState().calendars === null)
      void referenceCalendarsStore.getState().load();
  }, []);

  const matches = useMemo(
    () => (data.filters.search.trim() ? data.rows.items.length : 0),
    [data.filters.search, data.rows.items],
  );
  const announcement = moveAnnouncement(data, {
    releases: storedReleases,
    advisories: storedAdvisories,
  });
  const empty = data.releases.length === 0 && data.advisories.length === 0;

  return (
    <section
      className={mode === 'agenda' ? 'timeline-view is-agenda' : 'timeline-view'}
      aria-labelledby="timeline-heading"
    >
      <h2 id="timeline-heading" className="visually-hidden">
        Timeline
      </h2>
      <Patterns />
      <Toolbar data={data} matches={matches} />
      {mode === 'timeline' ? <Legend /> : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {empty ? (
        <div className="tl-empty">
          <h3>Nothing on the timeline yet</h3>
          <p>
            Add a release with its freezes and an advisory with its embargo, or load the sample plan
            above.
          </p>
          <div className="tl-empty-actions">
            <button
              type="button"
              className="button"
              onClick={() => open({ type: 'release', id: null })}
            >
              <Icon name="plus" />
              Add release
            </button>
            <button
              type="button"
              className="button"
              onClick={() => open({ type: 'advisory', id: null })}
            >
              <Icon name="plus" />
              Add advisory
            </button>
          </div>
        </div>
      ) : mode === 'agenda' ? (
        <AgendaView data={data} />
      ) : (
        <TimelineCanvas data={data} initialRange={initialRange} />
      )}
    </section>
  );
}
