import { releaseDate } from '../../../shared/domain/release';
import { dayLabel, dayNumber } from '../../../shared/planning/days';
import type { Finding, Severity } from '../../../shared/planning';
import { SEVERITIES, SEVERITY_SHORT } from '../../../shared/planning/vocabulary';
import type { FindingIndex } from '../model/findingIndex';
import type { AdvisoryItem } from '../model/items';
import { useCallback } from 'react';
import { visibleRange, type TimeScale } from '../geometry/scale';
import { useThrottledTimeline } from '../state/useThrottled';
import { rangeInRow } from '../geometry/virtualize';
import type { ReferenceCalendar } from '../../exchange/referenceCalendarsStore';
import {
  LABEL_WIDTH,
  REF_LANE_HEIGHT,
  SECTION_HEIGHT,
  type Layout,
  type PlacedLane,
} from './layout';
import './laneLabels.css';

/** '317', '10K': short enough for the label column. */
function countText(n: number): string {
  return n < 10_000 ? n.toLocaleString('en') : n.toLocaleString('en', { notation: 'compact' });
}

function countBySeverity(findings: readonly Finding[] | undefined): [Severity, number][] {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings ?? []) counts[f.severity]++;
  return SEVERITIES.filter((s) => counts[s] > 0).map((s) => [s, counts[s]]);
}

/** How many advisories are in the dates on screen, refreshed a few times a second. */
function InViewCount({ rows }: { rows: readonly AdvisoryItem[][] }) {
  const count = useThrottledTimeline(
    useCallback(
      (s: { scale: TimeScale | null; width: number }) => {
        if (!s.scale) return 0;
        const [from, to] = visibleRange(s.scale, s.width);
        let n = 0;
        for (const row of rows) {
          const [first, last] = rangeInRow(row, from, to);
          n += last - first;
        }
        return n;
      },
      [rows],
    ),
  );
  return <>{countText(count)}</>;
}

interface LabelsProps {
  layout: Layout;
  references: readonly ReferenceCalendar[];
  lanes: readonly PlacedLane[];
  index: FindingIndex;
  rows: readonly AdvisoryItem[][];
  total: number;
  clustered: boolean;
  /** YYYY-MM-DD (UTC): a release planned before it and not released is overdue. */
  today: string;
}

/** The left column: section headings and each release's name, date and warnings. */
export function LaneLabels({
  layout,
  references,
  lanes,
  index,
  rows,
  total,
  clustered,
  today,
}: LabelsProps) {
  return (
    <div className="tl-labels" style={{ width: LABEL_WIDTH }} aria-hidden="true">
      <div className="tl-section-label" style={{ top: layout.releasesY, height: SECTION_HEIGHT }}>
        Releases
        <span className="tl-section-count" title="Releases with anything in the dates shown">
          {layout.lanes.length}/{layout.laneTotal}
        </span>
      </div>
      {layout.lanes.length === 0 ? (
        <div
          className="tl-empty-label"
          style={{ top: layout.releasesY + SECTION_HEIGHT, height: layout.laneHeight }}
        >
          {layout.laneTotal === 0 ? 'No releases' : 'None in this range'}
        </div>
      ) : null}
      {layout.compact ? (
        <div
          className="tl-cluster-note"
          style={{
            top: layout.releasesY + SECTION_HEIGHT,
            height: layout.advisoriesY - SECTION_HEIGHT,
          }}
        >
          Zoomed out: releases share rows. Zoom in for a lane each.
        </div>
      ) : (
        lanes.map(({ lane, y }) => {
          const date = releaseDate(lane.release);
          const counts = countBySeverity(index.byRelease.get(lane.release.name));
          return (
            <div
              key={lane.id}
              className="tl-lane-label"
              style={{ top: y, height: layout.laneHeight }}
            >
              <span className="tl-lane-name">{lane.release.name}</span>
              <span
                className={
                  !lane.released && date && date < today
                    ? 'tl-lane-date is-overdue'
                    : 'tl-lane-date'
                }
              >
                {date
                  ? date < today && !lane.released
                    ? // The weekday gives way: the column is narrow.
                      `Overdue since ${dayLabel(dayNumber(date)).slice(4)}`
                    : `${lane.released ? 'Released' : 'Due'} ${dayLabel(dayNumber(date))}`
                  : 'No release date'}
              </span>
              {counts.length > 0 ? (
                <span className="tl-lane-findings">
                  {counts.map(([severity, n]) => (
                    <span key={severity} className={`tl-lane-count is-${severity}`}>
                      {n} {SEVERITY_SHORT[severity]}
                    </span>
                  ))}
                </span>
              ) : null}
            </div>
          );
        })
      )}
      {layout.refsY !== null ? (
        <div className="tl-section-label" style={{ top: layout.refsY, height: SECTION_HEIGHT }}>
          Reference
          <span className="tl-section-count" title="Other projects' calendars, read-only">
            {references.length}
          </span>
        </div>
      ) : null}
      {references.map((calendar, i) => (
        <div
          key={calendar.id}
          className="tl-ref-name"
          style={{ top: layout.refLanesY + i * REF_LANE_HEIGHT, height: REF_LANE_HEIGHT }}
          title={`${calendar.name}, from ${calendar.fileName}: read-only`}
        >
          {calendar.name}
        </div>
      ))}
      <div className="tl-section-label" style={{ top: layout.advisoriesY, height: SECTION_HEIGHT }}>
        Advisories
        <span className="tl-section-count" title="Advisories in the dates shown">
          <InViewCount rows={rows} />/{countText(total)}
        </span>
      </div>
      {clustered ? (
        <div className="tl-cluster-note" style={{ top: layout.rowsY }}>
          Dense: grouped. Zoom in or click a group to see each advisory.
        </div>
      ) : null}
      {layout.rowCount === 0 ? (
        <div className="tl-empty-label" style={{ top: layout.rowsY, height: 24 }}>
          {total === 0 ? 'No advisories' : 'None in this range'}
        </div>
      ) : null}
    </div>
  );
}
