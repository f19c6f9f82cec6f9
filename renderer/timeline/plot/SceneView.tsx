import { findingsKey } from '../model/findingIndex';
import { openBlockersOf } from '../model/items';
import type { View } from '../geometry/view';
import type { TimelineData } from '../state/useTimelineData';
import { AdvisoryBar, AdvisoryRowView, ROW } from './AdvisoryLane';
import { ClusterRow } from './ClusterRow';
import { Connectors } from './Connectors';
import { Grid } from './Grid';
import { guides, type Layout } from './layout';
import { ReferenceLanes } from './ReferenceLanes';
import { LANE, ReleaseLaneView } from './ReleaseLane';
import type { Scene } from './scene';

/**
 * Draws a scene (see scene.ts): the grid, the reference calendars, the
 * threads from advisories to the releases they threaten, the release lanes,
 * and the advisory rows one by one or as clusters.
 */
export function SceneView({
  data,
  layout: lay,
  scene: drawn,
  view,
  height,
}: {
  data: TimelineData;
  layout: Layout;
  scene: Scene;
  view: View;
  height: number;
}) {
  const { origin } = view;
  const { separators, strong, bands } = guides(lay);
  return (
    <>
      <Grid
        view={view}
        height={height}
        todayMs={data.todayMs}
        settings={data.settings}
        separators={separators}
        strong={strong}
        bands={bands}
        holidayLabelY={lay.releasesY}
      />
      {data.references.length > 0 ? (
        <ReferenceLanes calendars={data.references} y={lay.refLanesY} view={view} />
      ) : null}
      {!drawn.clustered ? (
        <Connectors
          drawn={drawn.drawn}
          laneY={drawn.laneY}
          index={data.index}
          origin={origin}
          findingY={LANE.findingY}
          rowMid={ROW.mid}
        />
      ) : null}
      {drawn.lanes.map(({ lane, y }, i) => {
        const findings = data.index.byRelease.get(lane.release.name);
        const suggestions = data.index.suggestionsByRelease.get(lane.release.name);
        return (
          <ReleaseLaneView
            key={lane.id}
            lane={lane}
            y={y}
            origin={origin}
            findings={findings}
            findingsKey={findingsKey(findings)}
            suggestions={suggestions}
            suggestionsKey={findingsKey(suggestions)}
            focusId={drawn.laneFocusId}
            tabStop={drawn.focusId === null && i === 0}
            compact={lay.compact}
            todayMs={data.todayMs}
            openBlockers={openBlockersOf(lane.release, data.todayMs)}
          />
        );
      })}
      {drawn.rows.map(({ row, y, first, last, moved, focusId: rowFocus }) =>
        drawn.clustered ? (
          <ClusterRow
            key={`c${row}`}
            row={data.rows.rows[row]}
            rowIndex={row}
            first={first}
            last={last}
            y={y}
            origin={origin}
            index={data.index}
            mergeMs={drawn.mergeMs}
          />
        ) : (
          <AdvisoryRowView
            key={`r${row}`}
            row={data.rows.rows[row]}
            first={first}
            last={last}
            y={y}
            origin={origin}
            index={data.index}
            moved={moved}
            focusId={rowFocus}
            tabStopId={drawn.tabStopId}
            presenting={data.presenting}
            now={data.now}
          />
        ),
      )}
      {drawn.extra ? (
        <AdvisoryBar
          key={`focus-${drawn.extra.item.id}`}
          item={drawn.extra.item}
          y={drawn.extra.y}
          origin={origin}
          findings={data.index.byAdvisory.get(drawn.extra.item.advisory.key)}
          findingsKey={findingsKey(data.index.byAdvisory.get(drawn.extra.item.advisory.key))}
          suggestions={data.index.suggestionsByAdvisory.get(drawn.extra.item.advisory.key)}
          focusId={drawn.focusId}
          tabStop={false}
          presenting={data.presenting}
          now={data.now}
        />
      ) : null}
    </>
  );
}
