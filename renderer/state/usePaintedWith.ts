import { useEffect, useState } from 'react';

/**
 * False until a frame has been painted while `ready` was true, then true for
 * good. For work that may follow the first frame (analysing the plan) without
 * holding it back; useDeferredValue does not do that, as React renders the
 * deferred value before the browser paints.
 */
export function usePaintedWith(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer = 0;
    // A timeout from an animation frame runs once that frame has been painted.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
