import {
  lazy,
  Suspense,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Finding, Suggestion } from '../../shared/planning';
import { STATUS_TEXT } from '../advisories/StatusBadge';
import { formatInstantInZone, isUtcZone, localZone } from '../common/dates';
import { shownCves, shownFollowUpSummary, shownTitle } from '../common/redaction';
import { useEditor } from '../state/editorStore';
import { useNotices } from '../state/noticeStore';
import { SEVERITY_TEXT, severitySummary } from './findingIndex';
import { dayText, FINDING_TITLE, instantText, numbersList, SUGGESTION_TITLE } from './labels';
import type { AdvisoryItem } from './model';
import { placeVertically } from './popoverPlacement';
import { followUpMovable } from './preview';
import { DAY_MS } from './scale';
import type { Target } from './targets';
import { useTimeline, type Popover as PopoverState } from './timelineStore';
import { BLOCKER_KIND_LABELS } from '../../shared/domain/release';
import type { TimelineData } from './useTimelineData';

// The details beside an item: on hover or keyboard focus as a tooltip, or
// pinned (click, Enter) with its buttons, e.g. to apply a suggestion.

// A suggestion's footnote, and applying it, load when first wanted.
const NumberNotes = lazy(() =>
  import('../planning/NumberNotes').then((m) => ({ default: m.NumberNotes })),
);

export interface Anchor {
  x: number;
  top: number;
  bottom: number;
}

let hideTimer: ReturnType<typeof setTimeout> | null = null;

/** Hides an unpinned popover shortly, so the pointer can travel into it first. */
export function hidePopoverSoon(): void {
  if (hideTimer) clearTimeout(hideTimer);
  hideTimer = setTimeout(() => {
    hideTimer = null;
    const store = useTimeline.getState();
    if (store.popover && !store.popover.pinned) store.setPopover(null);
  }, 300);
}

export function keepPopover(): void {
  if (hideTimer) clearTimeout(hideTimer);
  hideTimer = null;
}

const WIDTH = 360;

function returnFocus(id: string) {
  document
    .querySelector<SVGElement>(`[data-item-id="${CSS.escape(id)}"]`)
    ?.focus({ preventScroll: true });
}

export function Popover({
  popover,
  anchor,
  data,
  bounds,
}: {
  popover: PopoverState;
  anchor: Anchor | null;
  data: TimelineData;
  bounds: { width: number; height: number };
}) {
  const ref = useRef<HTMLDivElement>(null);
  const close = () => {
    useTimeline.getState().setPopover(null);
    returnFocus(popover.id);
  };

  useEffect(() => {
    if (popover.pinned) ref.current?.querySelector<HTMLElement>('button')?.focus();
  }, [popover.pinned, popover.id]);

  // Once drawn, its real height keeps it inside the canvas and the window: level with the
  // item where it fits, pushed up where it would run off the bottom, scrolling if taller.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !anchor) return;
    const place = () => {
      element.style.maxHeight = '';
      const span = visibleSpan(element, bounds);
      const placed = placeVertically(anchor.top, element.scrollHeight, span);
      element.style.top = `${placed.top}px`;
      element.style.maxHeight = placed.maxHeight === null ? '' : `${placed.maxHeight}px`;
    };
    place();
    // Its content can grow without a render (a footnote opened): place it again then.
    const observer = new ResizeObserver(place);
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  });

  if (!anchor) return null;
  const content = popoverContent(popover.id, data, close);
  if (!content) return null;
  // Beside the item rather than over it, so what it is about stays in sight.
  const width = Math.min(WIDTH, bounds.width - 16);
  const right = anchor.x + 16;
  const left =
    right + width <= bounds.width - 8
      ? right
      : Math.min(Math.max(anchor.x - 16 - width, 8), bounds.width - width - 8);
  const style = { left, top: Math.max(anchor.top - 12, 8), width };
  return (
    <div
      ref={ref}
      className={`tl-popover${popover.pinned ? ' is-pinned' : content.actions ? '' : ' is-passive'}`}
      role={popover.pinned ? 'dialog' : 'tooltip'}
      aria-label={popover.pinned ? content.title : undefined}
      style={style}
      onPointerEnter={keepPopover}
      onPointerLeave={() => (popover.pinned ? undefined : hidePopoverSoon())}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      <div className="tl-popover-head">
        {content.badge}
        <strong>{content.title}</strong>
        {popover.pinned ? (
          <button
            type="button"
            className="icon-button tl-popover-close"
            aria-label="Close details"
            onClick={close}
          >
            ×
          </button>
        ) : null}
      </div>
      <div className="tl-popover-body">{content.body}</div>
      {content.actions ? <div className="tl-popover-actions">{content.actions}</div> : null}
    </div>
  );
}

/** The part of the canvas (in its coordinates) that is inside the window too. */
function visibleSpan(
  element: HTMLElement,
  bounds: { width: number; height: number },
): { top: number; bottom: number } {
  const canvas = element.offsetParent?.getBoundingClientRect();
  if (!canvas) return { top: 0, bottom: bounds.height };
  return {
    top: Math.max(0, -canvas.top),
    bottom: Math.min(bounds.height, window.innerHeight - canvas.top),
  };
}

interface Content {
  title: string;
  badge?: ReactNode;
  body: ReactNode;
  actions?: ReactNode;
}

function Numbers({ numbers }: { numbers: Record<string, number> }) {
  const list = numbersList(numbers);
  if (list.length === 0) return null;
  return (
    <dl className="tl-numbers">
      {list.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function SeverityBadge({ finding }: { finding: Finding }) {
  return (
    <span className={`tl-badge tl-badge-${finding.severity}`}>
      {SEVERITY_TEXT[finding.severity]}
    </span>
  );
}

function ApplyButton({ suggestion, onDone }: { suggestion: Suggestion; onDone(): void }) {
  const [busy, setBusy] = useState(false);
  const apply = async () => {
    setBusy(true);
    const { applySuggestion } = await import('../planning/applySuggestion');
    const result = await applySuggestion(suggestion);
    setBusy(false);
    const say = useNotices.getState().say;
    if (result.ok) {
      say(
        'info',
        `Applied: ${SUGGESTION_TITLE[suggestion.kind]} (${suggestion.release}). Ctrl+Z undoes it.`,
      );
      onDone();
    } else say('error', `The suggestion was not applied: ${result.error.message}`);
  };
  return (
    <button
      type="button"
      className="button button-primary"
      disabled={busy}
      onClick={() => void apply()}
    >
      {busy ? 'Applying…' : 'Apply suggestion'}
    </button>
  );
}

function advisoryBody(item: AdvisoryItem, data: TimelineData): ReactNode {
  const { advisory } = item;
  const title = shownTitle(advisory, data.now, data.presenting);
  const cves = shownCves(advisory, data.now, data.presenting);
  const zone = localZone();
  const findings = data.index.byAdvisory.get(advisory.key) ?? [];
  const days =
    item.predisclosure === null ? null : Math.round((item.lift - item.predisclosure) / DAY_MS);
  return (
    <>
      <p className={title === null ? 'tl-hidden-text' : undefined}>
        {title === null ? 'Title and CVEs hidden while presenting' : title || 'No title'}
      </p>
      {cves.length > 0 ? <p className="tl-muted">{cves.join(', ')}</p> : null}
      <dl className="tl-facts">
        {item.predisclosure !== null ? (
          <div>
            <dt>Pre-disclosure</dt>
            <dd>
              {instantText(item.predisclosure)}
              {days !== null ? ` (${days} days before the lift)` : ''}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{item.status === 'embargoed' ? 'Lifts' : 'Lifted'}</dt>
          <dd>
            {instantText(item.lift)}
            {isUtcZone(zone) ? null : (
              <span className="tl-muted"> · {formatInstantInZone(advisory.publicAt, zone)}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Affects</dt>
          <dd>{advisory.affects.length > 0 ? advisory.affects.join(', ') : 'no release'}</dd>
        </div>
      </dl>
      {item.followUps.length > 0 ? (
        <ul className="tl-list">
          {item.followUps.map((f) => {
            const summary = shownFollowUpSummary(advisory, f.followUp, data.now, data.presenting);
            return (
              <li key={f.id}>
                Follow-up ({f.followUp.status}) {f.followUp.publicAt ? 'published' : 'due'}{' '}
                {dayText(f.at)}
                {summary ? `: ${summary}` : ''}
              </li>
            );
          })}
        </ul>
      ) : null}
      {findings.length > 0 ? (
        <ul className="tl-list">
          {findings.map((f) => (
            <li key={f.id}>
              <SeverityBadge finding={f} /> {f.message}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="tl-hint">Drag the handle at the lift to move the embargo; click to edit.</p>
    </>
  );
}

function openEditor(type: 'release' | 'advisory', id: number) {
  useTimeline.getState().setPopover(null);
  useEditor.getState().open({ type, id });
}

function targetContent(target: Target, data: TimelineData, close: () => void): Content {
  switch (target.kind) {
    case 'milestone': {
      const { mark, lane } = target;
      const slip = mark.baseline === null ? null : Math.round((mark.at - mark.baseline) / DAY_MS);
      const overdueDays =
        !mark.happened && mark.planned < data.todayMs
          ? Math.round((data.todayMs - mark.planned) / DAY_MS)
          : 0;
      const standing = data.analysis.releases.find((r) => r.release === lane.release.name);
      const isOpenRelease = mark.kind === 'release' && !lane.released;
      return {
        title: mark.kind === 'release' ? mark.name : `${lane.release.name} — ${mark.name}`,
        body: (
          <>
            <dl className="tl-facts">
              <div>
                <dt>Planned</dt>
                <dd>{dayText(mark.planned)}</dd>
              </div>
              {mark.actual !== null ? (
                <div>
                  <dt>Happened</dt>
                  <dd>{dayText(mark.actual)}</dd>
                </div>
              ) : null}
              {overdueDays > 0 ? (
                <div>
                  <dt>Overdue</dt>
                  <dd className="tl-overdue-text">
                    {overdueDays === 1 ? '1 day' : `${overdueDays} days`}: not recorded as done
                  </dd>
                </div>
              ) : null}
              {isOpenRelease && standing && standing.heldBySecurity.length > 0 ? (
                <div>
                  <dt>Held by</dt>
                  <dd>
                    {standing.heldBySecurity.join(', ')}
                    {standing.onlyWaitingOnSecurity ? ' (only waiting on security)' : ''}
                  </dd>
                </div>
              ) : null}
              {mark.baseline !== null ? (
                <div>
                  <dt>Baseline</dt>
                  <dd>
                    {dayText(mark.baseline)} (
                    {slip! > 0 ? `${slip} days later now` : `${-slip!} days earlier now`})
                  </dd>
                </div>
              ) : null}
            </dl>
            {isOpenRelease && standing && standing.openBlockers.length > 0 ? (
              <ul className="tl-list">
                {standing.openBlockers.map((b) => (
                  <li key={b.id}>
                    {BLOCKER_KIND_LABELS[b.kind]}: {b.title}
                    {b.holds ? ' (holds the release)' : ''}
                  </li>
                ))}
              </ul>
            ) : null}
            <p className="tl-hint">
              {mark.happened
                ? 'It happened: click to edit.'
                : isOpenRelease
                  ? 'Drag it (or Alt+arrows) to move it; click to edit it and its blockers.'
                  : 'Drag it (or Alt+arrows) to move it; click to edit.'}
            </p>
          </>
        ),
      };
    }
    case 'follow-up': {
      const { item, mark } = target;
      const summary = shownFollowUpSummary(item.advisory, mark.followUp, data.now, data.presenting);
      return {
        title: `Follow-up fix to ${item.advisory.key}`,
        body: (
          <>
            <p>{summary ?? 'Its summary is hidden while presenting.'}</p>
            <dl className="tl-facts">
              <div>
                <dt>{mark.followUp.publicAt ? 'Own lift' : 'Expected'}</dt>
                <dd>{mark.followUp.publicAt ? instantText(mark.at) : dayText(mark.at)}</dd>
              </div>
              <div>
                <dt>Status</dt>
                <dd>{mark.followUp.status}</dd>
              </div>
            </dl>
            <p className="tl-hint">
              {followUpMovable(mark.followUp)
                ? 'Drag it (or Alt+arrows) to move its expected date; click to edit.'
                : 'It has a lift of its own: change it in the editor (click).'}
            </p>
          </>
        ),
      };
    }
    case 'advisory': {
      return {
        title: target.item.advisory.key,
        badge: (
          <span className={`tl-badge tl-badge-${target.item.status}`}>
            {STATUS_TEXT[target.item.status]}
          </span>
        ),
        body: advisoryBody(target.item, data),
      };
    }
    case 'finding': {
      const { finding } = target;
      const advisory = finding.subject
        ? data.advisories.find((a) => a.key === finding.subject)
        : undefined;
      return {
        title: FINDING_TITLE[finding.code],
        badge: <SeverityBadge finding={finding} />,
        body: (
          <>
            <p>{finding.message}</p>
            <Numbers numbers={finding.numbers} />
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
              onClick={() => openEditor('release', target.lane.release.id)}
            >
              Edit {target.lane.release.name}
            </button>
          </>
        ),
      };
    }
    case 'findings': {
      const shown = target.findings.slice(0, 8);
      return {
        title: `${severitySummary(target.findings)} for ${target.lane.release.name}`,
        badge: <SeverityBadge finding={target.findings[0]} />,
        body: (
          <>
            <ul className="tl-list">
              {shown.map((f) => (
                <li key={f.id}>
                  <SeverityBadge finding={f} /> {f.message}
                </li>
              ))}
            </ul>
            {target.findings.length > shown.length ? (
              <p className="tl-hint">
                And {target.findings.length - shown.length} more: zoom in, or see them all in the
                agenda.
              </p>
            ) : (
              <p className="tl-hint">Zoom in to see them one by one.</p>
            )}
          </>
        ),
      };
    }
    case 'suggestion': {
      const { suggestion } = target;
      return {
        title: SUGGESTION_TITLE[suggestion.kind],
        badge: <span className="tl-badge tl-badge-suggestion">Suggestion</span>,
        body: (
          <>
            <p>{suggestion.message}</p>
            <Numbers numbers={suggestion.numbers} />
            <Suspense fallback={null}>
              <NumberNotes numbers={suggestion.numbers} />
            </Suspense>
          </>
        ),
        actions: <ApplyButton suggestion={suggestion} onDone={close} />,
      };
    }
  }
}

function clusterContent(id: string, data: TimelineData): Content | null {
  const [row, first, last] = id.slice(1).split(':').map(Number);
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

function popoverContent(id: string, data: TimelineData, close: () => void): Content | null {
  if (id.startsWith('c')) return clusterContent(id, data);
  const target = data.targets.get(id);
  return target ? targetContent(target, data, close) : null;
}
