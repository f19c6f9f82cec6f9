import { memo } from 'react';
import { dayNumber } from '../../../shared/planning/days';
import type { ReferenceCalendar } from '../../exchange/referenceCalendarsStore';
import { fitLabels, textWidth } from '../geometry/labelFit';
import { REF_LANE_HEIGHT } from './layout';
import { DAY_MS } from '../geometry/scale';
import { xAt, type View } from '../geometry/view';
import './referenceLanes.css';

// Other projects' calendars (a distribution's freeze, an upstream's
// release), each on a read-only lane of its own: what the plan has to fit
// around, never moved from here.

interface ReferenceLanesProps {
  calendars: readonly ReferenceCalendar[];
  /** Top of the first lane. */
  y: number;
  view: View;
}

const LABEL_PX = 10.5;

export const ReferenceLanes = memo(function ReferenceLanes({
  calendars,
  y,
  view,
}: ReferenceLanesProps) {
  const { origin, from, to } = view;
  return (
    <g className="tl-refs">
      {calendars.map((calendar, i) => {
        const top = y + i * REF_LANE_HEIGHT;
        const events = calendar.events
          .map((e) => ({
            e,
            start: dayNumber(e.start) * DAY_MS,
            end: (dayNumber(e.end) + 1) * DAY_MS,
          }))
          .filter((e) => e.end >= from && e.start <= to);
        const boxes = events.map(({ e, start, end }) => {
          const x0 = xAt(origin, start);
          return { e, x0, width: Math.max(xAt(origin, end) - x0, 2) };
        });
        // A name is written where it fits before the next event begins; the tooltip has them all.
        const starts = boxes.map((b) => b.x0).sort((a, b) => a - b);
        const fits = boxes.map((b) => {
          const next = starts.find((x) => x > b.x0) ?? Infinity;
          return b.x0 + 8 + textWidth(b.e.summary, LABEL_PX) <= Math.max(next, b.x0 + b.width);
        });
        const shown = fitLabels(
          boxes.map((b, k) => ({
            x: b.x0 + 4,
            width: textWidth(b.e.summary, LABEL_PX),
            priority: fits[k] ? 0 : -1,
          })),
          6,
        ).map((placed, k) => placed && fits[k]);
        return (
          <g key={calendar.id} className="tl-ref-lane" aria-hidden="true">
            {boxes.map((b) => (
              <rect
                key={`${b.e.uid}-${b.e.start}`}
                className="tl-ref-event"
                x={b.x0}
                y={top + 6}
                width={b.width}
                height={REF_LANE_HEIGHT - 12}
                rx={2}
              >
                <title>{`${calendar.name}: ${b.e.summary}`}</title>
              </rect>
            ))}
            {boxes.map((b, k) =>
              shown[k] ? (
                <text
                  key={`t-${b.e.uid}-${b.e.start}`}
                  className="tl-ref-label"
                  x={b.x0 + 4}
                  y={top + REF_LANE_HEIGHT / 2 + 3.8}
                >
                  {b.e.summary}
                </text>
              ) : null,
            )}
          </g>
        );
      })}
    </g>
  );
});
