import { lazy, Suspense } from 'react';
import {
  FINDING_TITLE,
  severitySummary,
  SUGGESTION_TITLE,
} from '../../../shared/planning/vocabulary';
import { ApplyButton } from '../../findings/ApplyButton';
import { Figures } from '../../findings/Figures';
import { SeverityBadge } from '../../findings/SeverityBadge';
import { useEditor } from '../../state/editorStore';
import { parseClusterId } from '../model/ids';
import { dayText } from '../model/labels';
import type { Target } from '../model/targets';
import { useTimeline } from '../state/timelineStore';
import type { TimelineData } from '../state/useTimelineData';
import { FindingList } from './FindingList';
import { advisoryContent, followUpContent, milestoneContent } from './planItemContent';
import type { PopoverContent } from './Popover';
import { closePopover } from './visibility';

// A suggestion's footnote loads when first wanted: it is not on the first screen.
const NumberNotes = lazy(() =>
  import('../../planning/NumberNotes').then((m) => ({ default: m.NumberNotes })),
);

// What the popover says about the item with a given id: the plan's items
// (planItemContent), the findings and suggestions drawn on them, and a
// cluster of advisories drawn as one shape when zoomed out. Findings and
// suggestions wear the same badge, figures and button as in the findings panel.

/** The popover's title, badge, body and buttons for `id`; null when it names nothing drawn. */
export function popoverContent(id: string, data: TimelineData): PopoverContent | null {
  const cluster = parseClusterId(id);
  if (cluster) return clusterContent(cluster, data);
  const target = data.targets.get(id);
  if (!target) return null;
  switch (target.kind) {
    case 'milestone':
      return milestoneContent(target, data);
    case 'follow-up':
      return followUpContent(target, data);
    case 'advisory':
      return advisoryContent(target, data);
    case 'finding':
      return findingContent(target, data);
    case 'findings':
      return findingsContent(target);
    case 'suggestion':
      return suggestionContent(target);
  }
}

function openEditor(type: 'release' | 'advisory', id: number) {
  useTimeline.getState().setPopover(null);
  useEditor.getState().open({ type, id });
}

function findingContent(
  { finding, lane }: Extract<Target, { kind: 'finding' }>,
  data: TimelineData,
): PopoverContent {
  const advisory = finding.subject
    ? data.advisories.find((a) => a.key === finding.subject)
    : undefined;
  return {
    title: FINDING_TITLE[finding.code],
    badge: <SeverityBadge severity={finding.severity} />,
    body: (
      <>
        <p>{finding.message}</p>
        <Figures of={finding} />
      </>
    ),
    actions: (
      <>
        {advisory ? (
          <button
            type="button"
            className="button"
            onClick={() => openEditor('advisory', advisory.id)}
          >
            Edit {advisory.key}
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          onClick={() => openEditor('release', lane.release.id)}
        >
          Edit {lane.release.name}
        </button>
      </>
    ),
  };
}

/** Warnings drawn as one glyph at this zoom. */
function findingsContent({
  findings,
  lane,
}: Extract<Target, { kind: 'findings' }>): PopoverContent {
  const shown = findings.slice(0, 8);
  return {
    title: `${severitySummary(findings)} for ${lane.release.name}`,
    badge: <SeverityBadge severity={findings[0].severity} />,
    body: (
      <>
        <FindingList findings={shown} />
        {findings.length > shown.length ? (
          <p className="tl-hint">
            And {findings.length - shown.length} more: zoom in, or see them all in the agenda.
          </p>
        ) : (
          <p className="tl-hint">Zoom in to see them one by one.</p>
        )}
      </>
    ),
  };
}

function suggestionContent({
  id,
  suggestion,
}: Extract<Target, { kind: 'suggestion' }>): PopoverContent {
  return {
    title: SUGGESTION_TITLE[suggestion.kind],
    badge: <span className="tl-badge tl-badge-suggestion">Suggestion</span>,
    body: (
      <>
        <p>{suggestion.message}</p>
        <Figures of={suggestion} />
        <Suspense fallback={null}>
          <NumberNotes numbers={suggestion.numbers} />
        </Suspense>
      </>
    ),
    actions: <ApplyButton suggestion={suggestion} onApplied={() => closePopover(id)} />,
  };
}

/** Advisories merged into one shape when zoomed out: how many, when, and how they stand. */
function clusterContent(
  { row, first, last }: { row: number; first: number; last: number },
  data: TimelineData,
): PopoverContent | null {
  const items = data.rows.rows[row]?.slice(first, last);
  if (!items || items.length === 0) return null;
  const counts = { embargoed: 0, public: 0, withdrawn: 0 };
  let warned = 0;
  for (const item of items) {
    counts[item.status]++;
    if (data.index.byAdvisory.has(item.advisory.key)) warned++;
  }
  const end = Math.max(...items.map((i) => i.end));
  return {
    title: `${items.length} advisories`,
    body: (
      <>
        <p>
          {dayText(items[0].start)} – {dayText(end)}
        </p>
        <p className="tl-muted">
          {counts.embargoed} embargoed · {counts.public} public · {counts.withdrawn} withdrawn
          {warned > 0 ? ` · ${warned} with warnings` : ''}
        </p>
        <p className="tl-hint">Click to zoom in on them.</p>
      </>
    ),
  };
}
