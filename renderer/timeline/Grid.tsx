import { memo } from 'react';
import type { SettingsValues } from '../../shared/domain/settings';
import { DAY_MS } from './scale';
import { axisTicks } from './ticks';
import { xAt, type View } from './view';
import { nonWorkingBands } from './workingDays';

interface GridProps {
  view: View;
  height: number;
  todayMs: number;
  settings: Pick<SettingsValues, 'workingDays' | 'holidays'> | null;
  /** Where lanes end, for the separating lines. */
  separators: readonly number[];
  /** Where sections begin and end. */
  strong: readonly number[];
  /** Section heading rows, shaded across the plot. */
  bands: readonly { y: number; height: number }[];
}

/**
 * Weekends and holidays (when days are wide enough to see), tick lines,
 * lane lines and today, drawn in the layer over the whole drawn range.
 */
export const Grid = memo(function Grid({
  view,
  height,
  todayMs,
  settings,
  separators,
  strong,
  bands: sectionBands,
}: GridProps) {
  const { origin, from, to } = view;
  const ticks = axisTicks(from, to, origin.msPerPx);
  const pxPerDay = DAY_MS / origin.msPerPx;
  const bands = settings && pxPerDay >= 5 ? nonWorkingBands(from - DAY_MS, to, settings) : [];
  const x = (t: number) => Math.round(xAt(origin, t)) + 0.5;
  const left = xAt(origin, from);
  const right = xAt(origin, to);
  const width = right - left;
  const minor = ticks.minor.map((t) => `M${x(t.t)} 0V${height}`).join('');
  const major = ticks.major.map((t) => `M${x(t.t)} 0V${height}`).join('');
  const lines = separators.map((y) => `M${left} ${y + 0.5}H${right}`).join('');
  const strongLines = strong.map((y) => `M${left} ${y + 0.5}H${right}`).join('');
  const todayX = xAt(origin, todayMs);
  return (
    <g className="tl-grid" aria-hidden="true">
      {sectionBands.map((band) => (
        <rect
          key={band.y}
          className="tl-section-band"
          x={left}
          y={band.y}
          width={width}
          height={band.height}
        />
      ))}
      {bands.map((band) => (
        <rect
          key={band.start}
          className="tl-nonworking"
          x={xAt(origin, band.start)}
          width={(band.end - band.start) / origin.msPerPx}
          y={0}
          height={height}
        />
      ))}
      {minor ? <path className="tl-grid-minor" d={minor} /> : null}
      {major ? <path className="tl-grid-major" d={major} /> : null}
      {lines ? <path className="tl-grid-lane" d={lines} /> : null}
      {strongLines ? <path className="tl-grid-section" d={strongLines} /> : null}
      {todayMs >= from && todayMs <= to ? (
        <line className="tl-today" x1={todayX} x2={todayX} y1={0} y2={height} />
      ) : null}
    </g>
  );
});
