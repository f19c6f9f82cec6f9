import type { Shape } from '../chart/scene';
import { formatDay, formatInstantUtc } from '../domain/dateText';
import type { Profile } from '../domain/profile';
import { isoDateOf } from '../planning/days';
import { SEVERITIES, SEVERITY_WORD } from '../planning/vocabulary';
import type { Layout } from './layout';
import { circle, diamond, flag, severityGlyph } from './shapes';
import { COLOURS, label, PHASE_FILL, PHASE_LABEL, SEVERITY_COLOUR, textWidth } from './style';

// The words around the plot: the header (what this is, from when to when,
// and what the profile lets it hold) and the legend under it.

export function drawHeader(
  layout: Layout,
  scope: string,
  notice: string,
  opts: { profile: Profile; presenting: boolean; now: Date },
): Shape[] {
  const { range, width } = layout;
  return [
    label(12, 26, scope, { size: 18, bold: true }),
    label(
      12,
      46,
      `${formatDay(isoDateOf(range.from))} – ${formatDay(isoDateOf(range.to))} · dates in UTC · drawn ${formatInstantUtc(opts.now.toISOString().replace(/\.\d{3}Z$/, 'Z'))}`,
      { size: 12, fill: COLOURS.muted },
    ),
    label(width - 12, 26, notice, {
      size: 12,
      bold: opts.profile === 'team',
      fill: opts.profile === 'team' && !opts.presenting ? COLOURS.team : COLOURS.muted,
      anchor: 'end',
    }),
  ];
}

/** Two rows of swatches and words: the marks, then the findings and the days. */
export function drawLegend(layout: Layout): Shape[] {
  const shapes: Shape[] = [];
  let lx = 12;
  let ly = layout.legendY + 14;
  const entry = (swatch: (x: number, y: number) => Shape, text: string, w: number) => {
    shapes.push(swatch(lx, ly));
    shapes.push(label(lx + w + 5, ly + 4, text, { size: 11, fill: COLOURS.muted }));
    lx += w + 5 + textWidth(text, 11) + 14;
    if (lx > layout.width - 160) lx = 12;
  };
  const box =
    (w: number, h: number, fill: string, stroke?: string, radius?: number) =>
    (x: number, y: number): Shape => ({
      type: 'rect',
      x,
      y: y - h / 2,
      w,
      h,
      fill,
      ...(stroke ? { stroke } : {}),
      ...(radius ? { radius } : {}),
    });
  const outline =
    (d: (x: number, y: number) => string, fill: string, stroke: string) =>
    (x: number, y: number): Shape => ({ type: 'path', d: d(x, y), fill, stroke, width: 1.4 });

  for (const kind of ['development', 'feature-freeze', 'code-freeze', 'hard-code-freeze'])
    entry(box(22, 12, PHASE_FILL[kind], COLOURS.phaseStroke), PHASE_LABEL[kind], 22);
  entry(
    outline((x, y) => diamond(x + 7, y, 5), COLOURS.white, COLOURS.mark),
    'Freeze',
    14,
  );
  entry(
    outline((x, y) => flag(x + 4, y), COLOURS.mark, COLOURS.markDark),
    'Release',
    14,
  );
  entry(
    outline((x, y) => diamond(x + 7, y, 5), COLOURS.happened, COLOURS.happened),
    'Happened',
    14,
  );
  entry(box(22, 10, 'hatch', COLOURS.embargoedStroke, 2), 'Embargoed', 22);
  entry(box(22, 10, COLOURS.publicFill, COLOURS.publicStroke, 2), 'Public', 22);
  entry(box(4, 16, COLOURS.embargoedLift), 'Lift', 4);
  entry(
    outline((x, y) => circle(x + 5, y, 3.5), COLOURS.white, COLOURS.followUp),
    'Follow-up fix',
    10,
  );

  lx = 12;
  ly += 22;
  for (const s of SEVERITIES)
    entry(
      (x, y) => ({ type: 'path', d: severityGlyph(s, x + 7, y), fill: SEVERITY_COLOUR[s] }),
      SEVERITY_WORD[s],
      14,
    );
  entry(box(14, 14, COLOURS.weekend, COLOURS.grid), 'Non-working day', 14);
  entry(box(14, 14, COLOURS.holiday), 'Holiday', 14);
  entry(box(22, 10, COLOURS.reference, COLOURS.referenceStroke, 2), 'Reference calendar event', 22);
  entry(box(2, 14, COLOURS.today), 'Today', 2);
  return shapes;
}
