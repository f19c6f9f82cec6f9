import { describe, expect, it } from 'vitest';
import { dayNumber, isoDateOf } from '../../shared/planning/days';
import { forecastRelease } from '../../shared/forecast/forecast';
import { syntheticPlan } from '../../shared/testing/syntheticHistory';
import { makeRelease } from '../../shared/testing/planData';
import { runInSteps, STEP_RUNS, type ForecastEvent, type ForecastRequest } from './forecastJob';

const TODAY = '2024-06-04';
const plan = syntheticPlan(
  dayNumber(TODAY),
  makeRelease('2.0', {
    'hard-code-freeze': isoDateOf(dayNumber(TODAY) + 40),
    release: isoDateOf(dayNumber(TODAY) + 58),
  }),
);
const request: ForecastRequest = { plan, release: '2.0', today: TODAY, options: { runs: 10_000 } };

/** Runs the job with steps queued by hand, so a test decides when each one runs. */
function stepped(req: ForecastRequest, cancelAfter = Infinity) {
  const events: ForecastEvent[] = [];
  const queue: (() => void)[] = [];
  let steps = 0;
  runInSteps(
    req,
    (event) => events.push(event),
    () => steps > cancelAfter,
    (next) => queue.push(next),
  );
  while (queue.length > 0) {
    steps++;
    queue.shift()!();
  }
  return events;
}

describe('a forecast run in steps', () => {
  it('reports progress between steps and ends with the same result as one run', () => {
    const events = stepped(request);
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.map((e) => e.type === 'progress' && e.done)).toEqual([2500, 5000, 7500]);
    expect(STEP_RUNS).toBe(2500);
    const last = events[events.length - 1];
    expect(last.type).toBe('result');
    if (last.type === 'result')
      expect(last.result.policies).toEqual(
        forecastRelease(plan, '2.0', TODAY, { runs: 10_000 }).policies,
      );
  });

  it('stops at the next step once cancelled, without a result', () => {
    const events = stepped(request, 1);
    expect(events.map((e) => e.type)).toEqual(['progress', 'progress']);
  });

  it('reports a refused request as an error with its code', () => {
    const events = stepped({ ...request, release: 'nope' });
    expect(events).toEqual([
      { type: 'error', code: 'not_found', message: 'release: no release named nope' },
    ]);
  });
});
