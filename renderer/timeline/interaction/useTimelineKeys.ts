import { useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { activate } from './activate';
import { commitPreview } from './commitMove';
import { moveFocus, type NavItem, type NavMove } from './navigation';
import { clampLift, followUpMovable, shiftDate, shiftInstant } from '../model/preview';
import { ensureVisible, xOf } from '../geometry/scale';
import type { Target, Targets } from '../model/targets';
import { useTimeline } from '../state/timelineStore';

// The keyboard on the timeline's items (one tab stop, roving): arrows move
// between items, Enter opens, Alt+Left/Right move the item's date by a day
// (Alt+Shift by a week) with the warnings following, and letting go of Alt
// writes the move as one change. Escape puts it back.

const MOVES: Record<string, NavMove> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'home',
  End: 'end',
};

export interface KeyOptions {
  targets: () => Targets;
  /** The lanes and rows on screen, top to bottom, as navigation lanes. */
  navLanes: () => NavItem[][];
  cancelDrag(): boolean;
}

function itemId(event: { target: EventTarget | null }): string | null {
  return event.target instanceof Element
    ? (event.target.closest('[data-item-id]')?.getAttribute('data-item-id') ?? null)
    : null;
}

/** Pans just enough that `t` is on screen, before focus goes to the item there. */
export function revealTime(t: number): void {
  const store = useTimeline.getState();
  if (!store.scale) return;
  const next = ensureVisible(store.scale, t, store.width, 60);
  if (next !== store.scale) store.setScale(next);
}

function moveDate(target: Target, days: number): boolean {
  const store = useTimeline.getState();
  const current = store.preview;
  if (target.kind === 'milestone') {
    if (target.mark.happened) return false;
    // The lane is drawn from the previewed plan, so its date already has the moves so far.
    store.setPreview({
      type: 'milestone',
      releaseId: target.lane.release.id,
      milestoneId: target.mark.milestone.id,
      date: shiftDate(target.mark.milestone.planned, days),
    });
    return true;
  }
  if (target.kind === 'follow-up') {
    const { followUp } = target.mark;
    if (!followUpMovable(followUp)) return false;
    const base =
      current?.type === 'follow-up' && current.followUpId === followUp.id
        ? current.date
        : followUp.expectedAt!;
    store.setPreview({
      type: 'follow-up',
      advisoryId: target.item.advisory.id,
      followUpId: followUp.id,
      date: shiftDate(base, days),
    });
    return true;
  }
  if (target.kind === 'advisory') {
    const { advisory } = target.item;
    const base =
      current?.type === 'lift' && current.advisoryId === advisory.id
        ? current.publicAt
        : advisory.publicAt;
    store.setPreview({
      type: 'lift',
      advisoryId: advisory.id,
      publicAt: clampLift(advisory, shiftInstant(base, days)),
    });
    return true;
  }
  return false;
}

export function useTimelineKeys(options: KeyOptions) {
  const moving = useRef(false);

  const commit = () => {
    if (!moving.current) return;
    moving.current = false;
    const preview = useTimeline.getState().preview;
    if (preview) void commitPreview(preview);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const id = itemId(event);
    if (!id) return;
    const store = useTimeline.getState();
    const target = options.targets().get(id);
    if (event.key === 'Escape') {
      if (options.cancelDrag() || moving.current || store.preview) {
        moving.current = false;
        store.setPreview(null);
      } else if (store.popover) store.setPopover(null);
      else return;
      event.preventDefault();
      return;
    }
    if (!target) return;
    if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      const days = (event.key === 'ArrowLeft' ? -1 : 1) * (event.shiftKey ? 7 : 1);
      if (moveDate(target, days)) {
        moving.current = true;
        revealTime(target.t + days * 86_400_000);
      }
      event.preventDefault();
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(target);
      return;
    }
    if (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '_') {
      event.preventDefault();
      const scale = store.scale;
      const factor = event.key === '+' || event.key === '=' ? 1.5 : 1 / 1.5;
      if (scale) store.zoom(factor, xOf(scale, target.t));
      return;
    }
    const move = MOVES[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const center = store.scale
      ? store.scale.start + (store.width / 2) * store.scale.msPerPx
      : target.t;
    const next = moveFocus(options.navLanes(), id, move, center);
    if (!next) return;
    const nextTarget = options.targets().get(next);
    if (nextTarget) revealTime(nextTarget.t);
    store.requestFocus(next);
  };

  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key === 'Alt') commit();
  };

  const onBlur = (event: FocusEvent) => {
    // Alt let go elsewhere (another window took focus): keep the move rather than lose it.
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) commit();
  };

  return { onKeyDown, onKeyUp, onBlur };
}
