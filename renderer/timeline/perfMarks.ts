// User Timing marks for the UI benchmark (bench/ui) and for anyone profiling
// in DevTools: when the timeline first showed the plan, and when its
// findings followed. Set once per page load; they cost nothing after.

const done = new Set<string>();

/**
 * Marks `name` now, and `${name}:painted` once the frame that shows it has
 * been painted. True the first time only.
 */
export function markOnce(name: string): boolean {
  if (done.has(name) || typeof performance === 'undefined') return false;
  done.add(name);
  performance.mark(name);
  requestAnimationFrame(() => setTimeout(() => performance.mark(`${name}:painted`), 0));
  return true;
}

/**
 * Marks 'plan-in-store' when the first non-empty plan reaches the store:
 * from there to 'timeline-first-render:painted' is rendering, apart from
 * fetching and parsing. Subscribed at import, before any plan can arrive.
 */
export function markPlanArrival(
  subscribe: (listener: () => void) => () => void,
  hasPlan: () => boolean,
) {
  const unsubscribe = subscribe(() => {
    if (!hasPlan()) return;
    unsubscribe();
    markOnce('plan-in-store');
  });
}
