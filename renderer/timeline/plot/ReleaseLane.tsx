import { memo } from 'react';
import type { Finding, Suggestion } from '../../../shared/planning';
import { severitySummary } from '../../../shared/planning/vocabulary';
import { timeOf } from '../model/findingIndex';
import { groupFindings } from '../model/findingGroups';
import { fitLabels, textWidth, type LabelCandidate } from '../geometry/labelFit';
import { dayText, findingLabel, markLabel, suggestionLabel } from '../model/labels';
import { PHASE_LABELS, type ReleaseLane } from '../model/items';
import { circle, diamond, fork, flag, milestoneShape, severityGlyph } from '../geometry/shapes';
import { suggestionId } from '../model/ids';
import { xAt, type Origin } from '../geometry/view';
import './findingMarks.css';
import './releaseLane.css';

// One release: its phases as shaded bands, its milestones as markers above
// them (filled once they happened, a faint ghost where the baseline had
// them), and under them the warnings about it, each with a line to the
// release date it threatens. Suggestions are dashed ghosts.

export const LANE = {
  labelY: 12,
  bandY: 17,
  bandH: 16,
  markY: 25,
  findingY: 46,
};

/** A compact lane: the band and its markers only. */
const COMPACT = { labelY: -100, bandY: 5, bandH: 14, markY: 12, findingY: -100 };

interface ReleaseLaneProps {
  lane: ReleaseLane;
  y: number;
  origin: Origin;
  findings: readonly Finding[] | undefined;
  findingsKey: string;
  suggestions: readonly Suggestion[] | undefined;
  suggestionsKey: string;
  /** The focused item, when it is in this lane. */
  focusId: string | null;
  /** The first item of the lane takes the tab stop when nothing else has it. */
  tabStop: boolean;
  compact: boolean;
  /** Start of today (UTC): a milestone planned before it that did not happen is overdue. */
  todayMs: number;
  /** Open blockers that are not embargoes; the count is drawn beside the release. */
  openBlockers: number;
}

function shortDate(t: number): string {
  const [, day, month] = dayText(t).split(' ');
  return `${day} ${month}`;
}

function ghostLabel(s: Suggestion): string {
  switch (s.kind) {
    case 'SLIP_RELEASE':
      return `Slip to ${shortDate(timeOf(s.date))}?`;
    case 'POINT_RELEASE':
      return s.apply.type === 'create-point-release' ? `${s.apply.name}?` : 'Point release?';
    case 'BRANCH_AND_REOPEN':
      return 'Branch here?';
    case 'MOVE_EMBARGO_NOTE':
      return 'Move lift?';
  }
}

function sameProps(a: ReleaseLaneProps, b: ReleaseLaneProps): boolean {
  return (
    a.lane === b.lane &&
    a.y === b.y &&
    a.origin === b.origin &&
    a.findingsKey === b.findingsKey &&
    a.suggestionsKey === b.suggestionsKey &&
    a.focusId === b.focusId &&
    a.tabStop === b.tabStop &&
    a.compact === b.compact &&
    a.todayMs === b.todayMs &&
    a.openBlockers === b.openBlockers
  );
}

export const ReleaseLaneView = memo(function ReleaseLaneView({
  lane,
  y,
  origin,
  findings,
  suggestions,
  focusId,
  tabStop,
  compact,
  todayMs,
  openBlockers,
}: ReleaseLaneProps) {
  const x = (t: number) => xAt(origin, t);
  const G = compact ? COMPACT : LANE;
  // Zoomed out over years, a release is its phases and its flag; the rest would be a smear.
  const marks = compact ? lane.marks.filter((m) => m.kind === 'release') : lane.marks;
  const suggestionsShown = compact ? undefined : suggestions;
  const cy = y + G.markY;
  const name = lane.release.name;
  const releaseX = lane.releaseAt === null ? null : x(lane.releaseAt);
  const branch = marks.find((m) => m.kind === 'branch');
  const firstId = marks[0]?.id ?? null;
  const tab = (id: string) =>
    focusId === id || (focusId === null && tabStop && id === firstId) ? 0 : -1;

  // Labels above the markers: the release name first, then freezes, then the rest.
  const candidates: LabelCandidate[] = marks.map((m) => {
    const width = textWidth(m.short, m.kind === 'release' ? 12 : 11);
    const mx = x(m.at);
    return {
      x: m.kind === 'release' ? mx - 2 : mx - width / 2,
      width,
      priority: m.kind === 'release' ? 3 : m.kind === 'rc' || m.kind === 'custom' ? 1 : 2,
    };
  });
  // Two suggestions on one day (slip, or a point release that day) sit side by side.
  const ghosts: { s: Suggestion; gx: number; text: string }[] = [];
  for (const s of [...(suggestionsShown ?? [])].sort((a, b) => timeOf(a.date) - timeOf(b.date))) {
    const previous = ghosts[ghosts.length - 1];
    const sx = x(timeOf(s.date));
    ghosts.push({ s, gx: previous ? Math.max(sx, previous.gx + 14) : sx, text: ghostLabel(s) });
  }
  for (const g of ghosts) {
    const width = textWidth(g.text);
    candidates.push({
      x: g.gx - 3,
      width,
      priority: g.s.kind === 'SLIP_RELEASE' ? 0.5 : 0,
    });
  }
  // Compact lanes have no room for labels: names are in the tooltip and the accessible name.
  const shown = compact ? candidates.map(() => false) : fitLabels(candidates);
  // A phase is named in the first stretch of it that no marker sits on.
  const markXs = [...marks.map((m) => x(m.at)), ...ghosts.map((g) => g.gx)].sort((a, b) => a - b);
  const phaseLabelAt = (from: number, to: number, width: number): number | null => {
    for (const start of [
      from + 9,
      ...markXs.filter((mx) => mx > from && mx < to).map((mx) => mx + 10),
    ]) {
      if (start + width > to - 4) return null;
      if (!markXs.some((mx) => mx > start - 8 && mx < start + width + 8)) return start;
    }
    return null;
  };

  // Warnings: spans from the lift to the release, under one glyph per group close together.
  const spans = { error: '', warning: '', info: '' };
  for (const finding of compact ? [] : (findings ?? [])) {
    if (finding.subject === null || releaseX === null) continue;
    spans[finding.severity] += `M${x(timeOf(finding.date))} ${y + G.findingY}H${releaseX}`;
  }
  const groups = compact ? [] : groupFindings(findings, lane.release.id, origin.msPerPx);

  return (
    <g className={lane.released ? 'tl-lane is-released' : 'tl-lane'}>
      {lane.phases.map((phase) => {
        const px = x(phase.start);
        const width = x(phase.end) - px;
        const label = PHASE_LABELS[phase.kind];
        const labelX = phaseLabelAt(px, px + width, textWidth(label, 10.5));
        return (
          <g key={phase.kind} aria-hidden="true">
            <rect
              className={`tl-phase tl-phase-${phase.kind}`}
              x={px}
              y={y + G.bandY}
              width={width}
              height={G.bandH}
            />
            {labelX !== null ? (
              <text className="tl-phase-label" x={labelX} y={y + G.bandY + 11.5}>
                {label}
              </text>
            ) : null}
          </g>
        );
      })}
      {marks
        .filter((m) => m.baseline !== null)
        .map((m) => (
          <path
            key={`b${m.id}`}
            className="tl-baseline"
            aria-hidden="true"
            d={`M${x(m.baseline!)} ${cy}H${x(m.at)}${diamond(x(m.baseline!), cy, 4.5)}`}
          />
        ))}
      {(['info', 'warning', 'error'] as const).map((severity) =>
        spans[severity] ? (
          <path
            key={severity}
            className={`tl-span tl-span-${severity}`}
            d={spans[severity]}
            aria-hidden="true"
          />
        ) : null,
      )}
      {ghosts.map(({ s, gx: sx }) => {
        const fromX = s.kind === 'BRANCH_AND_REOPEN' ? (branch ? x(branch.at) : null) : releaseX;
        const shape = s.kind === 'BRANCH_AND_REOPEN' ? fork(sx, cy) : flag(sx, cy);
        const arrow =
          fromX !== null && Math.abs(fromX - sx) > 12
            ? `M${fromX} ${cy + 10}H${sx}M${sx + (sx > fromX ? -4 : 4)} ${cy + 7}L${sx} ${cy + 10}L${sx + (sx > fromX ? -4 : 4)} ${cy + 13}`
            : '';
        const id = suggestionId(s);
        return (
          <g key={id}>
            {arrow ? <path className="tl-ghost-arrow" d={arrow} aria-hidden="true" /> : null}
            <g
              className="tl-ghost"
              data-item-id={id}
              role="button"
              tabIndex={tab(id)}
              aria-label={suggestionLabel(name, s)}
            >
              <path className="tl-ghost-shape" d={shape} />
            </g>
          </g>
        );
      })}
      {marks.map((m) => {
        const mx = x(m.at);
        const moved = m.happened && m.actual !== m.planned;
        // Overdue: planned before today and not recorded. Drawn hollow where it
        // was planned, with a dashed line carrying it to today, where it still
        // counts.
        const overdue = !m.happened && m.planned < todayMs;
        return (
          <g
            key={m.id}
            className={`tl-mark tl-mark-${m.kind}${m.happened ? ' is-happened' : ''}${overdue ? ' is-overdue' : ''}`}
            data-item-id={m.id}
            data-drag={m.happened ? undefined : 'milestone'}
            role="button"
            tabIndex={tab(m.id)}
            aria-label={markLabel(name, m, todayMs)}
          >
            {overdue ? (
              <path
                className="tl-overdue-carry"
                d={`M${mx + 6} ${cy}H${x(todayMs)}`}
                aria-hidden="true"
              />
            ) : null}
            {moved ? (
              <path
                className="tl-planned-ghost"
                d={`M${x(m.planned)} ${cy}H${mx}${circle(x(m.planned), cy, 3)}`}
              />
            ) : null}
            <path className="tl-mark-shape" d={milestoneShape(m.kind, mx, cy)} />
          </g>
        );
      })}
      {openBlockers > 0 && releaseX !== null && !compact ? (
        <g className="tl-blocker-badge" aria-hidden="true">
          <path d={flag(releaseX + 14, cy + 1)} />
          <text x={releaseX + 21} y={cy + 4}>
            {openBlockers}
          </text>
        </g>
      ) : null}
      {compact && releaseX !== null ? (
        <text className="tl-mark-label is-release" x={releaseX + 12} y={cy + 4} aria-hidden="true">
          {name}
        </text>
      ) : null}
      {groups.map((group) => {
        const gx = x(group.t0);
        const gy = y + G.findingY;
        if (group.findings.length === 1)
          return (
            <path
              key={group.id}
              className={`tl-sev tl-sev-${group.worst}`}
              data-item-id={group.id}
              role="button"
              tabIndex={tab(group.id)}
              aria-label={findingLabel(group.findings[0])}
              d={severityGlyph(group.worst, gx, gy)}
            />
          );
        return (
          <g
            key={group.id}
            className="tl-sev-group"
            data-item-id={group.id}
            role="button"
            tabIndex={tab(group.id)}
            aria-label={`${severitySummary(group.findings)} for ${name} around ${dayText(group.t0)}. Press Enter to list them.`}
          >
            <path
              className={`tl-sev tl-sev-${group.worst}`}
              d={severityGlyph(group.worst, gx, gy)}
            />
            <text className="tl-sev-count" x={gx + 8} y={gy + 4}>
              {group.findings.length}
            </text>
          </g>
        );
      })}
      {marks.map((m, i) =>
        shown[i] ? (
          <text
            key={`t${m.id}`}
            className={m.kind === 'release' ? 'tl-mark-label is-release' : 'tl-mark-label'}
            x={candidates[i].x + (m.kind === 'release' ? 0 : candidates[i].width / 2)}
            y={y + G.labelY}
            textAnchor={m.kind === 'release' ? 'start' : 'middle'}
            aria-hidden="true"
          >
            {m.short}
          </text>
        ) : null,
      )}
      {ghosts.map((g, i) =>
        shown[marks.length + i] ? (
          <text
            key={`t${g.s.id}`}
            className="tl-ghost-label"
            x={g.gx - 3}
            y={y + G.labelY}
            aria-hidden="true"
          >
            {g.text}
          </text>
        ) : null,
      )}
    </g>
  );
}, sameProps);
