import { memo, type KeyboardEvent, type Ref } from 'react';
import { LABEL_WIDTH } from './layout';
import { textWidth } from '../geometry/labelFit';
import { visibleRange, xOf } from '../geometry/scale';
import { axisTicks, placeMajorLabels } from '../geometry/ticks';
import { useTimeline } from '../state/timelineStore';
import { LAYER_PX, xAt, type View } from '../geometry/view';
import './axis.css';

export const AXIS_HEIGHT = 46;

function onAxisKey(event: KeyboardEvent, todayMs: number) {
  const store = useTimeline.getState();
  const width = store.width;
  const step = event.shiftKey ? width / 2 : width / 8;
  switch (event.key) {
    case 'ArrowLeft':
      store.pan(step);
      break;
    case 'ArrowRight':
      store.pan(-step);
      break;
    case 'PageUp':
      store.pan(width);
      break;
    case 'PageDown':
      store.pan(-width);
      break;
    case 'Home':
      store.center(todayMs);
      break;
    case '+':
    case '=':
      store.zoom(1.5);
      break;
    case '-':
    case '_':
      store.zoom(1 / 1.5);
      break;
    default:
      return;
  }
  event.preventDefault();
}

/** Ticks, their dates and today, drawn once into the panned layer like the lanes below. */
const AxisTicks = memo(function AxisTicks({ view, todayMs }: { view: View; todayMs: number }) {
  const { origin, from, to } = view;
  const ticks = axisTicks(from, to, origin.msPerPx);
  const x = (t: number) => xAt(origin, t);
  return (
    <svg className="tl-axis-svg" width={LAYER_PX} height={AXIS_HEIGHT} aria-hidden="true">
      {ticks.major.map((tick) => (
        <line
          key={`M${tick.t}`}
          className="tl-axis-major"
          x1={x(tick.t)}
          x2={x(tick.t)}
          y1={2}
          y2={AXIS_HEIGHT}
        />
      ))}
      {ticks.minor.map((tick) => (
        <g key={tick.t}>
          <line
            className="tl-axis-minor"
            x1={x(tick.t)}
            x2={x(tick.t)}
            y1={AXIS_HEIGHT - 8}
            y2={AXIS_HEIGHT}
          />
          <text className="tl-axis-minor-label" x={x(tick.t) + 3} y={AXIS_HEIGHT - 11}>
            {tick.label}
          </text>
        </g>
      ))}
      {todayMs >= from && todayMs <= to ? (
        <g className="tl-axis-today">
          <rect x={x(todayMs) - 22} y={22} width={44} height={14} rx={3} />
          <text x={x(todayMs)} y={32.5} textAnchor="middle">
            Today
          </text>
        </g>
      ) : null}
    </svg>
  );
});

/**
 * The month or year names: the one whose period began off screen is pinned
 * to the left edge, so they follow every frame; only these few are redrawn.
 */
function MajorLabels() {
  const scale = useTimeline((s) => s.scale);
  const width = useTimeline((s) => s.width);
  if (!scale) return null;
  const [from, to] = visibleRange(scale, width);
  const ticks = axisTicks(from, to, scale.msPerPx);
  // Measured as 13px: the labels are bold, wider than the estimate for regular text.
  const placed = placeMajorLabels(
    ticks.major,
    (t) => xOf(scale, t),
    (label) => textWidth(label, 13),
    6,
    width,
  );
  return (
    <svg className="tl-axis-labels" width={width} height={22} aria-hidden="true">
      {placed.map((label) => (
        <text key={label.t} className="tl-axis-major-label" x={label.x} y={16}>
          {label.label}
        </text>
      ))}
    </svg>
  );
}

interface AxisProps {
  view: View;
  width: number;
  todayMs: number;
  /** The panned layer, moved by the canvas together with the lanes. */
  layerRef: Ref<HTMLDivElement>;
}

/**
 * Dates along the top, in UTC: the coarse period (month or year) above, the
 * finer ticks below. It is also the keyboard's handle on the view: arrows
 * pan, + and - zoom, Home goes back to today.
 */
export function Axis({ view, width, todayMs, layerRef }: AxisProps) {
  return (
    <div
      className="tl-axis"
      role="group"
      tabIndex={0}
      aria-roledescription="time axis"
      aria-label="Time axis, in UTC. Arrow keys pan, plus and minus zoom, Home goes to today."
      onKeyDown={(event) => onAxisKey(event, todayMs)}
    >
      <div className="tl-axis-corner" style={{ width: LABEL_WIDTH }}>
        <span>Dates in UTC</span>
      </div>
      <div className="tl-axis-viewport" style={{ width, height: AXIS_HEIGHT }}>
        <div ref={layerRef} className="tl-layer">
          <AxisTicks view={view} todayMs={todayMs} />
        </div>
        <MajorLabels />
      </div>
    </div>
  );
}
