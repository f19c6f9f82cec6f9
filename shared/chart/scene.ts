// A chart as a list of simple shapes, built once from the numbers and then
// drawn three ways: as React SVG on screen, as an SVG file, and as a PNG
// (by the browser's canvas, or by the small rasteriser here for the command
// line). One scene, so an export is exactly what the screen shows.

export type Fill = string | 'hatch';

export interface RectShape {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  /** A colour, or 'hatch': the timeline's stripes for an embargo. */
  fill: Fill;
  stroke?: string;
  dash?: boolean;
  /** Rounded corners, in scene units. */
  radius?: number;
  /** What it means, shown as a tooltip on screen and kept in the SVG file. */
  title?: string;
}

export interface LineShape {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: string;
  width?: number;
  dash?: boolean;
  title?: string;
}

/**
 * Closed outlines of straight segments (M, L, H, V, h, v, Z only), e.g. a
 * release flag. Each M starts another outline; where outlines overlap they cut
 * holes in each other (even-odd), as the "!" in a warning triangle.
 */
export interface PathShape {
  type: 'path';
  d: string;
  fill: string;
  stroke?: string;
  /** The stroke's width; 1 when not given. */
  width?: number;
  title?: string;
}

export interface TextShape {
  type: 'text';
  x: number;
  y: number;
  text: string;
  size: number;
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'normal' | 'bold';
  title?: string;
}

export type Shape = RectShape | LineShape | PathShape | TextShape;

export interface Scene {
  width: number;
  height: number;
  /** The chart's title and a sentence saying what it shows: the SVG's <title> and <desc>. */
  title: string;
  description: string;
  shapes: Shape[];
}

/** The timeline's colours (renderer/timeline/timeline.css), for files that carry no stylesheet. */
export const COLOURS = {
  text: '#1b2430',
  muted: '#5d6978',
  faint: '#8893a0',
  grid: '#e5e9ee',
  gridMajor: '#d3d9e0',
  axis: '#c5ccd5',
  background: '#ffffff',
  mark: '#1f5fbf',
  markDark: '#123d7d',
  today: '#d6336c',
  development: '#eef2f7',
  featureFreeze: '#d9e6fb',
  codeFreeze: '#b5cdf4',
  hardFreeze: '#86aaea',
  phaseStroke: '#c9d7ee',
  hatchBackground: '#fff6dc',
  hatchLine: '#f2d27e',
  embargoStroke: '#b7791f',
  embargoed: '#8a5a00',
  publicFill: '#d4eedd',
  publicStroke: '#4f9a6e',
  blockerFill: '#fde3d3',
  blockerStroke: '#d9480f',
  unknownFill: '#eceff3',
  unknownStroke: '#9aa4b1',
  closedFill: '#cfd5dc',
  closedStroke: '#7b8591',
} as const;

export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Liberation Sans', Arial, sans-serif";

/** The id of the hatch pattern inside a scene's own <defs>. */
export const HATCH_ID = 'chart-hatch';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) =>
    c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&apos;',
  );
}

const num = (n: number) => String(Math.round(n * 10) / 10);

function titled(open: string, title: string | undefined, selfClosing: boolean): string {
  if (title === undefined) return selfClosing ? `${open}/>` : `${open}>`;
  return `${open}><title>${escapeXml(title)}</title>`;
}

function shapeSvg(shape: Shape): string {
  switch (shape.type) {
    case 'rect': {
      const fill = shape.fill === 'hatch' ? `url(#${HATCH_ID})` : shape.fill;
      const open =
        `<rect x="${num(shape.x)}" y="${num(shape.y)}" width="${num(Math.max(0, shape.w))}" height="${num(Math.max(0, shape.h))}" fill="${fill}"` +
        (shape.radius ? ` rx="${num(shape.radius)}"` : '') +
        (shape.stroke ? ` stroke="${shape.stroke}"` : '') +
        (shape.dash ? ' stroke-dasharray="3 2"' : '');
      return shape.title === undefined ? `${open}/>` : `${titled(open, shape.title, false)}</rect>`;
    }
    case 'line': {
      const open =
        `<line x1="${num(shape.x1)}" y1="${num(shape.y1)}" x2="${num(shape.x2)}" y2="${num(shape.y2)}" stroke="${shape.stroke}" stroke-width="${shape.width ?? 1}"` +
        (shape.dash ? ' stroke-dasharray="4 3"' : '');
      return shape.title === undefined ? `${open}/>` : `${titled(open, shape.title, false)}</line>`;
    }
    case 'path': {
      const open =
        `<path d="${shape.d}" fill="${shape.fill}" fill-rule="evenodd"` +
        (shape.stroke ? ` stroke="${shape.stroke}"` : '') +
        (shape.stroke && shape.width !== undefined ? ` stroke-width="${shape.width}"` : '');
      return shape.title === undefined ? `${open}/>` : `${titled(open, shape.title, false)}</path>`;
    }
    case 'text': {
      const open =
        `<text x="${num(shape.x)}" y="${num(shape.y)}" font-size="${shape.size}" fill="${shape.fill}"` +
        (shape.anchor && shape.anchor !== 'start' ? ` text-anchor="${shape.anchor}"` : '') +
        (shape.weight === 'bold' ? ' font-weight="700"' : '');
      const body = escapeXml(shape.text);
      return shape.title === undefined
        ? `${open}>${body}</text>`
        : `${open}><title>${escapeXml(shape.title)}</title>${body}</text>`;
    }
  }
}

/** The scene as a standalone SVG file: its own hatch pattern, fonts and white background. */
export function sceneToSvg(scene: Scene): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" font-family="${escapeXml(FONT_FAMILY)}" role="img">`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<desc>${escapeXml(scene.description)}</desc>`,
    `<defs><pattern id="${HATCH_ID}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${COLOURS.hatchBackground}"/><rect width="2.4" height="6" fill="${COLOURS.hatchLine}"/></pattern></defs>`,
    `<rect width="${scene.width}" height="${scene.height}" fill="${COLOURS.background}"/>`,
    ...scene.shapes.map(shapeSvg),
    '</svg>',
    '',
  ].join('\n');
}

/** A release: a flag on a pole (as on the timeline). */
export function flagPath(x: number, y: number): string {
  const f = (n: number) => num(n);
  return `M${f(x - 1.2)} ${f(y + 8)}V${f(y - 9)}L${f(x + 10)} ${f(y - 4.5)}L${f(x + 1.2)} ${f(y - 0.5)}V${f(y + 8)}Z`;
}
