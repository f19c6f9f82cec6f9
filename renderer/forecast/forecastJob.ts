import type { IsoDate } from '../../shared/domain/dates';
import {
  forecastResult,
  prepareForecast,
  type ForecastOptions,
  type ForecastResult,
} from '../../shared/forecast/forecast';
import type { PlanInput } from '../../shared/planning/types';

// One forecast run in steps, so that whoever runs it (the worker, or the
// page itself where workers are not available) can report progress between
// steps and drop it when the plan changes.

/** Futures per step: about 10 ms of work, short enough to stop promptly. */
export const STEP_RUNS = 2500;

export interface ForecastRequest {
  plan: PlanInput;
  release: string;
  today: IsoDate;
  options: ForecastOptions;
}

export type ForecastEvent =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: ForecastResult; ms: number }
  | { type: 'error'; code: string; message: string };

/**
 * Runs `request` a step at a time, handing each step to `schedule` (a
 * timeout, so that messages and input get through in between) and stopping
 * as soon as `cancelled()` says so. Returns nothing: events carry the outcome.
 */
export function runInSteps(
  request: ForecastRequest,
  emit: (event: ForecastEvent) => void,
  cancelled: () => boolean,
  schedule: (next: () => void) => void,
): void {
  const started = performance.now();
  let prepared: ReturnType<typeof prepareForecast>;
  try {
    prepared = prepareForecast(request.plan, request.release, request.today, request.options);
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'internal';
    emit({ type: 'error', code, message: (error as Error).message });
    return;
  }
  const step = () => {
    if (cancelled()) return;
    try {
      prepared.engine.step(STEP_RUNS);
      const done = prepared.engine.runs;
      if (done < prepared.runs) {
        emit({ type: 'progress', done, total: prepared.runs });
        schedule(step);
      } else
        emit({ type: 'result', result: forecastResult(prepared), ms: performance.now() - started });
    } catch (error) {
      emit({ type: 'error', code: 'internal', message: (error as Error).message });
    }
  };
  step();
}
