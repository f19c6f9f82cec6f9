import type { MilestoneKind } from '../domain/release';
import type { Severity } from '../planning';

// Marker outlines as SVG path data, straight edges only: one <path> per
// marker keeps the DOM small, and the picture's PNG draws the same outlines.
// Severity glyphs cut their mark out with even-odd filling, so shape and
// symbol are a single node and read without colour.

const f = (n: number) => Math.round(n * 10) / 10;

export function diamond(x: number, y: number, r: number): string {
  return `M${f(x)} ${f(y - r)}L${f(x + r)} ${f(y)}L${f(x)} ${f(y + r)}L${f(x - r)} ${f(y)}Z`;
}

/**
 * A circle as 20 straight sides: round at a marker's size, and an outline the
 * command line's rasteriser (which draws straight edges only) fills as it is.
 */
export function circle(x: number, y: number, r: number): string {
  const points: string[] = [];
  for (let i = 0; i < 20; i++) {
    const angle = (i * Math.PI) / 10;
    points.push(`${f(x + r * Math.cos(angle))} ${f(y + r * Math.sin(angle))}`);
  }
  return `M${points.join('L')}Z`;
}

/** A release: a flag on a pole, the tallest marker in its lane. */
export function flag(x: number, y: number): string {
  return `M${f(x - 1.2)} ${f(y + 8)}V${f(y - 9)}L${f(x + 10)} ${f(y - 4.5)}L${f(x + 1.2)} ${f(y - 0.5)}V${f(y + 8)}Z`;
}

/** Branching the stable tree: a fork. */
export function fork(x: number, y: number): string {
  return (
    `M${f(x - 1.2)} ${f(y + 7)}V${f(y)}L${f(x - 6)} ${f(y - 5.5)}L${f(x - 4.3)} ${f(y - 7)}L${f(x)} ${f(y - 2.2)}` +
    `L${f(x + 4.3)} ${f(y - 7)}L${f(x + 6)} ${f(y - 5.5)}L${f(x + 1.2)} ${f(y)}V${f(y + 7)}Z`
  );
}

/** A release candidate: a tick. */
export function tick(x: number, y: number): string {
  return `M${f(x - 1.5)} ${f(y - 7)}h3v14h-3Z`;
}

export function milestoneShape(kind: MilestoneKind, x: number, y: number): string {
  switch (kind) {
    case 'release':
      return flag(x, y);
    case 'branch':
      return fork(x, y);
    case 'rc':
      return tick(x, y);
    case 'last-posting':
    case 'custom':
      return circle(x, y, 4);
    default:
      return diamond(x, y, 5.5);
  }
}

/** The handle at an embargo's lift: a bar the height of the row, grabbed to move the lift. */
export function liftHandle(x: number, y: number, h: number): string {
  return `M${f(x - 2)} ${f(y)}h4v${h}h-4Z`;
}

function octagon(x: number, y: number, r: number): string {
  const points: string[] = [];
  for (let i = 0; i < 8; i++) {
    const angle = Math.PI / 8 + (i * Math.PI) / 4;
    points.push(`${f(x + r * Math.cos(angle))} ${f(y + r * Math.sin(angle))}`);
  }
  return `M${points.join('L')}Z`;
}

/** Error: a stop sign with "!"; warning: a triangle with "!"; note: a circle with "i". */
export function severityGlyph(severity: Severity, x: number, y: number): string {
  const bang = `M${f(x - 0.9)} ${f(y - 3.2)}h1.8v3.6h-1.8ZM${f(x - 0.9)} ${f(y + 1.6)}h1.8v1.7h-1.8Z`;
  switch (severity) {
    case 'error':
      return octagon(x, y, 6.5) + bang;
    case 'warning':
      return (
        `M${f(x)} ${f(y - 6.5)}L${f(x + 7)} ${f(y + 5.5)}L${f(x - 7)} ${f(y + 5.5)}Z` +
        `M${f(x - 0.9)} ${f(y - 2.2)}h1.8v3.6h-1.8ZM${f(x - 0.9)} ${f(y + 2.4)}h1.8v1.6h-1.8Z`
      );
    case 'info':
      return (
        circle(x, y, 5.5) +
        `M${f(x - 0.9)} ${f(y - 3.3)}h1.8v1.6h-1.8ZM${f(x - 0.9)} ${f(y - 0.9)}h1.8v4.2h-1.8Z`
      );
  }
}
