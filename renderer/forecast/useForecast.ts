import { useEffect, useState } from 'react';
import { DEFAULT_RUNS, type ForecastResult } from '../../shared/forecast/forecast';
import { runInSteps, type ForecastEvent, type ForecastRequest } from './forecastJob';
import type { WorkerMessage } from './forecast.worker';

// Runs the forecast for the view: in a Web Worker, so that 10,000 futures
// (or a million) never hold up the page; where a worker cannot start, in
// steps on the page itself. A new request (an edit to the plan, another
// option) cancels the one running. Short pauses in typing are waited out.

export type ForecastState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; previous: ForecastResult | null }
  | { status: 'done'; result: ForecastResult; ms: number; where: 'worker' | 'page' }
  | { status: 'failed'; message: string; previous: ForecastResult | null };

const DEBOUNCE_MS = 120;

type Listener = (event: ForecastEvent & { id: number }) => void;

interface Runner {
  where: 'worker' | 'page';
  run(id: number, request: ForecastRequest, listener: Listener): void;
  cancel(id: number): void;
}

function workerRunner(): Runner | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./forecast.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  let listener: Listener | null = null;
  let pending: { id: number; request: ForecastRequest } | null = null;
  // A worker that cannot load (a policy, a packaging fault) reports it only
  // as an error event: from then on the page runs forecasts itself, starting
  // with the one that was waiting.
  let fallback: Runner | null = null;
  worker.onmessage = (event: MessageEvent<ForecastEvent & { id: number }>) =>
    listener?.(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    fallback ??= pageRunner();
    if (pending && listener) fallback.run(pending.id, pending.request, listener);
  };
  return {
    get where() {
      return fallback ? 'page' : 'worker';
    },
    run(id, request, onEvent) {
      listener = onEvent;
      pending = { id, request };
      if (fallback) fallback.run(id, request, onEvent);
      else worker.postMessage({ type: 'run', id, request } satisfies WorkerMessage);
    },
    cancel(id) {
      if (fallback) fallback.cancel(id);
      else worker.postMessage({ type: 'cancel', id } satisfies WorkerMessage);
    },
  };
}

function pageRunner(): Runner {
  let current = 0;
  return {
    where: 'page',
    run(id, request, onEvent) {
      current = id;
      runInSteps(
        request,
        (event) => onEvent({ ...event, id }),
        () => current !== id,
        (next) => setTimeout(next, 0),
      );
    },
    cancel(id) {
      if (current === id) current = 0;
    },
  };
}

let shared: Runner | null = null;
let nextId = 0;

function runner(): Runner {
  shared ??= workerRunner() ?? pageRunner();
  return shared;
}

interface Outcome {
  request: ForecastRequest;
  state: ForecastState;
  /** The latest result of any request, shown (dimmed) while the next one runs. */
  last: ForecastResult | null;
}

/** The forecast of `request` (null: nothing to forecast), kept up to date as it changes. */
export function useForecast(request: ForecastRequest | null): ForecastState {
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    if (request === null) return;
    const id = ++nextId;
    const run = runner();
    const timer = setTimeout(
      () =>
        run.run(id, request, (event) => {
          if (event.id !== id) return;
          setOutcome((previous) => {
            const last = previous?.last ?? null;
            if (event.type === 'progress')
              return {
                request,
                last,
                state: { status: 'running', done: event.done, total: event.total, previous: last },
              };
            if (event.type === 'result')
              return {
                request,
                last: event.result,
                state: { status: 'done', result: event.result, ms: event.ms, where: run.where },
              };
            return {
              request,
              last,
              state: { status: 'failed', message: event.message, previous: last },
            };
          });
        }),
      DEBOUNCE_MS,
    );
    return () => {
      clearTimeout(timer);
      run.cancel(id);
    };
  }, [request]);

  if (request === null) return { status: 'idle' };
  if (outcome?.request === request) return outcome.state;
  return {
    status: 'running',
    done: 0,
    total: request.options.runs ?? DEFAULT_RUNS,
    previous: outcome?.last ?? null,
  };
}
