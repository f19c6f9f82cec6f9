import { formatDay } from '../domain/dateText';
import { dayNumber } from '../planning/days';
import type { Layers, Layout } from './layout';
import { COLOURS, DAY_MS, fit, label, REF_H, textWidth } from './style';

// Other projects' calendars, read-only, a lane each: their events as bars,
// labelled where the labels do not collide.

export function drawReferenceLanes(layout: Layout, { plot, column }: Layers): void {
  const { x, plotLeft, plotRight, width } = layout;
  layout.references.forEach((lane, i) => {
    const y = layout.refLanesY + i * REF_H;
    plot.push({
      type: 'line',
      x1: 0,
      x2: width,
      y1: y + REF_H,
      y2: y + REF_H,
      stroke: COLOURS.grid,
    });
    const name = lane.name.length > 24 ? `${lane.name.slice(0, 23)}…` : lane.name;
    column.push(label(12, y + 19, name, { size: 12, bold: true }));
    column.push(label(12, y + 28, 'reference, read-only', { size: 9, fill: COLOURS.faint }));
    const labels: { x: number; width: number; priority: number; summary: string }[] = [];
    for (const e of lane.events) {
      const x0 = Math.max(x(dayNumber(e.start) * DAY_MS), plotLeft);
      const x1 = Math.min(x((dayNumber(e.end) + 1) * DAY_MS), plotRight);
      plot.push({
        type: 'rect',
        x: x0,
        y: y + 8,
        w: Math.max(x1 - x0, 2),
        h: 14,
        radius: 2,
        fill: COLOURS.reference,
        stroke: COLOURS.referenceStroke,
        title: `${e.summary}: ${formatDay(e.start)}${e.end !== e.start ? ` – ${formatDay(e.end)}` : ''}`,
      });
      labels.push({
        x: x0 + 4,
        width: textWidth(e.summary, 10.5),
        priority: 0,
        summary: e.summary,
      });
    }
    for (const l of fit(labels).filter((l) => l.x + l.width <= plotRight))
      plot.push(label(l.x, y + 19, l.summary, { size: 10.5, fill: COLOURS.referenceText }));
  });
}
