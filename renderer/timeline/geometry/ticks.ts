import { TZDate } from '@date-fns/tz';
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  format,
  getYear,
  setYear,
  startOfDay,
  startOfISOWeek,
  startOfMonth,
  startOfQuarter,
  startOfYear,
} from 'date-fns';
import { DAY_MS, WEEK_MS, YEAR_MS } from './scale';

// Axis ticks from date-fns in UTC, so that months, ISO weeks and leap years
// come out right whatever the machine's zone. date-fns on TZDate is slow
// (about 0.1 ms a tick), far too slow to redo every frame of a pan, so ticks
// are made a page at a time and kept: panning and zooming within one level
// reuse them and only ever compute the page that scrolls into view.

export type TickLevel = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'year5' | 'decade';

interface LevelSpec {
  approxMs: number;
  /** The closest two ticks of this level may be and still carry readable labels. */
  minPx: number;
  floor(date: TZDate): TZDate;
  next(date: TZDate): TZDate;
  label: string;
  /** The coarser level whose ticks are drawn as the second row of labels. */
  major: TickLevel | null;
  majorLabel?: string;
}

function floorYears(date: TZDate, years: number): TZDate {
  const year = startOfYear(date);
  return setYear(year, Math.floor(getYear(year) / years) * years);
}

const LEVELS: Record<TickLevel, LevelSpec> = {
  day: {
    approxMs: DAY_MS,
    minPx: 22,
    floor: (d) => startOfDay(d),
    next: (d) => addDays(d, 1),
    label: 'd',
    major: 'month',
  },
  week: {
    approxMs: WEEK_MS,
    minPx: 46,
    floor: (d) => startOfISOWeek(d),
    next: (d) => addWeeks(d, 1),
    label: 'd MMM',
    major: 'month',
  },
  month: {
    approxMs: YEAR_MS / 12,
    minPx: 34,
    floor: (d) => startOfMonth(d),
    next: (d) => addMonths(d, 1),
    label: 'MMM',
    major: 'year',
  },
  quarter: {
    approxMs: YEAR_MS / 4,
    minPx: 30,
    floor: (d) => startOfQuarter(d),
    next: (d) => addMonths(d, 3),
    label: 'QQQ',
    major: 'year',
  },
  year: {
    approxMs: YEAR_MS,
    minPx: 40,
    floor: (d) => startOfYear(d),
    next: (d) => addYears(d, 1),
    label: 'yyyy',
    major: null,
  },
  year5: {
    approxMs: 5 * YEAR_MS,
    minPx: 40,
    floor: (d) => floorYears(d, 5),
    next: (d) => addYears(d, 5),
    label: 'yyyy',
    major: null,
  },
  decade: {
    approxMs: 10 * YEAR_MS,
    minPx: 40,
    floor: (d) => floorYears(d, 10),
    next: (d) => addYears(d, 10),
    label: 'yyyy',
    major: null,
  },
};

const ORDER: readonly TickLevel[] = ['day', 'week', 'month', 'quarter', 'year', 'year5', 'decade'];

const MAJOR_LABEL: Partial<Record<TickLevel, string>> = { month: 'MMMM yyyy', year: 'yyyy' };

/** From this many pixels a day on, day ticks name the weekday too ('Mon 17'). */
const WEEKDAY_LABEL_PX = 56;

export interface Tick {
  t: number;
  label: string;
}

export interface AxisTicks {
  level: TickLevel;
  minor: Tick[];
  /** Coarser ticks with longer labels ('June 2027'), or none at the coarsest levels. */
  major: Tick[];
}

/** The finest level whose ticks stay at least their minimum spacing apart. */
export function tickLevel(msPerPx: number): TickLevel {
  for (const level of ORDER) {
    if (LEVELS[level].approxMs / msPerPx >= LEVELS[level].minPx) return level;
  }
  return 'decade';
}

const TICKS_PER_PAGE = 16;
const PAGE_LIMIT = 600;
const pages = new Map<string, Tick[]>();

function page(level: TickLevel, pattern: string, index: number): Tick[] {
  const key = `${level}|${pattern}|${index}`;
  let ticks = pages.get(key);
  if (ticks) return ticks;
  const spec = LEVELS[level];
  const span = spec.approxMs * TICKS_PER_PAGE;
  const from = index * span;
  const to = from + span;
  ticks = [];
  let date = spec.floor(new TZDate(from, 'UTC'));
  while (date.getTime() < from) date = spec.next(date);
  while (date.getTime() < to) {
    ticks.push({ t: date.getTime(), label: format(date, pattern) });
    date = spec.next(date);
  }
  // Whole history at day level is thousands of pages; forget them all rather than grow.
  if (pages.size >= PAGE_LIMIT) pages.clear();
  pages.set(key, ticks);
  return ticks;
}

/** Every tick of `level` in [from, to], labelled with the date-fns `pattern`. */
export function ticksOf(level: TickLevel, pattern: string, from: number, to: number): Tick[] {
  const span = LEVELS[level].approxMs * TICKS_PER_PAGE;
  const first = Math.floor(from / span);
  const last = Math.floor(to / span);
  const out: Tick[] = [];
  for (let index = first; index <= last; index++) {
    for (const tick of page(level, pattern, index)) {
      if (tick.t >= from && tick.t <= to) out.push(tick);
    }
  }
  return out;
}

/** Minor and major ticks for the range [from, to] at `msPerPx`. */
export function axisTicks(from: number, to: number, msPerPx: number): AxisTicks {
  const level = tickLevel(msPerPx);
  const spec = LEVELS[level];
  const pattern = level === 'day' && DAY_MS / msPerPx >= WEEKDAY_LABEL_PX ? 'EEE d' : spec.label;
  const minor = ticksOf(level, pattern, from, to);
  // The major tick before the range is kept: its label stays pinned at the left edge.
  const major = spec.major
    ? ticksOf(
        spec.major,
        MAJOR_LABEL[spec.major] ?? LEVELS[spec.major].label,
        from - LEVELS[spec.major].approxMs * 1.1,
        to,
      )
    : [];
  return { level, minor, major };
}

export interface PlacedLabel {
  t: number;
  label: string;
  /** Where the label starts, in plot pixels. */
  x: number;
}

/**
 * Major labels sit just right of their tick; the one whose period began
 * before the left edge is pinned to the edge until the next one pushes it
 * out, so the month or year on screen is always named.
 */
export function placeMajorLabels(
  major: readonly Tick[],
  xOf: (t: number) => number,
  labelWidth: (label: string) => number,
  pad = 4,
  /** The right edge of the axis: a label that would run past it is left out, not cut. */
  maxX = Infinity,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (let i = 0; i < major.length; i++) {
    const tick = major[i];
    const tickX = xOf(tick.t);
    const nextX = i + 1 < major.length ? xOf(major[i + 1].t) : Infinity;
    const width = labelWidth(tick.label);
    const x = Math.min(Math.max(tickX + pad, pad), nextX - width - pad);
    if (x + width < 0 || x + width > maxX) continue;
    placed.push({ t: tick.t, label: tick.label, x });
  }
  return placed;
}
