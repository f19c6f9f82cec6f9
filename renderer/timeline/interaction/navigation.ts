import type { ReleaseLane } from '../model/items';
import type { Targets } from '../model/targets';

// Roving focus over the timeline's items: one tab stop, arrows move within
// a lane (in time order) and between lanes (to the item nearest in time).
// Works on the model, not the DOM, so it reaches items scrolled out of view.

export interface NavItem {
  id: string;
  t: number;
}

export type NavMove = 'left' | 'right' | 'up' | 'down' | 'home' | 'end';

function nearest(items: readonly NavItem[], t: number): NavItem | null {
  let best: NavItem | null = null;
  for (const item of items) {
    if (best === null || Math.abs(item.t - t) < Math.abs(best.t - t)) best = item;
  }
  return best;
}

/**
 * The item focus moves to, or null when there is nowhere to go. With no
 * current item (or one that vanished), the item nearest `fallbackT` in the
 * first non-empty lane.
 */
export function moveFocus(
  lanes: readonly (readonly NavItem[])[],
  current: string | null,
  move: NavMove,
  fallbackT: number,
): string | null {
  let laneIndex = -1;
  let itemIndex = -1;
  if (current !== null) {
    for (let l = 0; l < lanes.length && laneIndex < 0; l++) {
      const i = lanes[l].findIndex((item) => item.id === current);
      if (i >= 0) {
        laneIndex = l;
        itemIndex = i;
      }
    }
  }
  if (laneIndex < 0) {
    const lane = lanes.find((l) => l.length > 0);
    return lane ? (nearest(lane, fallbackT)?.id ?? null) : null;
  }
  const lane = lanes[laneIndex];
  const here = lane[itemIndex];
  switch (move) {
    case 'left':
      return itemIndex > 0 ? lane[itemIndex - 1].id : null;
    case 'right':
      return itemIndex + 1 < lane.length ? lane[itemIndex + 1].id : null;
    case 'home':
      return lane[0].id;
    case 'end':
      return lane[lane.length - 1].id;
    case 'up':
    case 'down': {
      const step = move === 'up' ? -1 : 1;
      for (let l = laneIndex + step; l >= 0 && l < lanes.length; l += step) {
        const target = nearest(lanes[l], here.t);
        if (target) return target.id;
      }
      return null;
    }
  }
}

/** Items in time order, ties in the order given (milestones before the warnings about them). */
export function byTime(items: NavItem[]): NavItem[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.t - b.item.t || a.i - b.i)
    .map(({ item }) => item);
}

/**
 * The lanes and rows on screen, top to bottom, as navigation lanes: each
 * release lane's items (warnings grouped as drawn at `msPerPx`), then each
 * advisory row's. Compact lanes draw no warnings: they are reached through
 * their advisories instead.
 */
export function navLanes(
  lanes: readonly ReleaseLane[],
  compact: boolean,
  rowCount: number,
  targets: Targets,
  msPerPx: number,
): NavItem[][] {
  const result: NavItem[][] = lanes.map((lane) =>
    targets
      .laneItems(lane, msPerPx)
      .filter(
        (item) => !compact || lane.marks.some((m) => m.id === item.id && m.kind === 'release'),
      ),
  );
  for (let r = 0; r < rowCount; r++) result.push(targets.rowItems(r));
  return result;
}
