import { create } from 'zustand';
import { DEFAULT_FILTERS, type TimelineFilters } from '../model/filters';
import type { Preview } from '../model/preview';
import { centerOn, fitRange, panBy, sameScale, zoomAt, type TimeScale } from '../geometry/scale';
import { stretches, viewFor, widened, type View } from '../geometry/view';

export type TimelineMode = 'timeline' | 'agenda';

/** A lift dropped (or moved with Alt+arrows) that waits for its reason. */
export interface PendingLift {
  advisoryId: number;
  from: string;
  to: string;
  /** Moved with it when a suggestion proposes both (keeps the pre-disclosure before the lift). */
  predisclosureAt?: string;
  /** Why the planner proposes the move, when a suggestion asked for it. */
  proposal?: string;
}

/** The hovered or pinned item whose details show beside it. */
export interface Popover {
  id: string;
  /** Pinned by a click or Enter: it has buttons and keeps focus until closed. */
  pinned: boolean;
}

interface TimelineState {
  scale: TimeScale | null;
  /** What is drawn; changes far less often than the scale (see view.ts). */
  view: View | null;
  /** Width of the plot in pixels, from the layout. */
  width: number;
  filters: TimelineFilters;
  mode: TimelineMode;
  focusId: string | null;
  /** Bumped when the keyboard moves focus: the canvas then focuses and scrolls to the item. */
  focusNonce: number;
  preview: Preview | null;
  pendingLift: PendingLift | null;
  popover: Popover | null;
  /**
   * `gesture`: part of a continuous wheel or pinch zoom. The drawn layer is
   * then stretched to fit and only drawn anew once the gesture pauses.
   */
  setScale(scale: TimeScale, gesture?: boolean): void;
  setWidth(width: number): void;
  /**
   * The first view is drawn with only a sliver beyond the screen, to show
   * up sooner; this adds the margin a pan needs, once it has been painted.
   */
  widen(): void;
  /** Starts the view on [from, to], drawn narrow (see widen). */
  start(from: number, to: number): void;
  zoom(factor: number, anchorX?: number): void;
  pan(dx: number): void;
  fit(from: number, to: number): void;
  center(t: number): void;
  setFilters(patch: Partial<TimelineFilters>): void;
  setMode(mode: TimelineMode): void;
  setFocus(id: string | null): void;
  requestFocus(id: string): void;
  setPreview(preview: Preview | null): void;
  setPendingLift(pending: PendingLift | null): void;
  setPopover(popover: Popover | null): void;
}

/** A zoom gesture is drawn anew once it has paused this long. */
const SETTLE_MS = 140;

/**
 * Fitting a range keeps this much room on the right: labels start at their
 * item and run right, so the last one ("Slip to 23 Feb?") is not cut at the edge.
 */
const LABEL_ROOM_PX = 110;

export const useTimeline = create<TimelineState>()((set, get) => {
  let settle: ReturnType<typeof setTimeout> | null = null;
  const apply = (scale: TimeScale, gesture = false) => {
    const current = get().scale;
    if (current && sameScale(current, scale)) return;
    if (settle) clearTimeout(settle);
    settle = null;
    const previous = get().view;
    const zooming = previous !== null && previous.origin.msPerPx !== scale.msPerPx;
    if (gesture && zooming && stretches(previous, scale, get().width)) {
      set({ scale });
      settle = setTimeout(() => {
        settle = null;
        const latest = get().scale;
        if (latest) set({ view: viewFor(null, latest, get().width) });
      }, SETTLE_MS);
      return;
    }
    const view = viewFor(previous, scale, get().width);
    set(view === previous ? { scale } : { scale, view });
  };
  return {
    scale: null,
    view: null,
    width: 0,
    filters: DEFAULT_FILTERS,
    mode: 'timeline',
    focusId: null,
    focusNonce: 0,
    preview: null,
    pendingLift: null,
    popover: null,
    setScale: apply,
    setWidth: (width) => {
      if (width === get().width) return;
      const scale = get().scale;
      set({ width, view: scale ? viewFor(null, scale, width) : null });
    },
    widen() {
      const { view, scale, width } = get();
      if (!view || !scale) return;
      const wider = widened(view, scale, width);
      if (wider !== view) set({ view: wider });
    },
    start(from, to) {
      const scale = fitRange(from, to, get().width, 0.03, LABEL_ROOM_PX);
      set({ scale, view: viewFor(null, scale, get().width, 0.05) });
    },
    zoom(factor, anchorX) {
      const { scale, width } = get();
      if (scale) apply(zoomAt(scale, factor, anchorX ?? width / 2));
    },
    pan(dx) {
      const { scale } = get();
      if (scale) apply(panBy(scale, dx));
    },
    fit(from, to) {
      apply(fitRange(from, to, get().width, 0.04, LABEL_ROOM_PX));
    },
    center(t) {
      const { scale, width } = get();
      if (scale) apply(centerOn(scale, t, width));
    },
    setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
    setMode: (mode) => set({ mode, popover: null }),
    setFocus: (focusId) => {
      if (focusId !== get().focusId) set({ focusId });
    },
    requestFocus: (focusId) => set((state) => ({ focusId, focusNonce: state.focusNonce + 1 })),
    setPreview: (preview) => set({ preview }),
    setPendingLift: (pendingLift) => set({ pendingLift }),
    setPopover: (popover) => set({ popover }),
  };
});
