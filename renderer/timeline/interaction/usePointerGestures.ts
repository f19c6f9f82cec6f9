import { useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { activate } from './activate';
import { commitPreview } from './commitMove';
import { clampLift, followUpMovable, shiftDate, shiftInstant } from '../model/preview';
import { edgePan } from './edgePan';
import { DAY_MS, panBy, timeAt, zoomAt, type TimeScale } from '../geometry/scale';
import { scheduleScale } from './scheduleScale';
import type { Target, Targets } from '../model/targets';
import { useTimeline } from '../state/timelineStore';

// Pointer input on the plot: drag the background to pan (both ways), drag a
// milestone or a lift handle to re-plan it, click to open, two fingers to
// pinch-zoom. Hover reports the item under the pointer for its details.

const DRAG_THRESHOLD_PX = 4;
interface Gesture {
  pointerId: number;
  startX: number;
  startY: number;
  scale: TimeScale;
  scrollTop: number;
  target: Target | null;
  drag: 'milestone' | 'lift' | 'follow-up' | null;
  /** The packed row of a cluster pressed on, zoomed into on click. */
  cluster: number | null;
  moved: boolean;
  /** Where the pointer is now, for the edge pan to move the date along with the view. */
  clientX: number;
}

interface Pinch {
  distance: number;
  scale: TimeScale;
}

export interface PointerOptions {
  scrollRef: RefObject<HTMLDivElement | null>;
  /** The plot's left edge in client coordinates. */
  plotLeft: () => number;
  /** Read at event time, so the handlers never see a stale model. */
  targets: () => Targets;
  onHover(id: string | null, event: ReactPointerEvent): void;
  onCluster(row: number, x: number, click: boolean, event: ReactPointerEvent): void;
}

function itemElement(event: { target: EventTarget | null }): Element | null {
  return event.target instanceof Element ? event.target.closest('[data-item-id]') : null;
}

function clusterRowOf(event: { target: EventTarget | null }): number | null {
  const row =
    event.target instanceof Element ? event.target.getAttribute('data-cluster-row') : null;
  return row === null ? null : Number(row);
}

export function usePointerGestures(options: PointerOptions) {
  const gesture = useRef<Gesture | null>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const pinch = useRef<Pinch | null>(null);

  const plotX = (clientX: number) => clientX - options.plotLeft();
  const edgeFrame = useRef<number | null>(null);

  /** The date under the pointer, less the one it was pressed on: the view may have panned since. */
  const updatePreview = (g: Gesture) => {
    const store = useTimeline.getState();
    const scale = store.scale ?? g.scale;
    const moved = timeAt(scale, plotX(g.clientX)) - timeAt(g.scale, plotX(g.startX));
    const days = Math.round(moved / DAY_MS);
    const target = g.target;
    if (target?.kind === 'milestone') {
      const date = shiftDate(target.mark.milestone.planned, days);
      const current = store.preview;
      if (current?.type === 'milestone' && current.date === date) return;
      store.setPreview({
        type: 'milestone',
        releaseId: target.lane.release.id,
        milestoneId: target.mark.milestone.id,
        date,
      });
    } else if (target?.kind === 'follow-up') {
      const { followUp } = target.mark;
      if (!followUpMovable(followUp)) return;
      const date = shiftDate(followUp.expectedAt!, days);
      const current = store.preview;
      if (current?.type === 'follow-up' && current.date === date) return;
      store.setPreview({
        type: 'follow-up',
        advisoryId: target.item.advisory.id,
        followUpId: followUp.id,
        date,
      });
    } else if (target?.kind === 'advisory') {
      const { advisory } = target.item;
      const publicAt = clampLift(advisory, shiftInstant(advisory.publicAt, days));
      const current = store.preview;
      if (current?.type === 'lift' && current.publicAt === publicAt) return;
      store.setPreview({ type: 'lift', advisoryId: advisory.id, publicAt });
    }
  };

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.current.size === 2) {
      // A second finger turns the gesture into a pinch; the pan so far stays.
      const [a, b] = [...pointers.current.values()];
      const scale = useTimeline.getState().scale;
      if (scale) pinch.current = { distance: Math.hypot(a.x - b.x, a.y - b.y) || 1, scale };
      useTimeline.getState().setPreview(null);
      gesture.current = null;
      return;
    }
    if (event.button !== 0) return;
    const scale = useTimeline.getState().scale;
    if (!scale) return;
    const element = itemElement(event);
    const id = element?.getAttribute('data-item-id') ?? null;
    const target = id ? (options.targets().get(id) ?? null) : null;
    const handle = event.target instanceof Element ? event.target.closest('[data-drag]') : null;
    const drag = (handle?.getAttribute('data-drag') as Gesture['drag']) ?? null;
    gesture.current = {
      pointerId: event.pointerId,
      startX: event.clientX,
      startY: event.clientY,
      scale,
      scrollTop: options.scrollRef.current?.scrollTop ?? 0,
      target,
      drag:
        target && (drag === 'milestone' || drag === 'lift' || drag === 'follow-up') ? drag : null,
      cluster: clusterRowOf(event),
      moved: false,
      clientX: event.clientX,
    };
    event.currentTarget.setPointerCapture(event.pointerId);
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (pointers.current.has(event.pointerId))
      pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pinch.current && pointers.current.size >= 2) {
      const [a, b] = [...pointers.current.values()];
      const ratio = Math.hypot(a.x - b.x, a.y - b.y) / pinch.current.distance;
      const base = pinch.current.scale;
      scheduleScale(() => zoomAt(base, ratio, plotX((a.x + b.x) / 2)));
      return;
    }
    const g = gesture.current;
    if (!g || g.pointerId !== event.pointerId) {
      const cluster = clusterRowOf(event);
      if (cluster !== null) options.onCluster(cluster, plotX(event.clientX), false, event);
      else options.onHover(itemElement(event)?.getAttribute('data-item-id') ?? null, event);
      return;
    }
    const dx = event.clientX - g.startX;
    const dy = event.clientY - g.startY;
    if (!g.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
    if (!g.moved) {
      g.moved = true;
      const store = useTimeline.getState();
      if (store.popover && !store.popover.pinned) store.setPopover(null);
    }
    if (g.drag) {
      g.clientX = event.clientX;
      updatePreview(g);
      startEdgePan();
      return;
    }
    scheduleScale(() => panBy(g.scale, dx));
    const scroller = options.scrollRef.current;
    scroller?.scrollTo({ top: g.scrollTop - dy });
  };

  // Held near an edge, the view pans under the dragged date, one step a frame, until the
  // pointer leaves the edge or lets go.
  const startEdgePan = () => {
    if (edgeFrame.current !== null) return;
    const step = () => {
      edgeFrame.current = null;
      const g = gesture.current;
      if (!g?.drag || !g.moved) return;
      const store = useTimeline.getState();
      const speed = edgePan(plotX(g.clientX), store.width);
      if (speed === 0) return;
      store.pan(-speed);
      updatePreview(g);
      edgeFrame.current = requestAnimationFrame(step);
    };
    edgeFrame.current = requestAnimationFrame(step);
  };

  const finish = (event: ReactPointerEvent<HTMLDivElement>, cancelled: boolean) => {
    pointers.current.delete(event.pointerId);
    if (pointers.current.size < 2) pinch.current = null;
    const g = gesture.current;
    if (!g || g.pointerId !== event.pointerId) return;
    gesture.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
    if (cancelled) {
      if (g.drag) useTimeline.getState().setPreview(null);
      return;
    }
    if (g.drag && g.moved) {
      const preview = useTimeline.getState().preview;
      if (preview) void commitPreview(preview);
      return;
    }
    if (g.moved) return;
    if (g.target) activate(g.target);
    else if (g.cluster !== null) options.onCluster(g.cluster, plotX(event.clientX), true, event);
  };

  return {
    onPointerDown,
    onPointerMove,
    onPointerUp: (event: ReactPointerEvent<HTMLDivElement>) => finish(event, false),
    onPointerCancel: (event: ReactPointerEvent<HTMLDivElement>) => finish(event, true),
    onPointerLeave: (event: ReactPointerEvent<HTMLDivElement>) => {
      if (!gesture.current) options.onHover(null, event);
    },
    /** Escape during a drag puts the item back. */
    cancelDrag(): boolean {
      const g = gesture.current;
      if (!g?.drag) return false;
      gesture.current = null;
      useTimeline.getState().setPreview(null);
      return true;
    },
  };
}
