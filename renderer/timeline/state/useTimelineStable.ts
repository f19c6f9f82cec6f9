import { useCallback, useRef } from 'react';
import { useTimeline } from './timelineStore';

type State = ReturnType<typeof useTimeline.getState>;

/**
 * A value derived from the timeline store that changes only when `same`
 * says so: the scale changes every frame of a pan, but what it shows (the
 * lanes and rows in range) far less often, and only then does the
 * component render again.
 */
export function useTimelineStable<T>(
  select: (state: State) => T,
  same: (a: T, b: T) => boolean,
): T {
  const last = useRef<{ value: T } | null>(null);
  return useTimeline(
    useCallback(
      (state: State) => {
        const next = select(state);
        if (last.current && same(last.current.value, next)) return last.current.value;
        last.current = { value: next };
        return next;
      },
      [select, same],
    ),
  );
}
