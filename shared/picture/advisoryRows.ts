import { formatInstantUtc } from '../domain/dateText';
import type { Profile } from '../domain/profile';
import type { Finding } from '../planning';
import { followUpTime, type Layers, type Layout } from './layout';
import { circle, liftHandle, severityGlyph } from './shapes';
import { COLOURS, label, ROW_H, SEVERITY_COLOUR, worst } from './style';

// The advisories, a row each as packed by the layout: the embargo as a bar
// from pre-disclosure to lift (hatched while embargoed), the lift handle,
// follow-up fixes as dots after it, the worst finding, and the label.

export function drawAdvisoryRows(
  layout: Layout,
  findings: readonly Finding[],
  profile: Profile,
  { plot, column }: Layers,
): void {
  const { x, plotLeft, rowsY } = layout;
  if (layout.items.length === 0)
    column.push(
      label(
        12,
        rowsY + 17,
        profile === 'public' ? 'No public advisory in this range' : 'No advisory in this range',
        { size: 12, fill: COLOURS.muted },
      ),
    );
  const bySubject = new Map<string | null, Finding[]>();
  for (const f of findings) {
    const list = bySubject.get(f.subject);
    if (list) list.push(f);
    else bySubject.set(f.subject, [f]);
  }
  for (const item of layout.items) {
    const y = rowsY + item.row * ROW_H;
    const { d } = item;
    const xl = x(item.lift);
    const cy = y + 12;
    const status = d.status;
    const sev = worst(bySubject.get(d.advisory.key) ?? []);
    const followUps = d.advisory.followUps
      .map((f) => ({ f, t: followUpTime(f) }))
      .filter((p): p is { f: (typeof p)['f']; t: number } => p.t !== null);
    const lastX = Math.max(xl, ...followUps.map((p) => x(p.t)));
    if (followUps.length > 0)
      plot.push({ type: 'line', x1: xl, x2: lastX, y1: cy, y2: cy, stroke: COLOURS.muted });
    plot.push({
      type: 'rect',
      x: item.barStart,
      y: y + 6,
      w: Math.max(xl - item.barStart, 2),
      h: 12,
      radius: 2,
      fill:
        status === 'embargoed' ? 'hatch' : status === 'public' ? COLOURS.publicFill : COLOURS.white,
      stroke:
        status === 'embargoed'
          ? COLOURS.embargoedStroke
          : status === 'public'
            ? COLOURS.publicStroke
            : COLOURS.withdrawn,
      ...(status === 'withdrawn' ? { dash: true } : {}),
      title: `${d.advisory.key} (${status})${d.title ? `: ${d.title}` : ''}, lifts ${formatInstantUtc(d.advisory.publicAt)}`,
    });
    for (const p of followUps)
      plot.push({
        type: 'path',
        d: circle(x(p.t), cy, 3.5),
        fill: p.f.status === 'landed' ? COLOURS.followUp : COLOURS.white,
        stroke: p.f.status === 'dropped' ? COLOURS.dropped : COLOURS.followUp,
        width: 1.4,
      });
    plot.push({
      type: 'path',
      d: liftHandle(xl, y + 2, 20),
      fill:
        status === 'embargoed'
          ? COLOURS.embargoedLift
          : status === 'public'
            ? COLOURS.publicLift
            : COLOURS.withdrawn,
    });
    if (sev)
      plot.push({
        type: 'path',
        d: severityGlyph(sev, lastX + 10, cy),
        fill: SEVERITY_COLOUR[sev],
        stroke: COLOURS.white,
        width: 0.8,
      });
    const labelX =
      item.place === 'inside'
        ? Math.max(item.barStart, plotLeft) + 4
        : item.place === 'before'
          ? item.start
          : lastX + (sev ? 20 : 8);
    plot.push(
      label(labelX, cy + 3.8, item.label, {
        size: 10.5,
        bold: true,
        fill: status === 'withdrawn' ? COLOURS.withdrawn : COLOURS.text,
      }),
    );
  }
}
