import { ADVANCE, fontText, glyph, GLYPH_HEIGHT } from './bitmapFont';
import { COLOURS, type Scene, type Shape } from './scene';

// Draws a scene into pixels without a browser: rectangles, straight lines,
// straight-edged outlines and text in the bitmap font. Crisp rather than
// smooth, which suits a bar chart; the app's own PNG export goes through the
// browser's canvas instead.

export interface Raster {
  width: number;
  height: number;
  /** RGB, row by row. */
  pixels: Uint8Array;
}

type Rgb = [number, number, number];

function rgb(colour: string): Rgb {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  if (short) return [short[1], short[2], short[3]].map((h) => parseInt(h + h, 16)) as Rgb;
  const hex = /^#([0-9a-f]{6})$/i.exec(colour);
  if (!hex) return [0, 0, 0];
  const n = parseInt(hex[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

class Canvas {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 3).fill(255);
  }

  set(x: number, y: number, c: Rgb): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (y * this.width + x) * 3;
    this.pixels[i] = c[0];
    this.pixels[i + 1] = c[1];
    this.pixels[i + 2] = c[2];
  }

  fill(x0: number, y0: number, x1: number, y1: number, paint: (x: number, y: number) => Rgb) {
    const xa = Math.max(0, Math.round(x0));
    const xb = Math.min(this.width, Math.round(x1));
    const ya = Math.max(0, Math.round(y0));
    const yb = Math.min(this.height, Math.round(y1));
    for (let y = ya; y < yb; y++) for (let x = xa; x < xb; x++) this.set(x, y, paint(x, y));
  }

  /** One colour over [xa, xb) of row y: the common case, written without a call per pixel. */
  span(y: number, xa: number, xb: number, c: Rgb): void {
    if (y < 0 || y >= this.height) return;
    const from = Math.max(0, xa);
    const to = Math.min(this.width, xb);
    if (to <= from) return;
    const row = y * this.width * 3;
    for (let i = row + from * 3, end = row + to * 3; i < end; i += 3) {
      this.pixels[i] = c[0];
      this.pixels[i + 1] = c[1];
      this.pixels[i + 2] = c[2];
    }
  }
}

/** How far a row `dy` pixels into a corner of radius r starts inside the rectangle's edge. */
function cornerInset(dy: number, r: number): number {
  if (r <= 0 || dy >= r) return 0;
  const d = r - dy - 0.5;
  return Math.round(r - Math.sqrt(Math.max(0, r * r - d * d)));
}

/** A rectangle, its corners rounded by r device pixels, filled and outlined. */
function rect(
  canvas: Canvas,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
  paint: Rgb | ((x: number, y: number) => Rgb),
  stroke: Rgb | null,
  dash: boolean,
) {
  const [xa, xb, ya, yb] = [Math.round(x0), Math.round(x1), Math.round(y0), Math.round(y1)];
  const radius = Math.min(r, (xb - xa) / 2, (yb - ya) / 2);
  if (radius < 1) {
    if (typeof paint === 'function') canvas.fill(xa, ya, xb, yb, paint);
    else
      for (let y = Math.max(0, ya); y < Math.min(canvas.height, yb); y++)
        canvas.span(y, xa, xb, paint);
    if (stroke) outline(canvas, xa, ya, xb, yb, stroke, dash);
    return;
  }
  for (let y = ya; y < yb; y++) {
    const fromEdge = Math.min(y - ya, yb - 1 - y);
    const inset = cornerInset(fromEdge, radius);
    const [left, right] = [xa + inset, xb - inset];
    if (typeof paint === 'function') canvas.fill(left, y, right, y + 1, paint);
    else canvas.span(y, left, right, paint);
    if (!stroke) continue;
    if (y === ya || y === yb - 1) canvas.span(y, left, right, stroke);
    else {
      // The outline follows the corner: from this row's edge to the edge of the row nearer the rim.
      const reach = Math.max(1, cornerInset(fromEdge - 1, radius) - inset);
      canvas.span(y, left, left + reach, stroke);
      canvas.span(y, right - reach, right, stroke);
    }
  }
}

const hatch = (scale: number) => {
  const background = rgb(COLOURS.hatchBackground);
  const line = rgb(COLOURS.hatchLine);
  // Stripes at 45°, 6 units apart, 2.4 wide (as the SVG pattern).
  return (x: number, y: number): Rgb => (((x + y) / scale) % 8.5 < 3.4 ? line : background);
};

function outline(
  canvas: Canvas,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  c: Rgb,
  dash: boolean,
) {
  const edge = (xa: number, ya: number, xb: number, yb: number) => {
    for (let x = Math.round(xa), y = Math.round(ya), n = 0; ; n++) {
      if (!dash || n % 5 < 3) canvas.set(x, y, c);
      if (x === Math.round(xb) && y === Math.round(yb)) break;
      if (x !== Math.round(xb)) x += x < xb ? 1 : -1;
      else y += y < yb ? 1 : -1;
    }
  };
  edge(x0, y0, x1 - 1, y0);
  edge(x1 - 1, y0, x1 - 1, y1 - 1);
  edge(x0, y1 - 1, x1 - 1, y1 - 1);
  edge(x0, y0, x0, y1 - 1);
}

function line(
  canvas: Canvas,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  width: number,
  c: Rgb,
  dash: boolean,
) {
  const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0), 1);
  // As many pixels across as the width says (at least one), centred on the line.
  const across = Math.max(1, Math.round(width));
  const lo = -Math.floor((across - 1) / 2);
  const hi = lo + across - 1;
  for (let i = 0; i <= steps; i++) {
    if (dash && i % 14 >= 8) continue;
    const x = Math.round(x0 + ((x1 - x0) * i) / steps);
    const y = Math.round(y0 + ((y1 - y0) * i) / steps);
    for (let dx = lo; dx <= hi; dx++)
      for (let dy = lo; dy <= hi; dy++) canvas.set(x + dx, y + dy, c);
  }
}

/** The corners of an outline of M, L, H, V, h, v and Z commands. */
export function pathPoints(d: string): [number, number][] {
  return pathRings(d).flat();
}

/** The outlines of a path, one per M, each as its corners. */
export function pathRings(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLHVhvZz])([^MLHVhvZz]*)/g)) {
    if (command === 'M' && points.length > 0) {
      rings.push(points);
      points = [];
    }
    const n =
      args.trim() === ''
        ? []
        : args
            .trim()
            .split(/[\s,]+/)
            .map(Number);
    switch (command) {
      case 'M':
      case 'L':
        [x, y] = [n[0], n[1]];
        break;
      case 'H':
        x = n[0];
        break;
      case 'V':
        y = n[0];
        break;
      case 'h':
        x += n[0];
        break;
      case 'v':
        y += n[0];
        break;
      default:
        continue;
    }
    points.push([x, y]);
  }
  if (points.length > 0) rings.push(points);
  return rings;
}

/** Fills outlines even-odd: a pixel is inside when a ray from it crosses an odd number of edges. */
function polygon(canvas: Canvas, rings: [number, number][][], c: Rgb) {
  const closed = rings.filter((ring) => ring.length >= 3);
  if (closed.length === 0) return;
  const ys = closed.flat().map((p) => p[1]);
  const top = Math.max(0, Math.floor(Math.min(...ys)));
  const bottom = Math.min(canvas.height - 1, Math.ceil(Math.max(...ys)));
  for (let y = top; y <= bottom; y++) {
    const scan = y + 0.5;
    const xs: number[] = [];
    for (const points of closed)
      for (let i = 0; i < points.length; i++) {
        const [xa, ya] = points[i];
        const [xb, yb] = points[(i + 1) % points.length];
        if (ya <= scan !== yb <= scan) xs.push(xa + ((scan - ya) / (yb - ya)) * (xb - xa));
      }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2)
      canvas.span(y, Math.round(xs[k]), Math.round(xs[k + 1]), c);
  }
}

/** Scene units per font pixel: capital letters about 0.7 of the font size tall. */
function pixelUnit(size: number): number {
  return Math.max(1, Math.round((size * 0.72 * 2) / GLYPH_HEIGHT)) / 2;
}

function text(canvas: Canvas, shape: Extract<Shape, { type: 'text' }>, scale: number) {
  const chars = fontText(shape.text);
  const unit = pixelUnit(shape.size) * scale;
  const width = chars.length * ADVANCE * unit;
  const left =
    shape.anchor === 'middle'
      ? shape.x * scale - width / 2
      : shape.anchor === 'end'
        ? shape.x * scale - width
        : shape.x * scale;
  const top = shape.y * scale - GLYPH_HEIGHT * unit;
  const c = rgb(shape.fill);
  let x = left;
  for (const ch of chars) {
    glyph(ch).forEach((row, r) =>
      row.forEach((on, col) => {
        if (!on) return;
        const px = x + col * unit;
        const py = top + r * unit;
        canvas.fill(px, py, px + unit + (shape.weight === 'bold' ? 1 : 0), py + unit, () => c);
      }),
    );
    x += ADVANCE * unit;
  }
}

/** The scene in pixels, `scale` device pixels per scene unit. */
export function rasterise(scene: Scene, scale = 2): Raster {
  const canvas = new Canvas(Math.round(scene.width * scale), Math.round(scene.height * scale));
  for (const shape of scene.shapes) {
    switch (shape.type) {
      case 'rect': {
        rect(
          canvas,
          shape.x * scale,
          shape.y * scale,
          (shape.x + shape.w) * scale,
          (shape.y + shape.h) * scale,
          (shape.radius ?? 0) * scale,
          shape.fill === 'hatch' ? hatch(scale) : rgb(shape.fill),
          shape.stroke ? rgb(shape.stroke) : null,
          shape.dash === true,
        );
        break;
      }
      case 'line':
        line(
          canvas,
          shape.x1 * scale,
          shape.y1 * scale,
          shape.x2 * scale,
          shape.y2 * scale,
          (shape.width ?? 1) * scale,
          rgb(shape.stroke),
          shape.dash === true,
        );
        break;
      case 'path': {
        const rings = pathRings(shape.d).map((ring) =>
          ring.map(([x, y]): [number, number] => [x * scale, y * scale]),
        );
        if (shape.fill !== 'none') polygon(canvas, rings, rgb(shape.fill));
        if (shape.stroke) {
          const c = rgb(shape.stroke);
          const width = (shape.width ?? 1) * scale;
          for (const ring of rings)
            ring.forEach(([xa, ya], i) => {
              const [xb, yb] = ring[(i + 1) % ring.length];
              line(canvas, xa, ya, xb, yb, width, c, false);
            });
        }
        break;
      }
      case 'text':
        text(canvas, shape, scale);
        break;
    }
  }
  return { width: canvas.width, height: canvas.height, pixels: canvas.pixels };
}
