import { dayLabel, monthLabel, monthStarts, shortLabel } from '../chart/axis';
import { COLOURS, flagPath, type Scene, type Shape } from '../chart/scene';
import { dayNumber, type DayNumber } from '../planning/days';
import { plural } from '../planning/format';
import type { ForecastResult, PolicyForecast } from './forecast';
import type { PolicyId } from './policies';
import { HORIZON_DAYS } from './simulate';

// The fan chart: one row per policy on a date axis, as the timeline draws a
// release lane. Each row fans out from the median (a release flag) through
// the middle half of the futures (P25–P75, the deepest freeze blue), eight
// in ten (P10–P90) and nine in ten (P5–P95, the palest). Above the rows, the embargoes
// already known, hatched from the day they are known to their lift as on the
// timeline; across them, today and the planned date.

/** How an advisory key may be shown (key, key and title), or null to leave the advisory out. */
export type KeyLabel = (key: string) => string | null;

const WIDTH = 960;
const LABEL_W = 178;
const RIGHT = 24;
const TOP = 74;
const ROW_H = 62;
const LANE_H = 20;

const BANDS = [
  { from: 0, to: 6, h: 12, fill: COLOURS.featureFreeze, what: '9 in 10 (P5–P95)' },
  { from: 1, to: 5, h: 22, fill: COLOURS.codeFreeze, what: '8 in 10 (P10–P90)' },
  { from: 2, to: 4, h: 32, fill: COLOURS.hardFreeze, what: 'half (P25–P75)' },
] as const;

interface Lane {
  label: string;
  title: string;
  from: DayNumber;
  lift: DayNumber;
  row: number;
}

/** "XSA-264", "XSA-264 and XSA-265", "XSA-264 … XSA-266 (3)" */
function batchLabel(keys: readonly string[]): string {
  if (keys.length <= 2) return keys.join(' and ');
  return `${keys[0]} … ${keys[keys.length - 1]} (${keys.length})`;
}

/**
 * Known embargoes, one bar per batch (those lifting on one day), in rows so
 * that bars and labels do not overlap. Only what `keyLabel` lets show.
 */
function packLanes(result: ForecastResult, keyLabel: KeyLabel, x: (d: number) => number): Lane[] {
  const { model, assumptions } = result;
  const batches = new Map<number, string[]>();
  for (const fix of model.knownFixes) {
    if (fix.kind !== 'lift' || keyLabel(fix.key) === null) continue;
    const keys = batches.get(fix.day) ?? [];
    keys.push(fix.key);
    batches.set(fix.day, keys);
  }
  const ends: number[] = [];
  const lanes: Lane[] = [];
  for (const [lift, keys] of [...batches].sort((a, b) => a[0] - b[0])) {
    const label = batchLabel(keys);
    const from = Math.max(model.today, lift - assumptions.leadDays);
    const left = x(from);
    const right = Math.max(x(lift), left + 7 + label.length * 6.2);
    let row = ends.findIndex((end) => end < left - 6);
    if (row < 0) {
      row = ends.length;
      ends.push(right);
    } else ends[row] = right;
    const labels = keys.map((k) => keyLabel(k)!);
    lanes.push({
      label,
      title: `${labels.join('; ')}: known from ${dayLabel(from)}, ${keys.length === 1 ? 'lifts' : 'lift'} ${dayLabel(lift)}`,
      from,
      lift,
      row,
    });
  }
  return lanes;
}

const SHORT: Record<PolicyId, string> = {
  wait: 'Wait for all',
  cutoff: 'Cut-off',
  ship: 'Ship + point release',
  branch: 'Branch and reopen',
};

function policyLabel(p: PolicyForecast, result: ForecastResult): string {
  return p.policy === 'cutoff' ? `${SHORT.cutoff} (${result.cutoffWeeks} wk)` : SHORT[p.policy];
}

export function fanChart(
  result: ForecastResult,
  keyLabel: KeyLabel,
  shown: readonly PolicyId[] = result.policies.map((p) => p.policy),
): Scene {
  const policies = result.policies.filter((p) => shown.includes(p.policy));
  const today = dayNumber(result.today);
  const release = dayNumber(result.releaseDate);
  const freeze = result.hardFreeze ? dayNumber(result.hardFreeze) : NaN;
  const lifts = result.model.knownFixes.map((f) => f.day);
  const start = Math.min(today, Number.isFinite(freeze) ? freeze : today) - 4;
  // The axis reaches the furthest P90 (and the known lifts) with room to
  // spare; a longer P95 tail is cut at the edge and says where it ends.
  const p90s = policies.map((p) => dayNumber(p.p90));
  const p95s = policies.map((p) => dayNumber(p.fan[p.fan.length - 1]));
  const reach = Math.max(release, ...lifts, ...p90s);
  const last = Math.min(Math.max(reach, ...p95s), reach + Math.round((reach - start) * 0.3));
  const end = last + Math.max(7, Math.round((last - start) * 0.04));
  const plotW = WIDTH - LABEL_W - RIGHT;
  const x = (day: number) => LABEL_W + ((day - start) / (end - start)) * plotW;

  const lanes = packLanes(result, keyLabel, x);
  const laneRows = lanes.length === 0 ? 0 : Math.max(...lanes.map((l) => l.row)) + 1;
  const lanesTop = TOP + 8;
  const rowsTop = lanesTop + (laneRows > 0 ? laneRows * LANE_H + 14 : 0);
  const height = rowsTop + policies.length * ROW_H + 16;
  const shapes: Shape[] = [];

  shapes.push({
    type: 'text',
    x: 16,
    y: 24,
    text: `${result.release}: when it ships under each policy`,
    size: 15,
    weight: 'bold',
    fill: COLOURS.text,
  });
  // Legend
  let lx = 16;
  const legend = (draw: (x: number) => void, text: string, width: number) => {
    draw(lx);
    shapes.push({ type: 'text', x: lx + width + 5, y: 50, text, size: 11, fill: COLOURS.muted });
    lx += width + 5 + text.length * 6.1 + 14;
  };
  for (const band of [...BANDS].reverse())
    legend(
      (at) =>
        shapes.push({
          type: 'rect',
          x: at,
          y: 40,
          w: 18,
          h: 11,
          fill: band.fill,
          stroke: COLOURS.phaseStroke,
        }),
      band.what.replace(/^./, (c) => c.toUpperCase()),
      18,
    );
  legend(
    (at) => shapes.push({ type: 'path', d: flagPath(at + 3, 46), fill: COLOURS.mark }),
    'Median (P50)',
    12,
  );
  legend(
    (at) =>
      shapes.push({
        type: 'line',
        x1: at + 5,
        y1: 38,
        x2: at + 5,
        y2: 54,
        stroke: COLOURS.today,
        width: 1.5,
      }),
    'Today',
    10,
  );
  legend(
    (at) =>
      shapes.push({
        type: 'line',
        x1: at + 5,
        y1: 38,
        x2: at + 5,
        y2: 54,
        stroke: COLOURS.markDark,
        width: 1.5,
        dash: true,
      }),
    'Planned',
    10,
  );

  // Month grid and labels
  for (const day of monthStarts(start, end)) {
    shapes.push({
      type: 'line',
      x1: x(day),
      y1: TOP - 6,
      x2: x(day),
      y2: height - 12,
      stroke: COLOURS.grid,
    });
    // A label that would run off the right edge is left out; its line stays.
    if (x(day) + 3 + monthLabel(day).length * 6 <= WIDTH)
      shapes.push({
        type: 'text',
        x: x(day) + 3,
        y: TOP - 2,
        text: monthLabel(day),
        size: 10.5,
        fill: COLOURS.muted,
      });
  }
  shapes.push({
    type: 'line',
    x1: LABEL_W,
    y1: TOP + 2,
    x2: WIDTH - RIGHT,
    y2: TOP + 2,
    stroke: COLOURS.axis,
  });

  // Known embargoes
  if (laneRows > 0)
    shapes.push({
      type: 'text',
      x: 16,
      y: lanesTop + 13,
      text: 'Known embargoes',
      size: 11.5,
      weight: 'bold',
      fill: COLOURS.text,
    });
  for (const lane of lanes) {
    const y = lanesTop + lane.row * LANE_H;
    const title = lane.title;
    shapes.push({
      type: 'rect',
      x: x(lane.from),
      y: y + 2,
      w: Math.max(3, x(lane.lift) - x(lane.from)),
      h: LANE_H - 6,
      fill: 'hatch',
      stroke: COLOURS.embargoStroke,
      title,
    });
    shapes.push({
      type: 'rect',
      x: x(lane.lift) - 1.5,
      y,
      w: 3,
      h: LANE_H - 2,
      fill: COLOURS.embargoed,
      title,
    });
    // Inside the bar when it fits, else just after the lift.
    const fits = x(lane.lift) - x(lane.from) > lane.label.length * 6.2 + 10;
    shapes.push({
      type: 'text',
      x: fits ? x(lane.from) + 4 : x(lane.lift) + 5,
      y: y + 13,
      text: lane.label,
      size: 10.5,
      weight: 'bold',
      fill: COLOURS.text,
      title,
    });
  }

  // Policy rows
  policies.forEach((p, i) => {
    const top = rowsTop + i * ROW_H;
    const mid = top + ROW_H / 2 - 4;
    if (i > 0)
      shapes.push({
        type: 'line',
        x1: 16,
        y1: top,
        x2: WIDTH - RIGHT,
        y2: top,
        stroke: COLOURS.grid,
      });
    shapes.push({
      type: 'text',
      x: 16,
      y: mid - 2,
      text: policyLabel(p, result),
      size: 12,
      weight: 'bold',
      fill: COLOURS.text,
    });
    shapes.push({
      type: 'text',
      x: 16,
      y: mid + 13,
      text: `P50 ${shortLabel(dayNumber(p.p50))} · ${Math.round(p.onTimeShare * 100)}% on time`,
      size: 10.5,
      fill: COLOURS.muted,
      title: `Half of the futures ship by ${dayLabel(dayNumber(p.p50))}; in ${Math.round(p.onTimeShare * 100)}% of them the release ships on its planned date (${dayLabel(release)}) or earlier`,
    });
    for (const band of BANDS) {
      const from = dayNumber(p.fan[band.from]);
      const to = dayNumber(p.fan[band.to]);
      const cut = to > end;
      if (cut)
        shapes.push({
          type: 'text',
          x: WIDTH - RIGHT,
          y: mid - band.h / 2 - 2,
          text: `→ ${shortLabel(to)}${to - today >= HORIZON_DAYS ? '+' : ''}`,
          size: 9.5,
          fill: COLOURS.muted,
          anchor: 'end',
          title: `${p.label}: the ${band.what} band runs on to ${dayLabel(to)}`,
        });
      shapes.push({
        type: 'rect',
        x: x(from) - 1,
        y: mid - band.h / 2,
        w: x(Math.min(to, end)) - x(from) + 2,
        h: band.h,
        fill: band.fill,
        stroke: COLOURS.phaseStroke,
        title: `${p.label}: ${band.what} of the ${result.runs.toLocaleString('en-US')} futures ship between ${dayLabel(from)} and ${dayLabel(to)}`,
      });
    }
    const median = dayNumber(p.p50);
    shapes.push({
      type: 'path',
      d: flagPath(x(median), mid),
      fill: COLOURS.mark,
      stroke: COLOURS.markDark,
      title: `${p.label}: half of the futures ship by ${dayLabel(median)} (P50), ${p.daysLate.p50 === 0 ? 'on the planned date' : `${plural(Math.abs(p.daysLate.p50), 'day')} ${p.daysLate.p50 > 0 ? 'after' : 'before'} the plan`}`,
    });
    if (p.policy === 'cutoff')
      shapes.push({
        type: 'line',
        x1: x(dayNumber(result.cutoffDate)),
        y1: top + 4,
        x2: x(dayNumber(result.cutoffDate)),
        y2: top + ROW_H - 4,
        stroke: COLOURS.blockerStroke,
        width: 1.5,
        dash: true,
        title: `Security cut-off ${dayLabel(dayNumber(result.cutoffDate))}: fixes lifting from then on go into the point release`,
      });
    if (p.masterClosedDays && Number.isFinite(freeze)) {
      const reopen = freeze + p.masterClosedDays.p50;
      shapes.push({
        type: 'rect',
        x: x(freeze),
        y: top + ROW_H - 10,
        w: Math.max(2, x(reopen) - x(freeze)),
        h: 4,
        fill: COLOURS.closedFill,
        stroke: COLOURS.closedStroke,
        title: `${p.label}: master closed ${plural(p.masterClosedDays.p50, 'day')} from the hard code freeze (${plural(p.masterClosedDays.p90, 'day')} in 9 of 10 futures)`,
      });
    }
  });

  // Today and the plan, across everything
  const across = (day: number, stroke: string, dash: boolean, title: string) =>
    shapes.push({
      type: 'line',
      x1: x(day),
      y1: TOP - 6,
      x2: x(day),
      y2: height - 12,
      stroke,
      width: 1.5,
      dash,
      title,
    });
  across(today, COLOURS.today, false, `Today, ${dayLabel(today)}`);
  across(
    release,
    COLOURS.markDark,
    true,
    `Planned release, ${dayLabel(release)}${result.overdue ? ' (overdue: the first day it can still ship)' : ''}`,
  );

  return {
    width: WIDTH,
    height,
    title: `Forecast for ${result.release} as of ${result.today}`,
    description: `Release-date distributions under each policy from ${result.runs.toLocaleString('en-US')} simulated futures (seed ${result.seed}): bands hold half, eight and nine in ten of the futures; flags mark the median.`,
    shapes,
  };
}
