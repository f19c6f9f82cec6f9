import { parentPort, workerData } from 'node:worker_threads';
import { readIcs, type IcsReadOptions } from '../../shared/calendar/icsRead';
import { PlannerError } from '../../shared/errors/result';
import type { IcsWorkerAnswer } from './readIcsInWorker';

// A worker thread that reads one .ics file and answers once: the main
// process's event loop (the window, the loopback server) stays free however
// long ical.js takes, and the worker can be stopped when it takes too long.

const { content, fileName, options } = workerData as {
  content: string;
  fileName: string;
  options: IcsReadOptions;
};

let answer: IcsWorkerAnswer;
try {
  answer = { ok: true, value: readIcs(content, fileName, options) };
} catch (error) {
  answer =
    error instanceof PlannerError
      ? { ok: false, code: error.code, message: error.message }
      : { ok: false, code: 'internal', message: error instanceof Error ? error.name : 'error' };
}
parentPort?.postMessage(answer);
