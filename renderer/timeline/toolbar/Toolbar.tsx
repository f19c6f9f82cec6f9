import { lazy, Suspense, useState } from 'react';
import type { AdvisoryStatus } from '../../../shared/domain/advisory';
import type { Severity } from '../../../shared/planning';
import { SEVERITIES, severityCount, SEVERITY_PLURAL } from '../../../shared/planning/vocabulary';
import { activeFilterCount, DEFAULT_FILTERS } from '../model/filters';
import { timeOf } from '../model/findingIndex';
import { dayText } from '../model/labels';
import { extentOf } from '../model/items';
import { DAY_MS, visibleRange, type TimeScale } from '../geometry/scale';
import { useThrottledTimeline } from '../state/useThrottled';
import { useTimeline } from '../state/timelineStore';
import type { TimelineData } from '../state/useTimelineData';
import './toolbar.css';

// Loaded when first asked for: the picture export and its profiles are not on the first screen.
const ExportImageDialog = lazy(() =>
  import('./ExportImageDialog').then((m) => ({ default: m.ExportImageDialog })),
);

const SEVERITY_BOXES: { id: Severity; label: string }[] = SEVERITIES.map((id) => ({
  id,
  label: SEVERITY_PLURAL[id],
}));

const STATUS_BOXES: { id: AdvisoryStatus; label: string }[] = [
  { id: 'embargoed', label: 'Embargoed' },
  { id: 'public', label: 'Public' },
  { id: 'withdrawn', label: 'Withdrawn' },
];

const ZOOM_STEP = 1.6;

export function fitAll(data: TimelineData): void {
  const extent = extentOf(data.lanes, data.rows.items);
  if (extent) useTimeline.getState().fit(extent[0], extent[1]);
}

/** The first release still to come, by date: what "Fit release" shows with no release chosen. */
export function nextRelease(data: TimelineData): string | null {
  const next = data.lanes
    .filter((l) => !l.released && l.releaseAt !== null && l.releaseAt >= data.todayMs)
    .sort((a, b) => a.releaseAt! - b.releaseAt!)[0];
  return next?.release.name ?? data.lanes[data.lanes.length - 1]?.release.name ?? null;
}

export function fitRelease(data: TimelineData, name: string): void {
  const lane = data.lanes.find((l) => l.release.name === name) ?? null;
  if (!lane || lane.marks.length === 0) return;
  const suggested = (data.index.suggestionsByRelease.get(name) ?? []).map((s) => timeOf(s.date));
  const end = Math.max(lane.end, ...suggested) + 7 * DAY_MS;
  useTimeline.getState().fit(lane.start - 7 * DAY_MS, end);
}

function rangeText(state: { scale: TimeScale | null; width: number }): string {
  if (!state.scale) return '';
  const [from, to] = visibleRange(state.scale, state.width);
  return `${dayText(from)} – ${dayText(to)}`;
}

/** The dates on screen, refreshed a few times a second while the view moves. */
function RangeLabel() {
  const text = useThrottledTimeline(rangeText);
  return text ? <span className="tl-range">{text}</span> : null;
}

/** View controls on one line, filters and search on the next. */
export function Toolbar({ data, matches }: { data: TimelineData; matches: number }) {
  const mode = useTimeline((s) => s.mode);
  const filters = useTimeline((s) => s.filters);
  const store = useTimeline.getState();
  const active = activeFilterCount(filters);
  // The button that opened the image export, to give focus back to.
  const [exporting, setExporting] = useState<HTMLElement | null>(null);
  const names = data.releases.map((r) => r.name);
  const counts = data.index.counts;
  const suggestionCount =
    [...data.index.suggestionsByRelease.values()].reduce((n, l) => n + l.length, 0) +
    [...data.index.suggestionsByAdvisory.values()].reduce((n, l) => n + l.length, 0);

  return (
    <div className="tl-toolbar">
      <div className="tl-toolbar-row">
        <div className="segmented" role="group" aria-label="Show as">
          <button
            type="button"
            aria-pressed={mode === 'timeline'}
            onClick={() => store.setMode('timeline')}
          >
            Timeline
          </button>
          <button
            type="button"
            aria-pressed={mode === 'agenda'}
            onClick={() => store.setMode('agenda')}
          >
            Agenda
          </button>
        </div>
        <div className="tl-tools" role="group" aria-label="Zoom and position">
          <button
            type="button"
            className="button tl-zoom"
            aria-label="Zoom out"
            title="Zoom out (−, Ctrl+wheel)"
            onClick={() => store.zoom(1 / ZOOM_STEP)}
          >
            −
          </button>
          <button
            type="button"
            className="button tl-zoom"
            aria-label="Zoom in"
            title="Zoom in (+, Ctrl+wheel)"
            onClick={() => store.zoom(ZOOM_STEP)}
          >
            +
          </button>
          <button type="button" className="button" onClick={() => store.center(data.todayMs)}>
            Today
          </button>
          <button type="button" className="button" onClick={() => fitAll(data)}>
            Fit all
          </button>
          <button
            type="button"
            className="button"
            title="Fit the release chosen in the filter below, or else the next release due"
            onClick={() => {
              const name = filters.release ?? nextRelease(data);
              if (name) fitRelease(data, name);
            }}
          >
            Fit release
          </button>
        </div>
        <RangeLabel />
        <div className="tl-summary" aria-label="Warnings in the plan">
          {data.analysing ? (
            <span className="tl-muted">Checking the plan…</span>
          ) : (
            <>
              {SEVERITIES.map((severity) => (
                <span key={severity} className={`tl-count tl-count-${severity}`}>
                  {severityCount(severity, counts[severity])}
                </span>
              ))}
              <span className="tl-count tl-count-suggestion">
                {suggestionCount} {suggestionCount === 1 ? 'suggestion' : 'suggestions'}
              </span>
            </>
          )}
        </div>
      </div>
      <div className="tl-toolbar-row tl-filters" role="group" aria-label="Filters">
        <label className="tl-filter">
          <span>Release</span>
          <select
            className="input"
            value={filters.release ?? ''}
            onChange={(event) => {
              const release = event.target.value || null;
              store.setFilters({ release });
              if (release) fitRelease(data, release);
            }}
          >
            <option value="">All releases</option>
            {names.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="tl-filter-set">
          <legend>Show</legend>
          {SEVERITY_BOXES.map((box) => (
            <label key={box.id} className={`tl-check tl-check-${box.id}`}>
              <input
                type="checkbox"
                checked={filters.severities[box.id]}
                onChange={(event) =>
                  store.setFilters({
                    severities: { ...filters.severities, [box.id]: event.target.checked },
                  })
                }
              />
              {box.label}
            </label>
          ))}
          <label className="tl-check">
            <input
              type="checkbox"
              checked={filters.suggestions}
              onChange={(event) => store.setFilters({ suggestions: event.target.checked })}
            />
            Suggestions
          </label>
        </fieldset>
        <fieldset className="tl-filter-set">
          <legend>Advisories</legend>
          {STATUS_BOXES.map((box) => (
            <label key={box.id} className="tl-check">
              <input
                type="checkbox"
                checked={filters.statuses[box.id]}
                onChange={(event) =>
                  store.setFilters({
                    statuses: { ...filters.statuses, [box.id]: event.target.checked },
                  })
                }
              />
              {box.label}
            </label>
          ))}
        </fieldset>
        <label className="tl-filter tl-search">
          <span className="visually-hidden">Search advisories</span>
          <input
            type="search"
            className="input"
            placeholder="Search key, CVE or title"
            value={filters.search}
            onChange={(event) => store.setFilters({ search: event.target.value })}
            onKeyDown={(event) => {
              // Enter brings the matches into view.
              if (event.key === 'Enter' && filters.search.trim() && data.rows.items.length > 0)
                fitAll({ ...data, lanes: [] });
            }}
          />
        </label>
        {filters.search.trim() ? (
          <span className="tl-muted" aria-live="polite">
            {matches} {matches === 1 ? 'match' : 'matches'}
            {matches > 0 ? ' · Enter shows them' : ''}
          </span>
        ) : null}
        {active > 0 ? (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => store.setFilters(DEFAULT_FILTERS)}
          >
            Clear filters ({active})
          </button>
        ) : null}
        <button
          type="button"
          className="button tl-export-image"
          title="Save the timeline as a PNG or SVG picture (public unless you choose otherwise)"
          onClick={(event) => setExporting(event.currentTarget)}
        >
          Export image…
        </button>
      </div>
      {exporting ? (
        <Suspense fallback={null}>
          <ExportImageDialog returnFocus={exporting} onClose={() => setExporting(null)} />
        </Suspense>
      ) : null}
    </div>
  );
}
