import { memo } from 'react';
import type { SettingsValues } from '../../../shared/domain/settings';
import { DAY_MS } from '../geometry/scale';
import { fitLabels, textWidth } from '../geometry/labelFit';
import { dayText } from '../model/labels';
import { axisTicks } from '../geometry/ticks';
import { xAt, type View } from '../geometry/view';
import { holidaysIn, nonWorkingBands, type HolidayBand } from '../geometry/workingDays';
import './grid.css';

interface GridProps {
  view: View;
  height: number;
  todayMs: number;
  settings: Pick<SettingsValues, 'workingDays' | 'holidays' | 'holidayNames'> | null;
  /** Where lanes end, for the separating lines. */
  separators: readonly number[];
  /** Where sections begin and end. */
  strong: readonly number[];
  /** Section heading rows, shaded across the plot. */
  bands: readonly { y: number; height: number }[];
  /** Where holiday names are written: the top of the first section heading row. */
  holidayLabelY: number;
}

const HOLIDAY_LABEL_PX = 10.5;
const HOLIDAY_LABEL_ROWS = 2;
/** Baselines of the two label rows, from the top of the section heading row. */
const HOLIDAY_LABEL_BASELINES = [11, 22];

/**
 * Holiday names that fit, one per run of days with the same name ("Christmas
 * Day", "Boxing Day"; a three-day "Easter" once), never over each other.
 */
export function holidayLabels(
  holidays: readonly HolidayBand[],
  x: (t: number) => number,
): { x: number; text: string; key: string; row: number }[] {
  const runs: { start: number; name: string; key: string }[] = [];
  holidays.forEach((h, i) => {
    const previous = holidays[i - 1];
    if (previous && previous.end === h.start && previous.name === h.name) return;
    runs.push({ start: h.start, name: h.name, key: h.date });
  });
  // Two rows in the section heading: the first takes what fits, the second the rest that fits.
  const placed: { x: number; text: string; key: string; row: number }[] = [];
  let left = runs.map((r) => ({ ...r, x: x(r.start) + 3 }));
  for (let row = 0; row < HOLIDAY_LABEL_ROWS && left.length > 0; row++) {
    const shown = fitLabels(
      left.map((r) => ({ x: r.x, width: textWidth(r.name, HOLIDAY_LABEL_PX), priority: 0 })),
      6,
    );
    left.forEach((r, i) => {
      if (shown[i]) placed.push({ x: r.x, text: r.name, key: r.key, row });
    });
    left = left.filter((_, i) => !shown[i]);
  }
  return placed;
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
  holidayLabelY,
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
  const holidays = settings ? holidaysIn(from - DAY_MS, to, settings) : [];
  const labels = pxPerDay >= 3 ? holidayLabels(holidays, (t) => xAt(origin, t)) : [];
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
      {holidays.map((holiday) => (
        <rect
          key={holiday.date}
          className="tl-holiday"
          x={xAt(origin, holiday.start)}
          width={Math.max(DAY_MS / origin.msPerPx, 1.5)}
          y={0}
          height={height}
        >
          <title>{`${holiday.name}: ${dayText(holiday.start)}`}</title>
        </rect>
      ))}
      {minor ? <path className="tl-grid-minor" d={minor} /> : null}
      {major ? <path className="tl-grid-major" d={major} /> : null}
      {lines ? <path className="tl-grid-lane" d={lines} /> : null}
      {strongLines ? <path className="tl-grid-section" d={strongLines} /> : null}
      {labels.map((label) => (
        <text
          key={label.key}
          className="tl-holiday-label"
          x={label.x}
          y={holidayLabelY + HOLIDAY_LABEL_BASELINES[label.row]}
        >
          {label.text}
        </text>
      ))}
      {todayMs >= from && todayMs <= to ? (
        <line className="tl-today" x1={todayX} x2={todayX} y1={0} y2={height} />
      ) : null}
    </g>
  );
});
