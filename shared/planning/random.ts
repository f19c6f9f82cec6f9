// A small seeded generator: the same inputs give the same forecast on every
// machine and every run, so a figure in a suggestion never flickers between
// recomputes and a test can pin it.

/** mulberry32: 32 bits of state, uniform floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An exponential waiting time at `rate` per unit; Infinity when the rate is 0. */
export function exponential(random: () => number, rate: number): number {
  return rate > 0 ? -Math.log(1 - random()) / rate : Infinity;
}

/** The q-quantile (0..1) of values sorted ascending, by the nearest-rank rule. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}
