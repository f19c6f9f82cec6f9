import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlannerError } from '../errors/result';
import type { Advisory } from '../domain/advisory';
import { WorkingCalendar } from '../planning/calendar';
import { dayNumber, instantAt, isoDateOf } from '../planning/days';
import { makeAdvisory, makeRelease, makeSettings } from '../testing/planData';
import { milestonesFromTemplate, XEN_416_TEMPLATE } from '../planning/templates';
import { forecastResult, forecastRelease, prepareForecast } from './forecast';
import type { FutureOutcome } from './simulate';
import { syntheticPlan } from '../testing/syntheticHistory';

const TODAY = '2024-06-04';
const today = dayNumber(TODAY);
const calendar = new WorkingCalendar(makeSettings());

/** Release 2.0 with the Xen 4.16 freezes, planned `days` from today. */
function planned(days: number, blockers: Parameters<typeof makeRelease>[2] = {}) {
  const date = isoDateOf(calendar.nextReleaseDay(today + days));
  return makeRelease(
    '2.0',
    milestonesFromTemplate(XEN_416_TEMPLATE, date).map((m) => ({
      kind: m.kind,
      planned: m.planned,
    })),
    blockers,
  );
}

function embargo(key: string, day: number, extra: Partial<Advisory> = {}): Advisory {
  return {
    ...makeAdvisory(key, instantAt(day, '12:00'), {
      affects: ['2.0'],
      predisclosureAt: instantAt(day - 12, '12:00'),
    }),
    ...extra,
  };
}

function observed(
  plan: ReturnType<typeof syntheticPlan>,
  options: Parameters<typeof forecastRelease>[3] = {},
) {
  const futures: FutureOutcome[] = [];
  const result = forecastRelease(plan, '2.0', TODAY, {
    runs: 300,
    ...options,
    observe: (f) => futures.push(f),
  });
  return { result, futures };
}

describe('the policies, future by future', () => {
  it('cut-off never takes a fix lifting inside its window, and defers every one that does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 120 }),
        fc.integer({ min: 0, max: 8 }),
        fc.array(fc.integer({ min: 0, max: 140 }), { maxLength: 6 }),
        (days, weeks, lifts) => {
          const plan = syntheticPlan(today, planned(days), {
            advisories: lifts.map((d, i) => embargo(`XSA-${9000 + i}`, today + d)),
          });
          const { result, futures } = observed(plan, { cutoffWeeks: weeks, runs: 60 });
          const cutoff = dayNumber(result.cutoffDate);
          expect(cutoff).toBe(dayNumber(result.releaseDate) - 7 * weeks);
          for (const future of futures) {
            const { taken, deferred } = future.policies.cutoff;
            expect(taken.every((day) => day < cutoff)).toBe(true);
            expect(deferred.every((day) => day >= cutoff)).toBe(true);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('ship-and-point never moves the date, whatever the embargoes do', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 120 }),
        fc.array(fc.integer({ min: 0, max: 140 }), { maxLength: 6 }),
        (days, lifts) => {
          const plan = syntheticPlan(today, planned(days), {
            advisories: lifts.map((d, i) => embargo(`XSA-${9000 + i}`, today + d)),
          });
          const { result, futures } = observed(plan, { runs: 60 });
          const date = dayNumber(result.releaseDate);
          const ship = result.policies.find((p) => p.policy === 'ship')!;
          expect([ship.p10, ship.p50, ship.p90]).toEqual([
            result.releaseDate,
            result.releaseDate,
            result.releaseDate,
          ]);
          expect(ship.onTimeShare).toBe(1);
          for (const future of futures) {
            expect(future.policies.ship.release).toBe(date);
            // What it took is in with the buffer (2 working days: the setting).
            for (const day of future.policies.ship.taken)
              expect(calendar.workingDaysBetween(day, date)).toBeGreaterThanOrEqual(2);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('waiting takes every fix known before it ships, with the buffer after each', () => {
    const plan = syntheticPlan(today, planned(30), {
      advisories: [embargo('XSA-9000', today + 28), embargo('XSA-9001', today + 45)],
    });
    const { futures } = observed(plan);
    for (const future of futures) {
      const wait = future.policies.wait;
      expect(wait.deferred).toEqual([]);
      expect(wait.taken).toEqual(expect.arrayContaining([today + 28, today + 45]));
      for (const day of wait.taken)
        expect(calendar.workingDaysBetween(day, wait.release)).toBeGreaterThanOrEqual(2);
      expect(future.policies.branch.release).toBe(wait.release);
    }
  });

  it('moves every policy, ship too, past an open blocker expected after the date', () => {
    const release = planned(20, {
      blockers: [{ title: 'Push gate red', openedOn: TODAY, expectedOn: isoDateOf(today + 40) }],
    });
    const result = forecastRelease(syntheticPlan(today, release), '2.0', TODAY, { runs: 200 });
    for (const policy of result.policies) expect(dayNumber(policy.p10)).toBeGreaterThan(today + 40);
  });
});

describe('a forecast', () => {
  const plan = syntheticPlan(today, planned(30), {
    advisories: [embargo('XSA-9000', today + 27), embargo('XSA-9001', today + 40)],
  });

  it('is the same for the same seed, however its futures are split into steps', () => {
    const whole = forecastRelease(plan, '2.0', TODAY, { runs: 2000, seed: 42 });
    const prepared = prepareForecast(plan, '2.0', TODAY, { runs: 2000, seed: 42 });
    while (prepared.engine.step(333) > 0);
    const stepped = forecastResult(prepared);
    expect(stepped.policies).toEqual(whole.policies);
    const other = forecastRelease(plan, '2.0', TODAY, { runs: 2000, seed: 43 });
    expect(other.policies).not.toEqual(whole.policies);
  });

  it('reports dates in order, counts of advisories per release and master closed per policy', () => {
    const result = forecastRelease(plan, '2.0', TODAY, { runs: 2000 });
    expect(result.policies.map((p) => p.policy)).toEqual(['wait', 'cutoff', 'ship', 'branch']);
    for (const p of result.policies) {
      expect(p.p10 <= p.p50 && p.p50 <= p.p90).toBe(true);
      expect(p.p10 >= result.releaseDate).toBe(true);
      expect(p.fan).toHaveLength(7);
      expect(p.histogram.counts.reduce((a, b) => a + b, 0)).toBe(2000);
    }
    const [wait, cutoff, ship, branch] = result.policies;
    // XSA-9001 lifts after the date: waiting takes it, shipping defers it.
    expect(wait.advisoriesInX0).toBeGreaterThanOrEqual(2);
    expect(wait.advisoriesInX1).toBe(0);
    expect(wait.pointReleasesIn3Months).toBe(0);
    expect(ship.advisoriesInX1).toBeGreaterThanOrEqual(1);
    expect(ship.pointReleasesIn3Months).toBeGreaterThanOrEqual(1);
    // Three weeks' cut-off: both lift inside it.
    expect(cutoff.advisoriesInX1).toBeGreaterThanOrEqual(2);
    // The hard code freeze is 18 days before the release, the branch 14:
    // on the date master stays closed 4 days; branching at the freeze, none.
    expect(ship.masterClosedDays).toEqual({ p50: 4, p90: 4 });
    expect(branch.masterClosedDays).toEqual({ p50: 0, p90: 0 });
    expect(wait.masterClosedDays!.p90).toBeGreaterThan(4);
    expect([branch.p10, branch.p50, branch.p90]).toEqual([wait.p10, wait.p50, wait.p90]);
  });

  it('counts an overdue release from the first day it can still ship', () => {
    const late = makeRelease('2.0', [
      { kind: 'hard-code-freeze', planned: '2024-05-01' },
      { kind: 'release', planned: '2024-05-21' },
    ]);
    const result = forecastRelease(syntheticPlan(today, late), '2.0', TODAY, { runs: 200 });
    expect(result.overdue).toBe(true);
    expect(result.plannedDate).toBe('2024-05-21');
    expect(result.releaseDate).toBe(TODAY);
    for (const p of result.policies) expect(p.p10 >= TODAY).toBe(true);
  });

  it('refuses what it cannot forecast, naming the field', () => {
    const refuse = (run: () => unknown, code: string, message: RegExp) => {
      try {
        run();
        expect.unreachable('no error');
      } catch (error) {
        expect(error).toBeInstanceOf(PlannerError);
        expect((error as PlannerError).code).toBe(code);
        expect((error as PlannerError).message).toMatch(message);
      }
    };
    refuse(
      () => forecastRelease(plan, '9.9', TODAY),
      'not_found',
      /^release: no release named 9.9/,
    );
    const released = syntheticPlan(today, planned(30));
    refuse(() => forecastRelease(released, '1.1', TODAY), 'invalid_input', /already released/);
    const undated = syntheticPlan(today, makeRelease('2.0', { 'hard-code-freeze': TODAY }));
    refuse(() => forecastRelease(undated, '2.0', TODAY), 'invalid_input', /no release date/);
    refuse(() => forecastRelease(plan, '2.0', TODAY, { runs: 0 }), 'invalid_input', /^runs:/);
    refuse(
      () => forecastRelease(plan, '2.0', TODAY, { cutoffWeeks: 1.5 }),
      'invalid_input',
      /^cutoffWeeks:/,
    );
    refuse(
      () => forecastRelease(plan, '2.0', TODAY, { followUpShare: 2 }),
      'invalid_input',
      /^followUpShare:/,
    );
    refuse(() => forecastRelease(plan, '2.0', '2024-02-30'), 'invalid_input', /^today:/);
  });
});
