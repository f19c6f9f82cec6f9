import type { SettingsValues } from '../domain/settings';
import { formatDay } from '../domain/dateText';
import { holidayName } from '../domain/settingsText';
import { dayNumber, isoDateOf, weekdayOf } from '../planning/days';
import type { Layers, Layout } from './layout';
import { AXIS_H, COLOURS, DAY_MS, fit, label, monthName, SECTION_H, textWidth } from './style';

// What the marks sit on: non-working days and holidays, the bands of the
// three sections, the date axis with its grid, holiday names, and the
// section headings in the label column.

export function drawBackdrop(layout: Layout, settings: SettingsValues, layers: Layers): void {
  const { plot, column } = layers;
  const { x, range, pxPerDay, releasesY, plotBottom, width } = layout;
  const working = new Set(settings.workingDays);
  const holidays = new Set(settings.holidays);
  if (pxPerDay >= 3)
    for (let day = range.from; day <= range.to; day++)
      if (!working.has(weekdayOf(day)) && !holidays.has(isoDateOf(day)))
        plot.push({
          type: 'rect',
          x: x(day * DAY_MS),
          y: releasesY,
          w: pxPerDay,
          h: plotBottom - releasesY,
          fill: COLOURS.weekend,
        });
  const holidayList = settings.holidays
    .filter((d) => dayNumber(d) >= range.from && dayNumber(d) <= range.to)
    .sort();
  for (const d of holidayList)
    plot.push({
      type: 'rect',
      x: x(dayNumber(d) * DAY_MS),
      y: releasesY,
      w: Math.max(pxPerDay, 1.5),
      h: plotBottom - releasesY,
      fill: COLOURS.holiday,
      title: `${holidayName(settings, d)}: ${formatDay(d)}`,
    });
  for (const y of sectionTops(layout))
    plot.push({ type: 'rect', x: 0, y, w: width, h: SECTION_H, fill: COLOURS.section });

  drawAxis(layout, plot);
  drawHolidayNames(layout, settings, holidayList, plot);

  const heading = (y: number, text: string) =>
    column.push(label(12, y + 17, text.toUpperCase(), { bold: true, fill: COLOURS.muted }));
  heading(releasesY, 'Releases');
  if (layout.references.length > 0) heading(layout.refsY, 'Reference calendars');
  heading(layout.advisoriesY, 'Advisories');
}

/** The top of each section's heading band. */
export function sectionTops(layout: Layout): number[] {
  return [
    layout.releasesY,
    ...(layout.references.length > 0 ? [layout.refsY] : []),
    layout.advisoriesY,
  ];
}

/** Months, and weeks (Mondays) or days when there is room. */
function drawAxis(layout: Layout, plot: Layers['plot']): void {
  const { x, range, pxPerDay, axisY, plotLeft, plotRight, plotBottom, releasesY, width } = layout;
  const monthTicks: number[] = [];
  for (let day = range.from; day <= range.to + 1; day++)
    if (new Date(day * DAY_MS).getUTCDate() === 1) monthTicks.push(day);
  const minorStep = pxPerDay >= 26 ? 1 : pxPerDay >= 6 ? 7 : 0;
  for (let day = range.from; minorStep && day <= range.to; day++) {
    if (minorStep === 7 && weekdayOf(day) !== 1) continue;
    const tx = x(day * DAY_MS);
    plot.push({
      type: 'line',
      x1: tx,
      x2: tx,
      y1: axisY + AXIS_H - 8,
      y2: plotBottom,
      stroke: COLOURS.grid,
    });
    plot.push(
      label(
        tx + 3,
        axisY + AXIS_H - 10,
        `${new Date(day * DAY_MS).getUTCDate()} ${monthName(day, false)}`,
        { size: 10.5, fill: COLOURS.muted },
      ),
    );
  }
  const monthLabels = fit(
    monthTicks.map((day) => {
      const text =
        pxPerDay * 30 >= 110
          ? `${monthName(day, true)} ${new Date(day * DAY_MS).getUTCFullYear()}`
          : pxPerDay * 30 >= 40
            ? monthName(day, false)
            : String(new Date(day * DAY_MS).getUTCFullYear());
      return { x: x(day * DAY_MS) + 4, width: textWidth(text, 12, true), priority: 0, text };
    }),
    8,
  ).filter((l) => l.x + l.width <= plotRight);
  for (const day of monthTicks) {
    const tx = x(day * DAY_MS);
    if (tx < plotLeft || tx > plotRight) continue;
    plot.push({
      type: 'line',
      x1: tx,
      x2: tx,
      y1: axisY + 4,
      y2: plotBottom,
      stroke: COLOURS.gridMajor,
    });
  }
  for (const l of monthLabels) plot.push(label(l.x, axisY + 17, l.text, { size: 12, bold: true }));
  plot.push({
    type: 'line',
    x1: 0,
    x2: width,
    y1: releasesY,
    y2: releasesY,
    stroke: COLOURS.gridMajor,
  });
}

/** Holiday names in the releases heading row, two rows where they collide. */
function drawHolidayNames(
  layout: Layout,
  settings: SettingsValues,
  holidayList: readonly string[],
  plot: Layers['plot'],
): void {
  const { x, pxPerDay, plotRight, releasesY } = layout;
  let left = holidayList.map((d) => ({
    x: x(dayNumber(d) * DAY_MS) + 3,
    width: textWidth(holidayName(settings, d), 10, true),
    priority: 0,
    name: holidayName(settings, d),
  }));
  left = left.filter(
    (l, i) => i === 0 || l.name !== left[i - 1].name || l.x - left[i - 1].x > pxPerDay * 1.5,
  );
  for (const row of [0, 1]) {
    const placed = fit(left, 6).filter((l) => l.x + l.width <= plotRight);
    for (const l of placed)
      plot.push(
        label(l.x, releasesY + (row === 0 ? 11 : 22), l.name, {
          size: 10,
          bold: true,
          fill: COLOURS.holidayText,
        }),
      );
    left = left.filter((l) => !placed.includes(l));
  }
}
