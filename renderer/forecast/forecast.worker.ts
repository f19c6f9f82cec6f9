import { runInSteps, type ForecastEvent, type ForecastRequest } from './forecastJob';

// The forecast off the UI thread. One worker serves the view for as long as
// it is open; each request has an id, and a newer request (or a cancel)
// makes the running one stop at its next step.

export type WorkerMessage =
  { type: 'run'; id: number; request: ForecastRequest } | { type: 'cancel'; id: number };

interface WorkerScope {
  postMessage(message: ForecastEvent & { id: number }): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
}

const scope = self as unknown as WorkerScope;
let current = 0;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'cancel') {
    if (message.id === current) current = 0;
    return;
  }
  const id = message.id;
  current = id;
  runInSteps(
    message.request,
    (result) => scope.postMessage({ ...result, id }),
    () => current !== id,
    (next) => setTimeout(next, 0),
  );
};
