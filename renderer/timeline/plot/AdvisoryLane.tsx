import { memo } from 'react';
import type { Finding, Suggestion } from '../../../shared/planning';
import { timeOf, worstSeverity, type FindingIndex } from '../model/findingIndex';
import { textWidth } from '../geometry/labelFit';
import { shownTitle } from '../../common/redaction';
import { advisoryLabel, followUpLabel, suggestionLabel } from '../model/labels';
import { followUpMovable } from '../model/preview';
import type { AdvisoryItem } from '../model/items';
import { circle, liftHandle, severityGlyph } from '../geometry/shapes';
import { suggestionId } from '../model/ids';
import { xAt, type Origin } from '../geometry/view';
import './findingMarks.css';
import './advisoryLane.css';

// Advisories: pre-disclosure → lift as a bar, its status told by fill
// pattern (hatched: embargoed; solid: public; dashed outline: withdrawn),
// a handle at the lift to drag, follow-up fixes as circles strung from the
// lift, and the worst warning about it beside the lift.

export const ROW = { barY: 6, barH: 12, mid: 12, handleY: 2, handleH: 20 };

interface BarProps {
  item: AdvisoryItem;
  y: number;
  origin: Origin;
  findings: readonly Finding[] | undefined;
  findingsKey: string;
  suggestions: readonly Suggestion[] | undefined;
  focusId: string | null;
  tabStop: boolean;
  presenting: boolean;
  now: Date;
}

function sameBar(a: BarProps, b: BarProps): boolean {
  return (
    a.item === b.item &&
    a.y === b.y &&
    a.origin === b.origin &&
    a.findingsKey === b.findingsKey &&
    a.focusId === b.focusId &&
    a.tabStop === b.tabStop &&
    a.presenting === b.presenting &&
    a.now === b.now
  );
}

const FOLLOW_UP_CLASS = { pending: 'is-pending', landed: 'is-landed', dropped: 'is-dropped' };

export const AdvisoryBar = memo(function AdvisoryBar({
  item,
  y,
  origin,
  findings,
  suggestions,
  focusId,
  tabStop,
  presenting,
  now,
}: BarProps) {
  const x0 = xAt(origin, item.start);
  const xl = xAt(origin, item.lift);
  const cy = y + ROW.mid;
  const key = item.advisory.key;
  const worst = worstSeverity(findings);
  const room = xl - x0 - 8;
  const fits = room >= textWidth(key, 10.5);
  // Where the bar is long enough, the title follows the key (unless presentation mode hides it).
  const title = fits ? shownTitle(item.advisory, now, presenting) : null;
  const titleChars = title ? Math.floor((room - textWidth(key, 10.5) - 12) / 6.4) : 0;
  const shownTitleText =
    title && titleChars >= 8
      ? title.length > titleChars
        ? `${title.slice(0, titleChars - 1).trimEnd()}…`
        : title
      : null;
  const followUps = item.followUps.map((f) => ({ f, fx: xAt(origin, f.at) }));
  const line =
    followUps.length > 0 ? `M${xl} ${cy}H${Math.max(...followUps.map((f) => f.fx))}` : '';
  const tab = (id: string) =>
    focusId === id || (focusId === null && tabStop && id === item.id) ? 0 : -1;
  return (
    <>
      <g
        className={`tl-adv is-${item.status}${worst ? ` has-${worst}` : ''}`}
        data-item-id={item.id}
        role="button"
        tabIndex={tab(item.id)}
        aria-label={advisoryLabel(item, findings, now, presenting)}
      >
        {line ? <path className="tl-fu-line" d={line} /> : null}
        <rect
          className="tl-adv-bar"
          x={x0}
          y={y + ROW.barY}
          width={Math.max(xl - x0, 2)}
          height={ROW.barH}
          rx={2}
        />
        {fits ? (
          <text className="tl-adv-key" x={x0 + 4} y={cy + 3.8}>
            {shownTitleText ? `${key} · ${shownTitleText}` : key}
          </text>
        ) : null}
        <path
          className="tl-lift"
          data-drag="lift"
          d={liftHandle(xl, y + ROW.handleY, ROW.handleH)}
        />
        {worst ? (
          <path className={`tl-sev tl-sev-${worst}`} d={severityGlyph(worst, xl + 10, cy)} />
        ) : null}
      </g>
      {/* Follow-up fixes: items of their own, to focus, open and move. */}
      {followUps.map(({ f, fx }) => (
        <g
          key={f.id}
          className={`tl-fu-mark${followUpMovable(f.followUp) ? ' is-movable' : ''}`}
          data-item-id={f.id}
          data-drag={followUpMovable(f.followUp) ? 'follow-up' : undefined}
          role="button"
          tabIndex={tab(f.id)}
          aria-label={followUpLabel(item, f, now, presenting)}
        >
          <path className={`tl-fu ${FOLLOW_UP_CLASS[f.followUp.status]}`} d={circle(fx, cy, 3.5)} />
        </g>
      ))}
      {(suggestions ?? []).map((s) => {
        const id = suggestionId(s);
        const sx = xAt(origin, timeOf(s.date));
        const dir = sx > xl ? -4 : 4;
        const bottom = y + ROW.handleY + ROW.handleH;
        return (
          <g key={id}>
            <path
              className="tl-ghost-arrow"
              aria-hidden="true"
              d={`M${xl} ${bottom - 1}H${sx}M${sx + dir} ${bottom - 4}L${sx} ${bottom - 1}L${sx + dir} ${bottom + 2}`}
            />
            <g
              className="tl-ghost"
              data-item-id={id}
              role="button"
              tabIndex={tab(id)}
              aria-label={suggestionLabel(key, s)}
            >
              <path className="tl-ghost-shape" d={liftHandle(sx, y + ROW.handleY, ROW.handleH)} />
            </g>
          </g>
        );
      })}
    </>
  );
}, sameBar);

interface RowProps {
  row: readonly AdvisoryItem[];
  first: number;
  last: number;
  y: number;
  origin: Origin;
  index: FindingIndex;
  /** The dragged advisory, drawn where it is dragged to, when it is in this row. */
  moved: AdvisoryItem | null;
  focusId: string | null;
  /** Id of the item that holds the tab stop when focus is elsewhere. */
  tabStopId: string | null;
  presenting: boolean;
  now: Date;
}

export const AdvisoryRowView = memo(function AdvisoryRowView({
  row,
  first,
  last,
  y,
  origin,
  index,
  moved,
  focusId,
  tabStopId,
  presenting,
  now,
}: RowProps) {
  const bars = [];
  for (let i = first; i < last; i++) {
    const stored = row[i];
    const item = moved && moved.id === stored.id ? moved : stored;
    const findings = index.byAdvisory.get(item.advisory.key);
    bars.push(
      <AdvisoryBar
        key={item.id}
        item={item}
        y={y}
        origin={origin}
        findings={findings}
        findingsKey={index.advisoryKey(item.advisory.key)}
        suggestions={index.suggestionsByAdvisory.get(item.advisory.key)}
        focusId={focusId}
        tabStop={tabStopId === item.id}
        presenting={presenting}
        now={now}
      />,
    );
  }
  return <g className="tl-row">{bars}</g>;
});
