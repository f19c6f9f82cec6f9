import { lazy, Suspense, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { timeAt, visibleRange, type TimeScale } from '../geometry/scale';
import { LAYER_PX } from '../geometry/view';
import { MERGE_PX } from '../geometry/virtualize';
import { clusterAt, spanOf } from '../interaction/clusterHit';
import { navLanes } from '../interaction/navigation';
import { useFocusReveal } from '../interaction/useFocusReveal';
import { usePlotLeft } from '../interaction/usePlotLeft';
import { usePointerGestures } from '../interaction/usePointerGestures';
import { useTimelineKeys } from '../interaction/useTimelineKeys';
import { useWheel } from '../interaction/wheel';
import { clusterId } from '../model/ids';
import { markOnce } from '../perfMarks';
import { usePopoverAnchor } from '../popover/usePopoverAnchor';
import { useTimeline } from '../state/timelineStore';
import type { TimelineData } from '../state/useTimelineData';
import { useTimelineStable } from '../state/useTimelineStable';
import { Axis } from './Axis';
import { LaneLabels } from './LaneLabels';
import { inRange, LABEL_WIDTH, layout, sameInRange, type Layout } from './layout';
import { keptLanes, scene, SCROLL_STEP_PX } from './scene';
import { SceneView } from './SceneView';
import { useElementSize } from './useElementSize';
import { usePanLayers } from './usePanLayers';
import './canvas.css';

// The plot: what the scene decides is drawn for the viewport, with the
// pointer, wheel and keyboard wired to it and the popover beside it.

export interface CanvasProps {
  data: TimelineData;
  /** Where the view starts the first time it has a size. */
  initialRange: () => [number, number];
}

// What the popover says loads once the first frame is on screen, well before anyone points.
const loadPopover = () => import('../popover/TimelinePopover');
const TimelinePopover = lazy(loadPopover);

const PLOT_LABEL =
  'Releases and advisories on a timeline. Arrow keys move between items, Enter opens one, Alt with Left or Right moves its date by a day, Alt with Shift by a week.';

export function TimelineCanvas({ data, initialRange }: CanvasProps) {
  const view = useTimeline((s) => s.view);
  const hasScale = useTimeline((s) => s.scale !== null);
  const focusId = useTimeline((s) => s.focusId);
  const popover = useTimeline((s) => s.popover);
  const preview = useTimeline((s) => s.preview);
  const scrollRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const axisLayerRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(scrollRef);
  // Vertical position in steps: scrolling re-renders only when it crosses one.
  const [scrollBand, setScrollBand] = useState(0);

  // The latest model and layout, for event handlers that outlive a render.
  const dataRef = useRef(data);
  const layoutRef = useRef<Layout | null>(null);

  const plotWidth = Math.max(size.width - LABEL_WIDTH, 0);
  // Before the browser paints: the frame that first has the size already shows the plot.
  useLayoutEffect(() => {
    const store = useTimeline.getState();
    store.setWidth(plotWidth);
    if (plotWidth > 0 && !store.scale) {
      const [from, to] = initialRange();
      store.start(from, to);
    }
  }, [plotWidth, initialRange]);

  const plotLeft = usePlotLeft(scrollRef, LABEL_WIDTH, size.width);
  useWheel(scrollRef, plotLeft);
  const { anchor, showHovered, showFocused } = usePopoverAnchor(canvasRef, plotRef);
  useFocusReveal(plotRef, scrollRef, showFocused);

  const targets = useCallback(() => dataRef.current.targets, []);
  const lanesForKeys = useCallback(() => {
    const lay = layoutRef.current;
    if (!lay) return [];
    const msPerPx = useTimeline.getState().view?.origin.msPerPx ?? 1;
    const lanes = lay.lanes.map(({ lane }) => lane);
    return navLanes(lanes, lay.compact, lay.rowCount, dataRef.current.targets, msPerPx);
  }, []);

  // Pointing at a cluster says how many it holds; clicking it zooms in on them.
  const onCluster = useCallback(
    (row: number, x: number, click: boolean, pointer: { clientX: number; clientY: number }) => {
      const store = useTimeline.getState();
      const items = dataRef.current.rows.rows[row];
      if (!store.scale || !items) return;
      const hit = clusterAt(items, timeAt(store.scale, x), MERGE_PX * store.scale.msPerPx);
      if (!hit) return showHovered(null, pointer);
      if (!click) return showHovered(clusterId(row, ...hit), pointer);
      store.setPopover(null);
      store.fit(...spanOf(items, ...hit));
    },
    [showHovered],
  );

  const pointer = usePointerGestures({
    scrollRef,
    plotLeft,
    targets,
    onHover: showHovered,
    onCluster,
  });
  const keys = useTimelineKeys({ targets, navLanes: lanesForKeys, cancelDrag: pointer.cancelDrag });

  const focus = focusId ? data.targets.get(focusId) : undefined;
  const keep = useMemo(() => keptLanes(focus, preview), [focus, preview]);
  const shown = useTimelineStable(
    useCallback(
      (s: { scale: TimeScale | null; width: number }) =>
        s.scale
          ? inRange(data.lanes, data.rows.rows, ...visibleRange(s.scale, s.width))
          : { lanes: [], rowCount: 0 },
      [data.lanes, data.rows],
    ),
    sameInRange,
  );
  const lay = view ? layout(data.lanes, shown, keep, data.references.length) : null;

  useLayoutEffect(() => {
    dataRef.current = data;
    layoutRef.current = lay;
    if (lay && (lay.lanes.length > 0 || lay.rowCount > 0)) {
      if (markOnce('timeline-first-render'))
        // Once the first frame is on screen, draw the margin a pan will need.
        requestAnimationFrame(() =>
          setTimeout(() => {
            useTimeline.getState().widen();
            void loadPopover();
          }, 0),
        );
      if (!data.analysing) markOnce('timeline-findings');
    }
  });
  usePanLayers(view, layerRef, axisLayerRef);

  // The scroll box is the same element before and after the first layout: it is what is measured.
  if (!view || !lay || !hasScale || plotWidth <= 0) {
    return (
      <div className="tl-canvas" ref={canvasRef}>
        {null}
        <div className="tl-scroll" ref={scrollRef} />
      </div>
    );
  }

  const drawn = scene({
    layout: lay,
    rows: data.rows,
    moved: data.moved,
    focus,
    keep,
    viewport: { view, scrollBand, height: size.height },
  });
  // The plot fills the viewport even when there is little to show, so all of it can be dragged.
  const plotHeight = Math.max(lay.height, size.height);

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
            lanes={drawn.lanes}
            index={data.index}
            rows={data.rows.rows}
            total={data.rows.items.length}
            clustered={drawn.clustered}
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
                aria-label={PLOT_LABEL}
                onKeyDown={keys.onKeyDown}
                onKeyUp={keys.onKeyUp}
                onBlur={keys.onBlur}
                onFocus={(event) => {
                  const id = event.target.getAttribute?.('data-item-id');
                  if (id) useTimeline.getState().setFocus(id);
                }}
              >
                <SceneView data={data} layout={lay} scene={drawn} view={view} height={plotHeight} />
              </svg>
            </div>
          </div>
        </div>
      </div>
      {popover ? (
        <Suspense fallback={null}>
          <TimelinePopover
            popover={popover}
            anchor={anchor}
            data={data}
            bounds={{ width: size.width + 2, height: size.height + 46 }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
