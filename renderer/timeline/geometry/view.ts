import type { TimeScale } from './scale';

// Panning must not re-render (or repaint) the whole timeline every frame.
// Items are drawn once into a wide layer, in pixels from an origin, and the
// layer is moved with a CSS transform as the view pans; React renders again
// only when the view nears the edge of what was drawn, or on zoom.

/** Items are placed in pixels from here; it moves only on zoom or a very long pan. */
export interface Origin {
  start: number;
  msPerPx: number;
}

export interface View {
  origin: Origin;
  /** The drawn time range: the visible one with a margin either side. */
  from: number;
  to: number;
}

/** The layer is this wide; the origin sits in its middle so panning either way stays inside. */
export const LAYER_PX = 120_000;
/** Drawn beyond each edge of the visible range, as a fraction of its width. */
export const OVERSCAN = 0.5;

export function xAt(origin: Origin, t: number): number {
  return (t - origin.start) / origin.msPerPx;
}

/** The layer's translation that shows `scale`. */
export function layerOffset(origin: Origin, scale: TimeScale): number {
  return (origin.start - scale.start) / scale.msPerPx;
}

/** The horizontal stretch that shows a layer drawn at the origin's zoom at `scale`'s. */
export function layerStretch(origin: Origin, scale: TimeScale): number {
  return origin.msPerPx / scale.msPerPx;
}

/** The CSS transform of the drawn layer for `scale`. */
export function layerTransform(origin: Origin, scale: TimeScale): string {
  const k = layerStretch(origin, scale);
  const offset = `translate3d(${layerOffset(origin, scale)}px, 0, 0)`;
  return k === 1 ? offset : `${offset} scale(${k}, 1)`;
}

/**
 * Whether a zoom gesture can show `scale` by stretching what is drawn:
 * within a factor of two, and with the visible range still inside the drawn one.
 */
export function stretches(view: View, scale: TimeScale, width: number): boolean {
  const k = layerStretch(view.origin, scale);
  const to = scale.start + width * scale.msPerPx;
  return k > 0.5 && k < 2 && scale.start >= view.from && to <= view.to;
}

/**
 * The view for `scale`: the same one while it still covers what is visible
 * (so nothing re-renders), else one drawn around it; the origin is kept
 * while the zoom is the same and the layer is wide enough.
 */
export function viewFor(
  previous: View | null,
  scale: TimeScale,
  width: number,
  overscan = OVERSCAN,
): View {
  const span = width * scale.msPerPx;
  const sameZoom = previous !== null && previous.origin.msPerPx === scale.msPerPx;
  if (sameZoom && scale.start >= previous.from && scale.start + span <= previous.to)
    return previous;
  const margin = overscan * span;
  const from = scale.start - margin;
  const to = scale.start + span + margin;
  const keep = sameZoom && xAt(previous.origin, from) >= 0 && xAt(previous.origin, to) <= LAYER_PX;
  const origin = keep
    ? previous.origin
    : { start: scale.start - (LAYER_PX / 2) * scale.msPerPx, msPerPx: scale.msPerPx };
  return { origin, from, to };
}

/** The same view drawn wider, around the same origin: only what is added needs drawing. */
export function widened(view: View, scale: TimeScale, width: number): View {
  const fresh = viewFor(null, scale, width);
  const from = Math.min(view.from, fresh.from);
  const to = Math.max(view.to, fresh.to);
  if (from === view.from && to === view.to) return view;
  return xAt(view.origin, from) >= 0 && xAt(view.origin, to) <= LAYER_PX
    ? { origin: view.origin, from, to }
    : view;
}
