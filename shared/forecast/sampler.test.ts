import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../planning/calendar';
import { dayNumber } from '../planning/days';
import { seededRandom } from '../planning/random';
import { makeSettings } from '../testing/planData';
import { learnAssumptions } from './assumptions';
import { ArrivalSampler } from './sampler';
import { SYNTHETIC_HABITS, syntheticHistory } from '../testing/syntheticHistory';

const today = dayNumber('2024-06-04');
const settings = makeSettings();
const calendar = new WorkingCalendar(settings);
const habits = SYNTHETIC_HABITS;
const history = syntheticHistory(today, habits);
const assumptions = learnAssumptions(
  history.releases,
  history.advisories,
  settings,
  calendar,
  today,
);

const meanOf = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('what the forecast learns from a synthetic history', () => {
  it('finds the pre-disclosure lead, the batch rate and the follow-up habits it was made with', () => {
    expect(assumptions.leadDays).toBe(habits.leadDays);
    expect(assumptions.evidence.lead.source).toBe('history');
    // About 29 batches in the last year: a Poisson count, so within 30%.
    expect(assumptions.batchesPerDay).toBeGreaterThan(habits.batchesPerDay * 0.7);
    expect(assumptions.batchesPerDay).toBeLessThan(habits.batchesPerDay * 1.3);
    expect(assumptions.followUps.shareSource).toBe('history');
    expect(assumptions.followUps.share).toBeGreaterThan(habits.followUpShare - 0.06);
    expect(assumptions.followUps.share).toBeLessThan(habits.followUpShare + 0.06);
    expect(new Set(assumptions.followUps.delayDays)).toEqual(new Set([habits.followUpDays]));
    // Two batches on one day read as one: the learned mean may run a little high.
    expect(meanOf(assumptions.batchSizes)).toBeGreaterThan(meanOf(habits.sizes) * 0.8);
    expect(meanOf(assumptions.batchSizes)).toBeLessThan(meanOf(habits.sizes) * 1.25);
  });

  it('measures how bursty batches were, quarter by quarter, around a mean of 1', () => {
    expect(assumptions.rateFactors).toHaveLength(12);
    expect(meanOf(assumptions.rateFactors)).toBeCloseTo(1, 6);
    expect(Math.min(...assumptions.rateFactors)).toBeLessThan(1);
  });

  it('says when there is nothing to learn from instead of inventing it', () => {
    const empty = learnAssumptions([], [], settings, calendar, today);
    expect(empty.batchesPerDay).toBe(0);
    expect(empty.rateFactors).toEqual([1]);
    expect(empty.followUps).toMatchObject({ share: 0, shareSource: 'none' });
    expect(empty.otherDelays).toMatchObject({ days: [0], source: 'none' });
    expect(empty.evidence.lead.source).toBe('settings');
  });

  it('takes follow-up figures given for the run over the history', () => {
    const given = learnAssumptions([], [], settings, calendar, today, {
      followUpShare: 0.5,
      followUpDelayDays: 4,
    });
    expect(given.followUps).toMatchObject({
      share: 0.5,
      shareSource: 'option',
      delayDays: [4],
      delaySource: 'option',
    });
  });
});

describe('the arrival sampler', () => {
  // Long runs, so the sampling error is small next to the tolerance.
  const random = seededRandom(2024);
  const sampler = new ArrivalSampler(assumptions);

  it('draws batches at the learned rate, bursts included', () => {
    let batches = 0;
    let days = 0;
    for (let future = 0; future < 2000; future++) {
      const rate = sampler.futureRate(random);
      for (let t = sampler.gap(random, rate); t < 365; t += sampler.gap(random, rate)) batches++;
      days += 365;
    }
    expect(batches / days).toBeGreaterThan(assumptions.batchesPerDay * 0.95);
    expect(batches / days).toBeLessThan(assumptions.batchesPerDay * 1.05);
  });

  it('draws batch sizes with the history’s mean, and follow-ups at its share and delay', () => {
    const sizes = Array.from({ length: 50_000 }, () => sampler.batchSize(random));
    expect(meanOf(sizes)).toBeGreaterThan(meanOf(assumptions.batchSizes) * 0.97);
    expect(meanOf(sizes)).toBeLessThan(meanOf(assumptions.batchSizes) * 1.03);
    const needs = Array.from({ length: 50_000 }, () => sampler.needsFollowUp(random));
    const share = needs.filter(Boolean).length / needs.length;
    expect(Math.abs(share - assumptions.followUps.share)).toBeLessThan(0.01);
    expect(sampler.followUpDelay(random)).toBe(habits.followUpDays);
    expect(sampler.leadDays).toBe(habits.leadDays);
  });

  it('draws no batch at all when the history has none', () => {
    const none = new ArrivalSampler(learnAssumptions([], [], settings, calendar, today));
    expect(none.gap(random, none.futureRate(random))).toBe(Infinity);
    expect(none.needsFollowUp(random)).toBe(false);
  });
});
