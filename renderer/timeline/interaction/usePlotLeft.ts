import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * Where the plot starts on screen (`labelWidth` right of the scroll box's
 * edge), for turning a pointer's clientX into a place on the plot. Read once
 * per layout change: reading it on every wheel or pointer event would force
 * a layout of the whole SVG each time.
 */
export function usePlotLeft(
  scrollRef: RefObject<HTMLElement | null>,
  labelWidth: number,
  /** The scroll box's width: when it changes, the plot may have moved. */
  width: number,
): () => number {
  const cache = useRef<number | null>(null);
  useEffect(() => {
    cache.current = null;
    const forget = () => (cache.current = null);
    window.addEventListener('resize', forget);
    return () => window.removeEventListener('resize', forget);
  }, [width]);
  return useCallback(() => {
    cache.current ??= (scrollRef.current?.getBoundingClientRect().left ?? 0) + labelWidth;
    return cache.current;
  }, [scrollRef, labelWidth]);
}
