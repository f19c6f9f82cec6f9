import type { Shape } from '../chart/scene';
import type { IsoDate } from '../domain/dates';
import type { Release } from '../domain/release';
import { dayNumber } from '../planning/days';
import type { Drawn } from './drawnAdvisories';
import type { PictureInput, ReferenceLane } from './pictureInput';
import { releaseDay, releaseSpan, type Range } from './range';
import {
  AXIS_H,
  DAY_MS,
  HEADER_H,
  LABEL_W,
  LANE_H,
  LEGEND_H,
  PAD_RIGHT,
  REF_H,
  ROW_H,
  SECTION_H,
  textWidth,
} from './style';

// Where everything goes: the time scale across, which releases, reference
// calendars and advisories get a lane or row, the advisories packed into rows
// with their labels, and the height of each band down the picture.

/** An advisory in range, with where its bar and label go. */
export interface AdvisoryItem {
  d: Drawn;
  /** Left edge of the bar and its label, in pixels; `end` the right edge. */
  start: number;
  barStart: number;
  lift: number;
  end: number;
  label: string;
  place: 'inside' | 'after' | 'before';
  row: number;
}

export interface Layout {
  width: number;
  height: number;
  range: Range;
  plotLeft: number;
  plotRight: number;
  pxPerDay: number;
  /** Pixels across for an instant (ms). */
  x(t: number): number;
  /** Pixels across for the middle of a day. */
  xDay(d: IsoDate): number;
  inRange(t: number): boolean;
  lanes: Release[];
  references: ReferenceLane[];
  items: AdvisoryItem[];
  rows: number;
  axisY: number;
  releasesY: number;
  lanesY: number;
  refsY: number;
  refLanesY: number;
  advisoriesY: number;
  rowsY: number;
  plotBottom: number;
  legendY: number;
}

/** When a follow-up is (or is expected to be) public, in ms; null when no date is known. */
export function followUpTime(f: Drawn['advisory']['followUps'][number]): number | null {
  if (f.publicAt) return Date.parse(f.publicAt);
  return f.expectedAt ? dayNumber(f.expectedAt) * DAY_MS + DAY_MS / 2 : null;
}

export function layOut(input: PictureInput, drawn: readonly Drawn[], range: Range): Layout {
  const width = Math.max(800, Math.min(input.width ?? 1600, 8000));
  const fromMs = range.from * DAY_MS;
  const toMs = (range.to + 1) * DAY_MS;
  const plotLeft = LABEL_W;
  const plotRight = width - PAD_RIGHT;
  const msPerPx = (toMs - fromMs) / (plotRight - plotLeft);
  const x = (t: number) => plotLeft + (t - fromMs) / msPerPx;

  // Releases with anything in range, by release date.
  const lanes = input.releases
    .filter((r) => {
      const s = releaseSpan(r);
      return s !== null && s.from <= range.to + 14 && s.to >= range.from - 14;
    })
    .filter((r) => !input.release || r.name === input.release)
    .sort((a, b) => (releaseDay(a) ?? 0) - (releaseDay(b) ?? 0) || a.name.localeCompare(b.name));

  const references = input.references
    .map((lane) => ({
      name: lane.name,
      events: lane.events.filter(
        (e) => dayNumber(e.end) >= range.from && dayNumber(e.start) <= range.to,
      ),
    }))
    .filter((lane) => lane.events.length > 0);

  const items = advisoryItems(drawn, x, fromMs, toMs, plotLeft, plotRight);
  const rows = packRows(items);

  const axisY = HEADER_H;
  const releasesY = axisY + AXIS_H;
  const lanesY = releasesY + SECTION_H;
  const refsY = lanesY + Math.max(lanes.length, 1) * LANE_H;
  const refLanesY = refsY + (references.length > 0 ? SECTION_H : 0);
  const advisoriesY = refLanesY + references.length * REF_H;
  const rowsY = advisoriesY + SECTION_H;
  const plotBottom = rowsY + Math.max(rows, 1) * ROW_H + 8;
  const legendY = plotBottom + 14;
  return {
    width,
    height: legendY + LEGEND_H,
    range,
    plotLeft,
    plotRight,
    pxPerDay: DAY_MS / msPerPx,
    x,
    xDay: (d) => x(dayNumber(d) * DAY_MS + DAY_MS / 2),
    inRange: (t) => t >= fromMs && t <= toMs,
    lanes,
    references,
    items,
    rows,
    axisY,
    releasesY,
    lanesY,
    refsY,
    refLanesY,
    advisoriesY,
    rowsY,
    plotBottom,
    legendY,
  };
}

/** The advisories in range, each with its bar and where its label fits. */
function advisoryItems(
  drawn: readonly Drawn[],
  x: (t: number) => number,
  fromMs: number,
  toMs: number,
  plotLeft: number,
  plotRight: number,
): AdvisoryItem[] {
  const items: AdvisoryItem[] = [];
  for (const d of drawn) {
    const lift = Date.parse(d.advisory.publicAt);
    const pre = d.advisory.predisclosureAt ? Date.parse(d.advisory.predisclosureAt) : lift - DAY_MS;
    const followUps = d.advisory.followUps.map(followUpTime).filter((t): t is number => t !== null);
    const last = Math.max(lift, ...followUps);
    if (last < fromMs || Math.min(pre, lift) > toMs) continue;
    const label = d.title ? `${d.advisory.key} · ${d.title}` : d.advisory.key;
    const barStart = x(Math.min(pre, lift - DAY_MS / 4));
    // What of the bar is on the picture: a label goes in there, not in the cut-off part.
    const barPx = x(lift) - Math.max(barStart, plotLeft);
    // The whole label inside the bar; else beside it (a picture has room for titles); else
    // the key inside, when only the key may be shown.
    const inside = textWidth(label, 10.5, true) + 8 <= barPx;
    const keyInside = !inside && !d.title && textWidth(d.advisory.key, 10.5, true) + 8 <= barPx;
    let shown = label;
    let labelWidth = textWidth(shown, 10.5, true);
    const outside = !(inside || keyInside);
    // A label that would run off the right edge goes before the bar instead; where neither
    // side has room, the title is shortened after the bar.
    const overflows = x(last) + 28 + labelWidth > plotRight;
    const before = outside && overflows && barStart - 8 - labelWidth >= plotLeft;
    if (outside && overflows && !before) {
      const room = plotRight - x(last) - 28;
      while (shown.length > d.advisory.key.length && textWidth(shown, 10.5, true) > room)
        shown = `${shown.slice(0, -2).trimEnd()}…`;
      labelWidth = textWidth(shown, 10.5, true);
    }
    items.push({
      d,
      start: before ? barStart - 8 - labelWidth : barStart,
      barStart,
      lift,
      end: outside && !before ? x(last) + 28 + labelWidth : x(last) + 20,
      label: shown,
      place: outside ? (before ? 'before' : 'after') : 'inside',
      row: 0,
    });
  }
  return items.sort((a, b) => a.start - b.start);
}

/** Puts each item (sorted by start) in the first row it fits; returns how many rows. */
function packRows(items: AdvisoryItem[]): number {
  const rowEnds: number[] = [];
  for (const item of items) {
    let row = rowEnds.findIndex((end) => end + 6 <= item.start);
    if (row === -1) row = rowEnds.push(item.end) - 1;
    else rowEnds[row] = item.end;
    item.row = row;
  }
  return rowEnds.length;
}

/** The shapes drawn so far: the plot, and the label column drawn over its left edge. */
export interface Layers {
  plot: Shape[];
  column: Shape[];
}
