import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type PointerEvent as ReactPointerEvent,
  type ReactNode,
} from 'react';
import { AdvisoryBar, AdvisoryRowView, ClusterRow, ROW } from './AdvisoryLane';
import { Axis } from './Axis';
import { Connectors } from './Connectors';
import { findingsKey } from '../model/findingIndex';
import { Grid } from './Grid';
import { LaneLabels } from './LaneLabels';
import {
  LABEL_WIDTH,
  layout,
  REF_LANE_HEIGHT,
  ROW_HEIGHT,
  shownKey,
  SECTION_HEIGHT,
  type Layout,
} from './layout';
import { ReferenceLanes } from './ReferenceLanes';
import type { AdvisoryItem } from '../model/items';
import type { NavItem } from '../interaction/navigation';
import { markOnce } from '../perfMarks';
import { Popover, type Anchor } from '../popover/Popover';
import { popoverContent } from '../popover/popoverContent';
import { hidePopoverSoon, keepPopover } from '../popover/visibility';
import { clusterId } from '../model/ids';
import { LANE, ReleaseLaneView } from './ReleaseLane';
import { panBy, timeAt, visibleRange, zoomAt, type TimeScale } from '../geometry/scale';
import { scheduleScale } from '../interaction/scheduleScale';
import { useTimeline } from '../state/timelineStore';
import { LAYER_PX, layerTransform, type View } from '../geometry/view';
import { useElementSize } from './useElementSize';
import { usePointerGestures } from '../interaction/usePointerGestures';
import { openBlockersOf } from '../model/items';
import type { TimelineData } from '../state/useTimelineData';
import { useTimelineKeys } from '../interaction/useTimelineKeys';
import { inView, rangeInRow, rowsInView } from '../geometry/virtualize';

/**
 * Above this many advisories in the visible rows, rows are drawn as merged
 * clusters instead: with each drawn advisory a handful of DOM nodes, this
 * keeps the page near 2,000 nodes whatever the plan holds.
 */
export const ITEM_BUDGET = 320;
/** Advisories closer than this on screen merge into one cluster when zoomed out. */
const MERGE_PX = 6;
/** Rows and lanes just outside the viewport are drawn too, so a short scroll shows no gap. */
const OVERSCAN_PX = 120;
/** Scrolling re-renders the rows only every this many pixels. */
const SCROLL_STEP_PX = 160;

export interface CanvasProps {
  data: TimelineData;
  /** Where the view starts the first time it has a size. */
  initialRange: () => [number, number];
}

export function TimelineCanvas({ data, initialRange }: CanvasProps) {
  const view = useTimeline((s) => s.view);
  const hasScale = useTimeline((s) => s.scale !== null);
  const focusId = useTimeline((s) => s.focusId);
  const focusNonce = useTimeline((s) => s.focusNonce);
  const popover = useTimeline((s) => s.popover);
  const preview = useTimeline((s) => s.preview);
  const scrollRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(scrollRef);
  // Vertical position in steps: scrolling re-renders only when it crosses one.
  const [scrollBand, setScrollBand] = useState(0);
  const layerRef = useRef<HTMLDivElement>(null);
  const axisLayerRef = useRef<HTMLDivElement>(null);
  const [anchor, setAnchor] = useState<Anchor | null>(null);

  // The latest model and layout, for event handlers that outlive a render.
  const dataRef = useRef(data);
  const layoutRef = useRef<Layout | null>(null);

  const plotWidth = Math.max(size.width - LABEL_WIDTH, 0);
  useEffect(() => {
    const store = useTimeline.getState();
    store.setWidth(plotWidth);
    if (plotWidth > 0 && !store.scale) {
      const [from, to] = initialRange();
      store.start(from, to);
    }
  }, [plotWidth, initialRange]);

  // Where the plot starts on screen, read once per layout change: reading it on every wheel
  // event would force a layout of the whole SVG each time.
  const plotLeftCache = useRef<number | null>(null);
  useEffect(() => {
    plotLeftCache.current = null;
    const forget = () => (plotLeftCache.current = null);
    window.addEventListener('resize', forget);
    return () => window.removeEventListener('resize', forget);
  }, [size.width]);
  const plotLeft = useCallback(() => {
    plotLeftCache.current ??= (scrollRef.current?.getBoundingClientRect().left ?? 0) + LABEL_WIDTH;
    return plotLeftCache.current;
  }, []);

  // Ctrl+wheel (and trackpad pinch, which arrives as one) zooms at the pointer;
  // Shift+wheel and sideways scrolling pan; plain wheel scrolls the lanes.
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? element.clientHeight : 1;
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        const x = event.clientX - plotLeft();
        const factor = Math.exp(-event.deltaY * unit * 0.002);
        scheduleScale((s) => zoomAt(s, factor, x));
        return;
      }
      const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY);
      if (!event.shiftKey && !sideways) return;
      event.preventDefault();
      const delta = sideways ? event.deltaX : event.deltaY;
      scheduleScale((s) => panBy(s, -delta * unit));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [plotLeft]);

  const targets = useCallback(() => dataRef.current.targets, []);
  const navLanes = useCallback((): NavItem[][] => {
    const lay = layoutRef.current;
    const d = dataRef.current;
    if (!lay) return [];
    const msPerPx = useTimeline.getState().view?.origin.msPerPx ?? 1;
    // Compact lanes draw no warnings: they are reached through their advisories instead.
    const lanes: NavItem[][] = lay.lanes.map(({ lane }) =>
      d.targets
        .laneItems(lane, msPerPx)
        .filter(
          (item) =>
            !lay.compact || lane.marks.some((m) => m.id === item.id && m.kind === 'release'),
        ),
    );
    for (let r = 0; r < lay.rowCount; r++) lanes.push(d.targets.rowItems(r));
    return lanes;
  }, []);

  const showDetails = useCallback(
    (id: string | null, event: { clientX: number; clientY: number }) => {
      const store = useTimeline.getState();
      if (store.popover?.pinned) return;
      if (id === null) {
        if (store.popover) hidePopoverSoon();
        return;
      }
      keepPopover();
      if (store.popover?.id === id) return;
      const canvas = canvasRef.current?.getBoundingClientRect();
      const element = plotRef.current?.querySelector(`[data-item-id="${CSS.escape(id)}"]`);
      const box = element?.getBoundingClientRect();
      if (!canvas) return;
      setAnchor({
        x: (box ? box.left + box.width / 2 : event.clientX) - canvas.left,
        top: (box ? box.top : event.clientY) - canvas.top,
        bottom: (box ? box.bottom : event.clientY) - canvas.top,
      });
      store.setPopover({ id, pinned: false });
    },
    [],
  );

  const onCluster = useCallback(
    (row: number, x: number, click: boolean, event: ReactPointerEvent) => {
      const store = useTimeline.getState();
      const s = store.scale;
      const items = dataRef.current.rows.rows[row];
      if (!s || !items) return;
      const t = timeAt(s, x);
      const slop = MERGE_PX * s.msPerPx;
      const [first, last] = rangeInRow(items, t - slop, t + slop);
      if (last <= first) return showDetails(null, event);
      // Walk out to the whole cluster: neighbours closer than the merge distance.
      let a = first;
      let b = last;
      while (a > 0 && items[a].start - items[a - 1].end <= slop) a--;
      while (b < items.length && items[b].start - items[b - 1].end <= slop) b++;
      if (click) {
        store.setPopover(null);
        store.fit(items[a].start, Math.max(...items.slice(a, b).map((i) => i.end)));
        return;
      }
      showDetails(clusterId(row, a, b), event);
    },
    [showDetails],
  );

  const pointer = usePointerGestures({
    scrollRef,
    plotLeft,
    targets,
    onHover: showDetails,
    onCluster,
  });
  const keys = useTimelineKeys({ targets, navLanes, cancelDrag: pointer.cancelDrag });

  // The item the keyboard moved to: focus it and scroll it into the viewport.
  useLayoutEffect(() => {
    if (focusNonce === 0) return;
    const id = useTimeline.getState().focusId;
    const element = id
      ? plotRef.current?.querySelector<SVGElement>(`[data-item-id="${CSS.escape(id)}"]`)
      : null;
    const scroller = scrollRef.current;
    if (!element || !scroller) return;
    element.focus({ preventScroll: true });
    const box = element.getBoundingClientRect();
    const frame = scroller.getBoundingClientRect();
    if (box.top < frame.top + 8) scroller.scrollTop -= frame.top + 8 - box.top;
    else if (box.bottom > frame.bottom - 8) scroller.scrollTop += box.bottom - frame.bottom + 8;
    const canvas = canvasRef.current?.getBoundingClientRect();
    if (canvas) {
      const moved = element.getBoundingClientRect();
      setAnchor({
        x: moved.left + moved.width / 2 - canvas.left,
        top: moved.top - canvas.top,
        bottom: moved.bottom - canvas.top,
      });
      useTimeline.getState().setPopover({ id: id!, pinned: false });
    }
  }, [focusNonce]);

  const focusTarget = focusId ? data.targets.get(focusId) : undefined;
  const focus = focusTarget ? focusId : null;

  const keep = useMemo(() => {
    const ids = new Set<string>();
    if (focusTarget && 'lane' in focusTarget && focusTarget.lane) ids.add(focusTarget.lane.id);
    if (preview?.type === 'milestone') ids.add(`r${preview.releaseId}`);
    return ids;
  }, [focusTarget, preview]);
  const key = useTimeline(
    useCallback(
      (s: { scale: TimeScale | null; width: number }) => {
        if (!s.scale) return '';
        const [from, to] = visibleRange(s.scale, s.width);
        return shownKey(data.lanes, data.rows.rows, from, to);
      },
      [data.lanes, data.rows],
    ),
  );
  const lay = view ? layout(data.lanes, key, keep, data.references.length) : null;

  useLayoutEffect(() => {
    dataRef.current = data;
    layoutRef.current = lay;
    if (lay && (lay.lanes.length > 0 || lay.rowCount > 0)) {
      if (markOnce('timeline-first-render'))
        // Once the first frame is on screen, draw the margin a pan will need.
        requestAnimationFrame(() => setTimeout(() => useTimeline.getState().widen(), 0));
      if (!data.analysing) markOnce('timeline-findings');
    }
  });

  // Every frame of a pan moves the drawn layer, outside React: no render, no repaint of what
  // is already drawn, only a composited translation.
  useLayoutEffect(() => {
    const place = (state: { scale: TimeScale | null; view: View | null }) => {
      if (!state.scale || !state.view) return;
      const transform = layerTransform(state.view.origin, state.scale);
      for (const layer of [layerRef.current, axisLayerRef.current])
        if (layer) layer.style.transform = transform;
    };
    place(useTimeline.getState());
    return useTimeline.subscribe(place);
  }, [view]);

  // The scroll box is the same element before and after the first layout: it is what is measured.
  if (!view || !lay || !hasScale || plotWidth <= 0) {
    return (
      <div className="tl-canvas" ref={canvasRef}>
        {null}
        <div className="tl-scroll" ref={scrollRef} />
      </div>
    );
  }

  const { origin } = view;
  // The plot fills the viewport even when there is little to show, so all of it can be dragged.
  const plotHeight = Math.max(lay.height, size.height);
  const msPerPx = origin.msPerPx;
  const top = scrollBand * SCROLL_STEP_PX - OVERSCAN_PX;
  const bottom = scrollBand * SCROLL_STEP_PX + size.height + SCROLL_STEP_PX + OVERSCAN_PX;
  const pad = 24 * msPerPx;
  const [from, to] = [view.from - pad, view.to + pad];

  const laneFocus = focusTarget && focusTarget.kind !== 'advisory' ? focus : null;
  const lanes = lay.lanes.filter(
    ({ lane, y }) => inView(y, lay.laneHeight, top, bottom) || keep.has(lane.id),
  );
  const laneY = new Map(lay.lanes.map(({ lane, y }) => [lane.release.name, y]));

  const [r0, r1] = rowsInView(top, bottom, lay.rowsY, ROW_HEIGHT, lay.rowCount);
  const slices: { row: number; first: number; last: number }[] = [];
  let count = 0;
  for (let r = r0; r < r1; r++) {
    const [first, last] = rangeInRow(data.rows.rows[r], from, to);
    if (last > first) slices.push({ row: r, first, last });
    count += last - first;
  }
  const clustered = count > ITEM_BUDGET;
  const focusRow =
    focusTarget?.kind === 'advisory' || focusTarget?.kind === 'follow-up'
      ? focusTarget.row
      : focusTarget?.kind === 'suggestion'
        ? focusTarget.row
        : null;
  const tabStopId =
    focus === null && lanes.length === 0 && slices[0]
      ? data.rows.rows[slices[0].row][slices[0].first].id
      : null;

  const rows: ReactNode[] = [];
  const drawn: { item: AdvisoryItem; y: number }[] = [];
  let focusDrawn = false;
  for (const { row, first, last } of slices) {
    const y = lay.rowsY + row * ROW_HEIGHT;
    const items = data.rows.rows[row];
    if (clustered) {
      rows.push(
        <ClusterRow
          key={`c${row}`}
          row={items}
          rowIndex={row}
          first={first}
          last={last}
          y={y}
          origin={origin}
          index={data.index}
          mergeMs={MERGE_PX * msPerPx}
        />,
      );
      continue;
    }
    const moved = data.moved && data.rows.rowOf.get(data.moved.id) === row ? data.moved : null;
    for (let i = first; i < last; i++)
      drawn.push({ item: moved?.id === items[i].id ? moved : items[i], y });
    if (focusRow === row) focusDrawn = rangeContains(items, first, last, focusTarget);
    rows.push(
      <AdvisoryRowView
        key={`r${row}`}
        row={items}
        first={first}
        last={last}
        y={y}
        origin={origin}
        index={data.index}
        moved={moved}
        focusId={focusRow === row ? focus : null}
        tabStopId={tabStopId}
        presenting={data.presenting}
        now={data.now}
      />,
    );
  }
  // The focused (or dragged) advisory is always drawn, even scrolled away or inside a cluster.
  const extra = extraItem(data, focusTarget, focusDrawn);
  if (extra) {
    const y = lay.rowsY + (data.rows.rowOf.get(extra.id) ?? 0) * ROW_HEIGHT;
    const findings = data.index.byAdvisory.get(extra.advisory.key);
    drawn.push({ item: extra, y });
    rows.push(
      <AdvisoryBar
        key={`focus-${extra.id}`}
        item={extra}
        y={y}
        origin={origin}
        findings={findings}
        findingsKey={findingsKey(findings)}
        suggestions={data.index.suggestionsByAdvisory.get(extra.advisory.key)}
        focusId={focus}
        tabStop={false}
        presenting={data.presenting}
        now={data.now}
      />,
    );
  }

  return (
    <div className="tl-canvas" ref={canvasRef}>
      <Axis view={view} width={plotWidth} todayMs={data.todayMs} layerRef={axisLayerRef} />
      <div
        className="tl-scroll"
        ref={scrollRef}
        onPointerDown={pointer.onPointerDown}
        onPointerMove={pointer.onPointerMove}
        onPointerUp={pointer.onPointerUp}
        onPointerCancel={pointer.onPointerCancel}
        onPointerLeave={pointer.onPointerLeave}
        onScroll={(event) =>
          setScrollBand(Math.floor(event.currentTarget.scrollTop / SCROLL_STEP_PX))
        }
      >
        <div className="tl-content" style={{ height: plotHeight }}>
          <LaneLabels
            references={data.references}
            layout={lay}
            lanes={lanes}
            index={data.index}
            rows={data.rows.rows}
            total={data.rows.items.length}
            clustered={clustered}
            today={new Date(data.todayMs).toISOString().slice(0, 10)}
          />
          <div
            className="tl-viewport"
            style={{ left: LABEL_WIDTH, width: plotWidth, height: plotHeight }}
          >
            <div
              ref={layerRef}
              className="tl-layer"
              style={{ width: LAYER_PX, height: plotHeight }}
            >
              <svg
                ref={plotRef}
                className={`tl-plot${preview ? ' is-dragging' : ''}`}
                width={LAYER_PX}
                height={plotHeight}
                role="group"
                aria-roledescription="timeline"
                aria-label="Releases and advisories on a timeline. Arrow keys move between items, Enter opens one, Alt with Left or Right moves its date by a day, Alt with Shift by a week."
                onKeyDown={keys.onKeyDown}
                onKeyUp={keys.onKeyUp}
                onBlur={keys.onBlur}
                onFocus={(event) => {
                  const id = event.target.getAttribute?.('data-item-id');
                  if (id) useTimeline.getState().setFocus(id);
                }}
              >
                <Grid
                  view={view}
                  height={plotHeight}
                  todayMs={data.todayMs}
                  settings={data.settings}
                  separators={[
                    ...lay.lanes.map(({ y }) => y + lay.laneHeight),
                    ...data.references.map((_, i) => lay.refLanesY + (i + 1) * REF_LANE_HEIGHT),
                  ]}
                  strong={[lay.releasesY + SECTION_HEIGHT, lay.advisoriesY, lay.rowsY]}
                  bands={[
                    { y: lay.releasesY, height: SECTION_HEIGHT },
                    ...(lay.refsY === null ? [] : [{ y: lay.refsY, height: SECTION_HEIGHT }]),
                    { y: lay.advisoriesY, height: SECTION_HEIGHT },
                  ]}
                  holidayLabelY={lay.releasesY}
                />
                {data.references.length > 0 ? (
                  <ReferenceLanes calendars={data.references} y={lay.refLanesY} view={view} />
                ) : null}
                {!clustered ? (
                  <Connectors
                    drawn={drawn}
                    laneY={laneY}
                    index={data.index}
                    origin={origin}
                    findingY={LANE.findingY}
                    rowMid={ROW.mid}
                  />
                ) : null}
                {lanes.map(({ lane, y }, i) => {
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
                      focusId={laneFocus}
                      tabStop={focus === null && i === 0}
                      compact={lay.compact}
                      todayMs={data.todayMs}
                      openBlockers={openBlockersOf(lane.release, data.todayMs)}
                    />
                  );
                })}
                {rows}
              </svg>
            </div>
          </div>
        </div>
      </div>
      {popover ? (
        <Popover
          popover={popover}
          anchor={anchor}
          content={popoverContent(popover.id, data)}
          bounds={{ width: size.width + 2, height: size.height + 46 }}
        />
      ) : null}
    </div>
  );
}

function rangeContains(
  items: readonly AdvisoryItem[],
  first: number,
  last: number,
  target: ReturnType<TimelineData['targets']['get']>,
): boolean {
  if (!target) return false;
  const id =
    target.kind === 'advisory' || target.kind === 'follow-up'
      ? target.item.id
      : target.kind === 'suggestion'
        ? target.item?.id
        : null;
  if (!id) return false;
  for (let i = first; i < last; i++) if (items[i].id === id) return true;
  return false;
}

function extraItem(
  data: TimelineData,
  target: ReturnType<TimelineData['targets']['get']>,
  drawn: boolean,
): AdvisoryItem | null {
  if (drawn || !target) return null;
  const item =
    target.kind === 'advisory' || target.kind === 'follow-up'
      ? target.item
      : target.kind === 'suggestion'
        ? target.item
        : null;
  if (!item) return null;
  return data.moved?.id === item.id ? data.moved : item;
}
