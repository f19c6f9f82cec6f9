import { monthLabel } from '../chart/axis';
import { COLOURS, type Fill, type Scene, type Shape } from '../chart/scene';
import { dayNumber } from '../planning/days';
import { plural } from '../planning/format';
import type { ReleaseRetro, Retrospective } from './retrospective';

// The cadence chart: one bar per release, as tall as the days since the
// release before it, stacked by where those days went: development, the
// stabilising period up to the plan, then the days past the plan by cause.
// A dashed tick marks where the plan was. Colours and fills are the
// timeline's: freeze blues, the embargo hatch.

/** How an advisory key may be shown (key, key and title) or null to leave it out. */
export type KeyLabel = (key: string) => string | null;

const WIDTH = 960;
const HEIGHT = 520;
const LEFT = 60;
const RIGHT = 20;
const TOP = 96;
const BOTTOM = 58;

export interface Segment {
  cause: 'development' | 'stabilising' | 'embargo' | 'blocker' | 'unrecorded';
  days: number;
}

export const SEGMENT_STYLE: Record<
  Segment['cause'],
  { fill: Fill; stroke: string; dash?: boolean; label: string }
> = {
  development: { fill: COLOURS.development, stroke: COLOURS.phaseStroke, label: 'Development' },
  stabilising: {
    fill: COLOURS.codeFreeze,
    stroke: COLOURS.phaseStroke,
    label: 'Stabilising, up to the plan',
  },
  embargo: {
    fill: 'hatch',
    stroke: COLOURS.embargoStroke,
    label: 'Late: waiting only on embargoes',
  },
  blocker: {
    fill: COLOURS.blockerFill,
    stroke: COLOURS.blockerStroke,
    label: 'Late: other blockers',
  },
  unrecorded: {
    fill: COLOURS.unknownFill,
    stroke: COLOURS.unknownStroke,
    dash: true,
    label: 'Late: nothing recorded',
  },
};

/** The bar of one release, bottom to top. */
export function segments(row: ReleaseRetro): Segment[] {
  const actual = dayNumber(row.actualRelease);
  const planned = dayNumber(row.plannedRelease);
  const start =
    row.cycleDays !== null
      ? actual - row.cycleDays
      : dayNumber(row.stabilisingStart ?? row.plannedRelease);
  const stabilising =
    row.stabilisingStart !== null ? dayNumber(row.stabilisingStart) : Math.min(planned, actual);
  const onPlan = Math.min(planned, actual);
  const stabilisingFrom = Math.max(start, Math.min(stabilising, onPlan));
  return [
    { cause: 'development' as const, days: Math.max(0, stabilisingFrom - start) },
    { cause: 'stabilising' as const, days: Math.max(0, onPlan - stabilisingFrom) },
    { cause: 'embargo' as const, days: row.waitingOnEmbargoDays },
    { cause: 'blocker' as const, days: row.otherBlockerDays },
    { cause: 'unrecorded' as const, days: row.notRecordedDays },
  ].filter((s) => s.days > 0);
}

function lateText(row: ReleaseRetro): string {
  if (row.daysLate > 0) return `+${row.daysLate} d`;
  if (row.daysLate < 0) return `${row.daysLate} d`;
  return 'on time';
}

function barTitle(row: ReleaseRetro, segment: Segment, keyLabel: KeyLabel): string {
  const from =
    row.stabilisingFrom === 'rc1'
      ? 'from RC1 (no feature freeze recorded)'
      : 'from the feature freeze';
  switch (segment.cause) {
    case 'development':
      return `${row.name}: ${plural(segment.days, 'day')} of development since ${row.previousRelease} came out`;
    case 'stabilising':
      return `${row.name}: ${plural(segment.days, 'day')} stabilising ${from} up to the planned date`;
    case 'embargo': {
      const keys = row.heldBy.map(keyLabel).filter((k): k is string => k !== null);
      return `${row.name}: ${plural(segment.days, 'day')} past the plan waiting only on embargoes${keys.length > 0 ? ` (${keys.join('; ')})` : ''}`;
    }
    case 'blocker':
      return `${row.name}: ${plural(segment.days, 'day')} past the plan with other blockers open (${row.blockersHeld.join('; ')})`;
    case 'unrecorded':
      return `${row.name}: ${plural(segment.days, 'day')} past the plan with nothing recorded holding it`;
  }
}

export function cadenceChart(retro: Retrospective, keyLabel: KeyLabel): Scene {
  const rows = retro.releases;
  const shapes: Shape[] = [];
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const heights = rows.map((r) => segments(r).reduce((s, x) => s + x.days, 0));
  const plannedHeights = rows.map((r) => (r.cycleDays === null ? null : r.cycleDays - r.daysLate));
  const top = Math.max(30, ...heights, ...plannedHeights.map((h) => h ?? 0));
  const step = top > 240 ? 60 : 30;
  const max = Math.ceil(top / step) * step;
  const y = (days: number) => TOP + plotH - (days / max) * plotH;

  shapes.push({
    type: 'text',
    x: LEFT,
    y: 24,
    text: 'Release cadence: where each cycle’s days went',
    size: 15,
    weight: 'bold',
    fill: COLOURS.text,
  });
  // Legend, wrapped onto a second row when it does not fit on one.
  let lx = LEFT;
  let ly = 40;
  const entry = (width: number) => {
    if (lx + width > WIDTH - RIGHT) {
      lx = LEFT;
      ly += 17;
    }
    const at = lx;
    lx += width + 16;
    return at;
  };
  for (const cause of ['development', 'stabilising', 'embargo', 'blocker', 'unrecorded'] as const) {
    const style = SEGMENT_STYLE[cause];
    const label =
      cause === 'stabilising' && retro.summary.stabilisingFrom.rc1 > 0
        ? 'Stabilising to plan (from RC1)'
        : style.label;
    const x = entry(19 + label.length * 6.1);
    shapes.push({
      type: 'rect',
      x,
      y: ly,
      w: 14,
      h: 11,
      fill: style.fill,
      stroke: style.stroke,
      dash: style.dash,
    });
    shapes.push({
      type: 'text',
      x: x + 19,
      y: ly + 10,
      text: label,
      size: 11,
      fill: COLOURS.muted,
    });
  }
  const px = entry(21 + 7 * 6.1);
  shapes.push({
    type: 'line',
    x1: px,
    y1: ly + 5.5,
    x2: px + 16,
    y2: ly + 5.5,
    stroke: COLOURS.markDark,
    width: 2,
    dash: true,
  });
  shapes.push({
    type: 'text',
    x: px + 21,
    y: ly + 10,
    text: 'Planned',
    size: 11,
    fill: COLOURS.muted,
  });

  // Grid and axis
  for (let d = 0; d <= max; d += step) {
    shapes.push({
      type: 'line',
      x1: LEFT,
      y1: y(d),
      x2: WIDTH - RIGHT,
      y2: y(d),
      stroke: d === 0 ? COLOURS.axis : COLOURS.grid,
    });
    shapes.push({
      type: 'text',
      x: LEFT - 6,
      y: y(d) + 4,
      text: `${d} d`,
      size: 10.5,
      fill: COLOURS.muted,
      anchor: 'end',
    });
  }
  shapes.push({
    type: 'text',
    x: 14,
    y: TOP - 10,
    text: 'days',
    size: 10.5,
    fill: COLOURS.muted,
  });

  if (rows.length === 0) {
    shapes.push({
      type: 'text',
      x: LEFT + plotW / 2,
      y: TOP + plotH / 2,
      text: 'No released release in the plan yet',
      size: 13,
      fill: COLOURS.muted,
      anchor: 'middle',
    });
  }
  const band = plotW / Math.max(1, rows.length);
  const barW = Math.min(46, band * 0.62);
  rows.forEach((row, i) => {
    const cx = LEFT + band * i + band / 2;
    const x = cx - barW / 2;
    let base = 0;
    for (const segment of segments(row)) {
      const style = SEGMENT_STYLE[segment.cause];
      shapes.push({
        type: 'rect',
        x,
        y: y(base + segment.days),
        w: barW,
        h: (segment.days / max) * plotH,
        fill: style.fill,
        stroke: style.stroke,
        dash: style.dash,
        title: barTitle(row, segment, keyLabel),
      });
      base += segment.days;
    }
    const planned = plannedHeights[i];
    if (planned !== null) {
      shapes.push({
        type: 'line',
        x1: x - 4,
        y1: y(planned),
        x2: x + barW + 4,
        y2: y(planned),
        stroke: COLOURS.markDark,
        width: 2,
        dash: true,
        title: `${row.name} was planned for ${row.plannedRelease}, ${plural(planned, 'day')} after ${row.previousRelease}`,
      });
    }
    const topY = y(Math.max(base, planned ?? 0)) - 6;
    shapes.push({
      type: 'text',
      x: cx,
      y: topY,
      text: lateText(row),
      size: 10.5,
      weight: row.daysLate > 0 ? 'bold' : 'normal',
      fill: row.daysLate > 0 ? COLOURS.text : COLOURS.muted,
      anchor: 'middle',
      title: `${row.name}: planned ${row.plannedRelease}, released ${row.actualRelease}`,
    });
    shapes.push({
      type: 'text',
      x: cx,
      y: TOP + plotH + 17,
      text: row.name,
      size: 12,
      weight: 'bold',
      fill: COLOURS.text,
      anchor: 'middle',
    });
    shapes.push({
      type: 'text',
      x: cx,
      y: TOP + plotH + 32,
      text: monthLabel(dayNumber(row.actualRelease)),
      size: 10,
      fill: COLOURS.muted,
      anchor: 'middle',
    });
    if (row.cycleDays === null)
      shapes.push({
        type: 'text',
        x: cx,
        y: TOP + plotH + 46,
        text: 'first: no cycle',
        size: 9.5,
        fill: COLOURS.faint,
        anchor: 'middle',
      });
  });

  return {
    width: WIDTH,
    height: HEIGHT,
    title: 'Release cadence: where each cycle’s days went',
    description:
      'One bar per released release, as tall as the days since the release before it: development, stabilising up to the planned date, then the days past the plan by cause (waiting only on embargoes, other blockers, nothing recorded). A dashed line marks the planned date.',
    shapes,
  };
}
