import { memo, type KeyboardEvent } from 'react';
import { dayText } from './labels';
import { LABEL_WIDTH } from './layout';
import { textWidth } from './labelFit';
import { visibleRange, xOf } from './scale';
import { axisTicks, placeMajorLabels } from './ticks';
import { useTimeline } from './timelineStore';

export const AXIS_HEIGHT = 46;

interface AxisProps {
  todayMs: number;
}

/**
 * Dates along the top, in UTC: the coarse period (month or year) above, the
 * finer ticks below. It is also the keyboard's handle on the view: arrows
 * pan, + and - zoom, Home goes back to today.
 */
export const Axis = memo(function Axis({ todayMs }: AxisProps) {
  // The axis alone follows every frame of a pan; it is a short strip, cheap to redraw.
  const scale = useTimeline((s) => s.scale);
  const width = useTimeline((s) => s.width);
  if (!scale) return null;
  const [from, to] = visibleRange(scale, width);
  const ticks = axisTicks(from, to, scale.msPerPx);
  const x = (t: number) => xOf(scale, t);
  const major = placeMajorLabels(ticks.major, x, (label) => textWidth(label, 12), 6);
  const todayX = x(todayMs);

  const onKeyDown = (event: KeyboardEvent) => {
    const store = useTimeline.getState();
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
  };

  return (
    <div
      className="tl-axis"
      role="group"
      tabIndex={0}
      aria-roledescription="time axis"
      aria-label={`Time axis, ${dayText(from)} to ${dayText(to)}, in UTC. Arrow keys pan, plus and minus zoom, Home goes to today.`}
      onKeyDown={onKeyDown}
    >
      <div className="tl-axis-corner" style={{ width: LABEL_WIDTH }}>
        <span>Dates in UTC</span>
      </div>
      <svg className="tl-axis-svg" width={width} height={AXIS_HEIGHT} aria-hidden="true">
        {ticks.major.map((tick) => {
          const tx = x(tick.t);
          return tx >= 0 && tx <= width ? (
            <line
              key={`M${tick.t}`}
              className="tl-axis-major"
              x1={tx}
              x2={tx}
              y1={2}
              y2={AXIS_HEIGHT}
            />
          ) : null;
        })}
        {major.map((label) => (
          <text key={`L${label.t}`} className="tl-axis-major-label" x={label.x} y={16}>
            {label.label}
          </text>
        ))}
        {ticks.minor.map((tick) => {
          const tx = x(tick.t);
          return (
            <g key={tick.t}>
              <line
                className="tl-axis-minor"
                x1={tx}
                x2={tx}
                y1={AXIS_HEIGHT - 8}
                y2={AXIS_HEIGHT}
              />
              <text className="tl-axis-minor-label" x={tx + 3} y={AXIS_HEIGHT - 11}>
                {tick.label}
              </text>
            </g>
          );
        })}
        {todayX >= 0 && todayX <= width ? (
          <g className="tl-axis-today">
            <rect x={todayX - 22} y={22} width={44} height={14} rx={3} />
            <text x={todayX} y={32.5} textAnchor="middle">
              Today
            </text>
          </g>
        ) : null}
      </svg>
    </div>
  );
});
