import { exponential } from '../planning/random';
import type { ForecastAssumptions } from './assumptions';

// Draws what a future brings, from the learned assumptions: new embargo
// batches arriving as a Poisson process (as the planner's race does), each
// known one pre-disclosure lead before it lifts and as large as a batch the
// history had; and, for each advisory, perhaps a follow-up fix some days
// after its lift. Empirical figures are drawn from, not fitted: the history's
// own spread is the forecast's.

export class ArrivalSampler {
  private readonly rate: number;
  private readonly factors: readonly number[];
  private readonly sizes: readonly number[];
  private readonly share: number;
  private readonly delays: readonly number[];
  readonly leadDays: number;

  constructor(assumptions: ForecastAssumptions) {
    this.rate = assumptions.batchesPerDay;
    this.factors = assumptions.rateFactors;
    this.sizes = assumptions.batchSizes;
    this.share = assumptions.followUps.share;
    this.delays = assumptions.followUps.delayDays;
    this.leadDays = assumptions.leadDays;
  }

  /** The batch rate of one future: the learned rate, as bursty as the history's quarters were. */
  futureRate(random: () => number): number {
    const factors = this.factors;
    return factors.length === 1
      ? this.rate * factors[0]
      : this.rate * factors[Math.floor(random() * factors.length)];
  }

  /** Days until the next new batch becomes known at `rate` (Infinity when none ever comes). */
  gap(random: () => number, rate: number): number {
    return exponential(random, rate);
  }

  /** Advisories in a new batch. */
  batchSize(random: () => number): number {
    const sizes = this.sizes;
    return sizes.length === 1 ? sizes[0] : sizes[Math.floor(random() * sizes.length)];
  }

  /** Whether an advisory needs a follow-up fix. Draws nothing when none ever does. */
  needsFollowUp(random: () => number): boolean {
    return this.share > 0 && random() < this.share;
  }

  /** Days from an advisory's lift to its follow-up fix. */
  followUpDelay(random: () => number): number {
    const delays = this.delays;
    return delays.length === 1 ? delays[0] : delays[Math.floor(random() * delays.length)];
  }
}
