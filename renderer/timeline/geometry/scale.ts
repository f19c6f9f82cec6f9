// The time axis as a linear map from milliseconds (UTC) to pixels of the
// plot area. Kept as two numbers so that panning and zooming are plain
// arithmetic and a view can be stored, compared and restored.

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;
export const YEAR_MS = 365.2425 * DAY_MS;

export interface TimeScale {
  /** The instant at the left edge of the plot. */
  start: number;
  /** Milliseconds per pixel: larger is further out. */
  msPerPx: number;
}

/** Closest zoom: one day spans 160 px, enough for weekday labels and hourly lifts. */
export const MIN_MS_PER_PX = DAY_MS / 160;
/** Furthest zoom: about forty years across a thousand pixels, a project's whole history. */
export const MAX_MS_PER_PX = (40 * YEAR_MS) / 1000;

/** Dates outside what the schemas accept (1970–2999) are never worth scrolling to. */
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(3000, 0, 1);

export function clampZoom(msPerPx: number): number {
  return Math.min(MAX_MS_PER_PX, Math.max(MIN_MS_PER_PX, msPerPx));
}

function clampStart(start: number): number {
  return Math.min(LATEST, Math.max(EARLIEST, start));
}

export function xOf(scale: TimeScale, t: number): number {
  return (t - scale.start) / scale.msPerPx;
}

export function timeAt(scale: TimeScale, x: number): number {
  return scale.start + x * scale.msPerPx;
}

/** The instants at both edges of a plot `width` pixels wide. */
export function visibleRange(scale: TimeScale, width: number): [number, number] {
  return [scale.start, scale.start + width * scale.msPerPx];
}

/**
 * Zooms by `factor` (above 1 zooms in) keeping the instant under pixel `x`
 * where it is, as maps do under the pointer.
 */
export function zoomAt(scale: TimeScale, factor: number, x: number): TimeScale {
  const anchor = timeAt(scale, x);
  const msPerPx = clampZoom(scale.msPerPx / factor);
  return { start: clampStart(anchor - x * msPerPx), msPerPx };
}

/** Moves the view by `dx` pixels; positive follows a drag to the right (earlier dates come in). */
export function panBy(scale: TimeScale, dx: number): TimeScale {
  return { start: clampStart(scale.start - dx * scale.msPerPx), msPerPx: scale.msPerPx };
}

/** The scale that shows [from, to] across `width` pixels with `margin` (a fraction) on each side. */
export function fitRange(
  from: number,
  to: number,
  width: number,
  margin = 0.04,
  /** Room kept on the right for labels that start at the last item ("Slip to 23 Feb?"). */
  labelPx = 0,
): TimeScale {
  const span = Math.max(to - from, DAY_MS);
  const w = Math.max(width, 1);
  if (labelPx > 0) {
    const left = w * margin;
    const usable = Math.max(w - 2 * left - labelPx, w / 2);
    const msPerPx = clampZoom(span / usable);
    const mid = (from + to) / 2;
    return { start: clampStart(mid - (left + usable / 2) * msPerPx), msPerPx };
  }
  const usable = w * (1 - 2 * margin);
  const msPerPx = clampZoom(span / usable);
  const mid = (from + to) / 2;
  return { start: clampStart(mid - (w / 2) * msPerPx), msPerPx };
}

/** Keeps the zoom and puts `t` in the middle. */
export function centerOn(scale: TimeScale, t: number, width: number): TimeScale {
  return { start: clampStart(t - (width / 2) * scale.msPerPx), msPerPx: scale.msPerPx };
}

/**
 * Pans as little as possible so that `t` is at least `margin` pixels inside
 * the plot; the same scale object when it already is (no re-render).
 */
export function ensureVisible(
  scale: TimeScale,
  t: number,
  width: number,
  margin: number,
): TimeScale {
  const x = xOf(scale, t);
  const inner = Math.min(margin, width / 2);
  if (x < inner) return panBy(scale, inner - x);
  if (x > width - inner) return panBy(scale, width - inner - x);
  return scale;
}

export function sameScale(a: TimeScale, b: TimeScale): boolean {
  return a.start === b.start && a.msPerPx === b.msPerPx;
}
