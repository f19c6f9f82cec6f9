import { formatDay } from '../domain/dateText';
import {
  MILESTONE_LABELS,
  MILESTONE_SHORT_LABELS,
  type MilestoneKind,
  type Release,
} from '../domain/release';
import type { Finding } from '../planning';
import { dayNumber, isoDateOf } from '../planning/days';
import type { Layers, Layout } from './layout';
import { releaseDay } from './range';
import { milestoneShape, severityGlyph } from './shapes';
import {
  COLOURS,
  countsText,
  DAY_MS,
  faded,
  fit,
  label,
  LANE_H,
  PHASE_FILL,
  PHASE_LABEL,
  SEVERITY_COLOUR,
  textWidth,
  worst,
} from './style';

// A lane per release: its name, date and findings counted in the label
// column; its phases as bands, its milestones as markers with short labels,
// and the findings about it as severity glyphs, the worst per spot.

export function drawReleaseLanes(
  layout: Layout,
  findings: readonly Finding[],
  layers: Layers,
): void {
  if (layout.lanes.length === 0)
    layers.column.push(
      label(12, layout.lanesY + 30, 'No release in this range', {
        size: 12,
        fill: COLOURS.muted,
      }),
    );
  layout.lanes.forEach((release, i) =>
    drawLane(
      layout,
      release,
      layout.lanesY + i * LANE_H,
      findings.filter((f) => f.release === release.name),
      layers,
    ),
  );
}

function drawLane(
  layout: Layout,
  release: Release,
  y: number,
  findings: readonly Finding[],
  { plot, column }: Layers,
): void {
  const { x, xDay, inRange, plotLeft, plotRight, width } = layout;
  const rDay = releaseDay(release);
  plot.push({
    type: 'line',
    x1: 0,
    x2: width,
    y1: y + LANE_H,
    y2: y + LANE_H,
    stroke: COLOURS.grid,
  });
  column.push(label(12, y + 20, release.name, { size: 14, bold: true }));
  if (rDay !== null)
    column.push(
      label(
        12,
        y + 36,
        `${release.status === 'released' ? 'Released' : 'Due'} ${formatDay(isoDateOf(rDay))}`,
        { size: 11, fill: COLOURS.muted },
      ),
    );
  const counts = countsText(findings);
  if (counts)
    column.push(
      label(12, y + 51, counts, {
        size: 10.5,
        bold: true,
        fill: SEVERITY_COLOUR[worst(findings)!],
      }),
    );

  const marks = release.milestones
    .map((m) => ({ m, day: dayNumber(m.actual ?? m.planned) }))
    .sort((a, b) => a.day - b.day);
  const released = release.status === 'released';
  for (const p of phases(marks, rDay)) {
    const px0 = Math.max(x(p.from * DAY_MS + DAY_MS / 2), plotLeft);
    const px1 = Math.min(x(p.to * DAY_MS + DAY_MS / 2), plotRight);
    if (px1 <= px0) continue;
    plot.push({
      type: 'rect',
      x: px0,
      y: y + 17,
      w: px1 - px0,
      h: 16,
      // A released release's phases are faded: what is done reads as done.
      fill: released ? faded(PHASE_FILL[p.kind], 0.55) : PHASE_FILL[p.kind],
      stroke: released ? faded(COLOURS.phaseStroke, 0.55) : COLOURS.phaseStroke,
    });
    const text = PHASE_LABEL[p.kind];
    if (textWidth(text, 10.5) + 16 <= px1 - px0)
      plot.push(label(px0 + 12, y + 29, text, { size: 10.5, fill: COLOURS.phaseText }));
  }

  const visible = marks.filter((k) => inRange(k.day * DAY_MS + DAY_MS / 2));
  const labels = fit(
    visible.map((k) => {
      const isRelease = k.m.kind === 'release';
      const short = isRelease
        ? release.name
        : (k.m.kind === 'rc' || k.m.kind === 'custom') && k.m.label
          ? k.m.label
          : MILESTONE_SHORT_LABELS[k.m.kind];
      const w = textWidth(short, isRelease ? 12 : 11, true);
      const mx = xDay(isoDateOf(k.day));
      return {
        x: isRelease ? mx - 2 : mx - w / 2,
        width: w,
        priority: isRelease ? 3 : k.m.kind === 'rc' || k.m.kind === 'custom' ? 1 : 2,
        short,
        isRelease,
      };
    }),
  ).filter((l) => l.x >= plotLeft && l.x + l.width <= width - 4);
  for (const l of labels)
    plot.push(
      label(l.x, y + 12, l.short, {
        size: l.isRelease ? 12 : 11,
        bold: true,
        fill: l.isRelease ? COLOURS.markDark : COLOURS.markLabel,
      }),
    );
  for (const k of visible) {
    const happened = k.m.actual !== null;
    const isRelease = k.m.kind === 'release';
    plot.push({
      type: 'path',
      d: milestoneShape(k.m.kind, xDay(isoDateOf(k.day)), y + 25),
      fill: happened ? COLOURS.happened : isRelease ? COLOURS.mark : COLOURS.white,
      stroke: happened ? COLOURS.happened : isRelease ? COLOURS.markDark : COLOURS.mark,
      width: 1.6,
      title: `${isRelease ? `Release ${release.name}` : MILESTONE_LABELS[k.m.kind]}: ${formatDay(isoDateOf(k.day))}${happened ? ' (happened)' : ''}`,
    });
  }

  // Findings about the release, the worst per spot.
  const when = (f: Finding) =>
    f.date.length > 10 ? Date.parse(f.date) : dayNumber(f.date) * DAY_MS + DAY_MS / 2;
  const spots = new Map<number, Finding[]>();
  for (const f of findings) {
    const t = when(f);
    if (!inRange(t)) continue;
    const key = Math.round(x(t) / 14);
    spots.set(key, [...(spots.get(key) ?? []), f]);
  }
  for (const [, group] of spots) {
    const severity = worst(group)!;
    plot.push({
      type: 'path',
      d: severityGlyph(severity, x(when(group[0])), y + 47),
      fill: SEVERITY_COLOUR[severity],
      stroke: COLOURS.white,
      width: 0.8,
      title: group.map((g) => g.message).join('\n'),
    });
  }
}

/** Development, then each freeze until the next one or the release. */
function phases(
  marks: readonly { m: { kind: MilestoneKind }; day: number }[],
  rDay: number | null,
): { kind: string; from: number; to: number }[] {
  const at = (kind: MilestoneKind) => marks.find((k) => k.m.kind === kind)?.day ?? null;
  const freezes = (['feature-freeze', 'code-freeze', 'hard-code-freeze'] as const)
    .map((kind) => ({ kind, day: at(kind) }))
    .filter((f): f is { kind: typeof f.kind; day: number } => f.day !== null);
  if (freezes.length === 0) return [];
  const end = rDay ?? (marks.length ? marks[marks.length - 1].day : 0);
  const first = marks.length ? marks[0].day : freezes[0].day;
  const out = [
    {
      kind: 'development',
      from: first < freezes[0].day ? first : freezes[0].day - 28,
      to: freezes[0].day,
    },
    ...freezes.map((f, k) => ({
      kind: f.kind,
      from: f.day,
      to: k + 1 < freezes.length ? freezes[k + 1].day : end,
    })),
  ];
  return out.filter((p) => p.to > p.from);
}
