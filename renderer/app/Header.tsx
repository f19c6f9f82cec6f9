import { lazy, Suspense, useLayoutEffect, useRef, type RefObject } from 'react';
import { Icon } from '../common/Icon';
import { BackupsButton } from '../backups/BackupsButton';
import { ExchangeButtons } from '../exchange/ExchangeButtons';
import { FindingsIndicator } from '../findings/FindingsIndicator';
import { localZone } from '../common/localZone';
import { isPlanEmpty } from '../state/planStore';
import { usePaintedWith } from '../state/usePaintedWith';
import { useTimeline } from '../timeline/state/timelineStore';
import { usePlan } from '../state/usePlan';
import { VIEWS, useView } from '../state/viewStore';
import { usePresentation } from '../state/presentationStore';
import { UndoButtons } from '../undo/UndoButtons';
import { useDrafts } from '../state/draftStore';
import { useShortcutsHelp } from '../help/shortcuts';
import './Header.css';

// Only an empty plan shows it: it loads when it is shown.
const FirstStart = lazy(() => import('./FirstStart').then((m) => ({ default: m.FirstStart })));

export function Header() {
  const phase = usePlan((state) => state.phase);
  const releaseCount = usePlan((state) => state.releases.length);
  const advisoryCount = usePlan((state) => state.advisories.length);
  const empty = usePlan(isPlanEmpty);
  const view = useView((state) => state.view);
  const show = useView((state) => state.show);
  const settingsUnsaved = useDrafts((state) => 'settings' in state.drafts);
  const ready = phase === 'ready';
  // The count of findings comes a moment after the plan: analysing it must not hold back
  // the first frame that shows it.
  // On the timeline, that is the frame that draws the plot, not the one before that measures it.
  const plotted = useTimeline((state) => state.view !== null) || view !== 'timeline';
  const findingsShown = usePaintedWith(ready && !empty && plotted) && ready && !empty;
  const presenting = usePresentation((state) => state.presenting);
  const togglePresenting = usePresentation((state) => state.toggle);
  const titlebar = useRef<HTMLDivElement>(null);
  useCompaction(titlebar);

  return (
    <header className={presenting ? 'app-header is-presenting' : 'app-header'}>
      <div className="titlebar" ref={titlebar}>
        <div className="brand">
          <Icon name="shield" className="brand-mark" />
          <span className="brand-name">Embargo Planner</span>
        </div>
        <nav className="views" aria-label="Views">
          {VIEWS.map((item) => (
            <button
              key={item.id}
              type="button"
              className="view-tab"
              aria-current={view === item.id ? 'page' : undefined}
              onClick={() => show(item.id)}
            >
              {item.label}
              {item.id === 'settings' && settingsUnsaved ? (
                <span className="view-tab-dot" title="Changes not saved yet">
                  <span className="visually-hidden"> (changes not saved)</span>
                </span>
              ) : null}
            </button>
          ))}
        </nav>
        {ready ? <UndoButtons /> : null}
        <button
          type="button"
          className={presenting ? 'button presenting-toggle is-on' : 'button presenting-toggle'}
          aria-pressed={presenting}
          title="Hide embargoed titles, CVEs and notes everywhere, for screen-sharing"
          onClick={togglePresenting}
        >
          <Icon name={presenting ? 'eye' : 'lock'} />
          <span className="presenting-label">Presentation mode{presenting ? ' on' : ''}</span>
        </button>
        <div className="titlebar-meta">
          {findingsShown ? <FindingsIndicator /> : null}
          {ready && !empty ? (
            <span className="titlebar-counts">
              {releaseCount} {releaseCount === 1 ? 'release' : 'releases'} · {advisoryCount}{' '}
              {advisoryCount === 1 ? 'advisory' : 'advisories'}
            </span>
          ) : null}
          <span
            className="titlebar-zone"
            title="Your time zone; embargo times are also shown in it"
          >
            {localZone()}
          </span>
        </div>
        {ready ? <ExchangeButtons /> : null}
        {ready ? <BackupsButton /> : null}
        <button
          type="button"
          className="icon-button help-button"
          aria-label="Keyboard shortcuts"
          aria-keyshortcuts="?"
          title="Keyboard shortcuts (?)"
          onClick={() => useShortcutsHelp.getState().open()}
        >
          ?
        </button>
      </div>
      {ready && empty ? (
        <Suspense fallback={null}>
          <FirstStart />
        </Suspense>
      ) : null}
    </header>
  );
}

/**
 * Marks how much the title bar leaves out to fit its width (data-compact),
 * in steps: 1 the time zone, 2 the counts, 3 the undo and redo labels
 * (their tooltips keep them), 4 the product's name (the window title has
 * it; the mark stays), 5 the words on the presentation switch (its icon,
 * tooltip and accessible name stay). Whole items go, never half a word.
 */
export const COMPACT_STEPS = 5;

function useCompaction(bar: RefObject<HTMLDivElement | null>): void {
  // Measuring and marking the bar is layout work outside React: no state, no extra render.
  // Again whenever the window resizes the bar or what it holds changes: the findings count
  // comes after the plan, an undo label grows, a count gains a digit.
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element) return;
    const fit = () => {
      for (let level = 0; level <= COMPACT_STEPS; level++) {
        element.setAttribute('data-compact', String(level));
        if (element.scrollWidth <= element.clientWidth + 1) return;
      }
    };
    fit();
    const resized = new ResizeObserver(fit);
    resized.observe(element);
    const changed = new MutationObserver(fit);
    changed.observe(element, { childList: true, subtree: true, characterData: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
    };
  }, [bar]);
}
