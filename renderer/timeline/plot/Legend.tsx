import type { ReactNode } from 'react';
import { circle, diamond, flag, fork, liftHandle, severityGlyph, tick } from '../geometry/shapes';
import './grid.css';
import './releaseLane.css';
import './advisoryLane.css';
import './findingMarks.css';
import './referenceLanes.css';
import './legend.css';

function Swatch({ children, width = 26 }: { children: ReactNode; width?: number }) {
  return (
    <svg
      className="tl-legend-swatch"
      width={width}
      height={18}
      viewBox={`0 0 ${width} 18`}
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

function Entry({ swatch, label }: { swatch: ReactNode; label: string }) {
  return (
    <li>
      {swatch}
      <span>{label}</span>
    </li>
  );
}

/** What each shape, fill and line means, always at hand (collapsible). */
export function Legend() {
  return (
    <details className="tl-legend" open>
      <summary>Legend</summary>
      <div className="tl-legend-groups">
        <ul aria-label="Release phases">
          {(['development', 'feature-freeze', 'code-freeze', 'hard-code-freeze'] as const).map(
            (phase) => (
              <Entry
                key={phase}
                swatch={
                  <Swatch>
                    <rect
                      className={`tl-phase tl-phase-${phase}`}
                      x={1}
                      y={3}
                      width={24}
                      height={12}
                    />
                  </Swatch>
                }
                label={
                  {
                    development: 'Development',
                    'feature-freeze': 'Feature freeze',
                    'code-freeze': 'Code freeze',
                    'hard-code-freeze': 'Hard code freeze',
                  }[phase]
                }
              />
            ),
          )}
        </ul>
        <ul aria-label="Milestones">
          <Entry
            swatch={
              <Swatch width={16}>
                <path className="tl-legend-mark" d={diamond(8, 9, 5.5)} />
              </Swatch>
            }
            label="Freeze"
          />
          <Entry
            swatch={
              <Swatch width={16}>
                <path className="tl-legend-mark" d={fork(8, 10)} />
              </Swatch>
            }
            label="Branch"
          />
          <Entry
            swatch={
              <Swatch width={12}>
                <path className="tl-legend-mark" d={tick(6, 9)} />
              </Swatch>
            }
            label="RC"
          />
          <Entry
            swatch={
              <Swatch width={16}>
                <path className="tl-legend-mark is-release" d={flag(5, 9)} />
              </Swatch>
            }
            label="Release"
          />
          <Entry
            swatch={
              <Swatch width={16}>
                <path className="tl-legend-mark is-happened" d={diamond(8, 9, 5.5)} />
              </Swatch>
            }
            label="Happened"
          />
          <Entry
            swatch={
              <Swatch>
                <path className="tl-baseline" d={`M4 9H22${diamond(4, 9, 4)}`} />
                <path className="tl-legend-mark" d={diamond(21, 9, 5)} />
              </Swatch>
            }
            label="Moved from baseline"
          />
        </ul>
        <ul aria-label="Advisories">
          <Entry
            swatch={
              <Swatch>
                <rect
                  className="tl-legend-bar is-embargoed"
                  x={1}
                  y={4}
                  width={24}
                  height={10}
                  rx={2}
                />
              </Swatch>
            }
            label="Embargoed"
          />
          <Entry
            swatch={
              <Swatch>
                <rect
                  className="tl-legend-bar is-public"
                  x={1}
                  y={4}
                  width={24}
                  height={10}
                  rx={2}
                />
              </Swatch>
            }
            label="Public"
          />
          <Entry
            swatch={
              <Swatch>
                <rect
                  className="tl-legend-bar is-withdrawn"
                  x={1}
                  y={4}
                  width={24}
                  height={10}
                  rx={2}
                />
              </Swatch>
            }
            label="Withdrawn"
          />
          <Entry
            swatch={
              <Swatch width={10}>
                <path className="tl-legend-lift" d={liftHandle(5, 0, 18)} />
              </Swatch>
            }
            label="Lift (drag it)"
          />
          <Entry
            swatch={
              <Swatch width={14}>
                <path className="tl-fu is-pending" d={circle(7, 9, 3.5)} />
              </Swatch>
            }
            label="Follow-up fix"
          />
        </ul>
        <ul aria-label="Warnings">
          <Entry
            swatch={
              <Swatch width={16}>
                <path className="tl-sev tl-sev-error" d={severityGlyph('error', 8, 9)} />
              </Swatch>
            }
            label="Error"
          />
          <Entry
            swatch={
              <Swatch width={16}>
                <path className="tl-sev tl-sev-warning" d={severityGlyph('warning', 8, 10)} />
              </Swatch>
            }
            label="Warning"
          />
          <Entry
            swatch={
              <Swatch width={16}>
                <path className="tl-sev tl-sev-info" d={severityGlyph('info', 8, 9)} />
              </Swatch>
            }
            label="Note"
          />
          <Entry
            swatch={
              <Swatch width={18}>
                <path className="tl-ghost-shape" d={flag(6, 9)} />
              </Swatch>
            }
            label="Suggestion (click to apply)"
          />
        </ul>
        <ul aria-label="Days">
          <Entry
            swatch={
              <Swatch width={16}>
                <rect className="tl-nonworking" x={1} y={1} width={14} height={16} />
              </Swatch>
            }
            label="Non-working day"
          />
          <Entry
            swatch={
              <Swatch width={16}>
                <rect className="tl-holiday" x={1} y={1} width={14} height={16} />
              </Swatch>
            }
            label="Holiday (named at the top)"
          />
          <Entry
            swatch={
              <Swatch>
                <rect className="tl-ref-event" x={1} y={4} width={24} height={10} rx={2} />
              </Swatch>
            }
            label="Reference calendar"
          />
          <Entry
            swatch={
              <Swatch width={10}>
                <line className="tl-today" x1={5} x2={5} y1={0} y2={18} />
              </Swatch>
            }
            label="Today"
          />
        </ul>
      </div>
    </details>
  );
}
