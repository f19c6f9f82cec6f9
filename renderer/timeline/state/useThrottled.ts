import { useEffect, useState } from 'react';
import { useTimeline } from './timelineStore';

type State = ReturnType<typeof useTimeline.getState>;

/**
 * A value derived from the timeline store, updated at most every `ms`: for
 * text beside the timeline (the dates on screen, a count) that need not
 * redraw on every frame of a pan.
 */
export function useThrottledTimeline<T>(select: (state: State) => T, ms = 150): T {
  const [value, setValue] = useState(() => select(useTimeline.getState()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const update = () => {
      timer = null;
      setValue(select(useTimeline.getState()));
    };
    update();
    const unsubscribe = useTimeline.subscribe(() => {
      timer ??= setTimeout(update, ms);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [select, ms]);
  return value;
}
