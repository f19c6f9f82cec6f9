import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { Popover as PopoverState } from '../state/timelineStore';
import { placeVertically } from './popoverPlacement';
import { closePopover, hidePopoverSoon, keepPopover } from './visibility';
import './popover.css';

// The details beside an item: on hover or keyboard focus as a tooltip, or
// pinned (click, Enter) with its buttons, e.g. to apply a suggestion. This is
// the frame; what it says is popoverContent's.

/** Where the popover points: the middle of the item, in the canvas's coordinates. */
export interface Anchor {
  x: number;
  top: number;
  bottom: number;
}

/** The anchor of an item whose box (in client coordinates) is `box`. */
export function anchorOf(
  box: Pick<DOMRectReadOnly, 'left' | 'width' | 'top' | 'bottom'>,
  canvas: Pick<DOMRectReadOnly, 'left' | 'top'>,
): Anchor {
  return {
    x: box.left + box.width / 2 - canvas.left,
    top: box.top - canvas.top,
    bottom: box.bottom - canvas.top,
  };
}

export interface PopoverContent {
  title: string;
  badge?: ReactNode;
  body: ReactNode;
  actions?: ReactNode;
}

const WIDTH = 360;

export function Popover({
  popover,
  anchor,
  content,
  bounds,
}: {
  popover: PopoverState;
  anchor: Anchor | null;
  content: PopoverContent | null;
  bounds: { width: number; height: number };
}) {
  const ref = useRef<HTMLDivElement>(null);
  const close = () => closePopover(popover.id);

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

  if (!anchor || !content) return null;
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
