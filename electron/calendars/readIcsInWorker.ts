import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { IcsContent, IcsReadOptions } from '../../shared/calendar/icsRead';
import { PlannerError, type ErrorCode } from '../../shared/errors/result';

/** What the worker sends back: the reading, or why the file was refused. */
export type IcsWorkerAnswer =
  { ok: true; value: IcsContent } | { ok: false; code: ErrorCode; message: string };

export interface WorkerLimits {
  /** Wall-clock time for the whole reading, the worker's start included. */
  timeoutMs: number;
  /** The worker's JavaScript heap: a file that needs more is refused, the process lives on. */
  maxHeapMb: number;
}

/**
 * Beyond the step budget of readIcs, which bounds the expanding: a file that
 * still takes this long, or this much memory, is not a calendar to import.
 */
export const WORKER_LIMITS: WorkerLimits = { timeoutMs: 10_000, maxHeapMb: 1024 };

/**
 * The built worker beside the main bundle (.vite/build/icsWorker.js); from
 * the sources (npm run web, the tests) the TypeScript file, through tsx.
 */
function startWorker(workerData: unknown, maxHeapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb };
  const built = path.join(__dirname, 'icsWorker.js');
  if (fs.existsSync(built)) return new Worker(built, { workerData, resourceLimits });
  const source = path.join(__dirname, 'icsWorker.ts');
  const tsx = createRequire(__filename).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`, {
    eval: true,
    workerData,
    resourceLimits,
  });
}

/**
 * readIcs in a worker thread: the same reading, or the same refusal, without
 * holding up the caller's event loop; refused when it takes longer than the
 * time limit (the worker is stopped) or runs out of its memory.
 */
export function readIcsInWorker(
  content: string,
  fileName: string,
  options: IcsReadOptions,
  limits: WorkerLimits = WORKER_LIMITS,
): Promise<IcsContent> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ content, fileName, options }, limits.maxHeapMb);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const refuse = (message: string) =>
      settle(() => reject(new PlannerError('invalid_input', `${fileName}: ${message}`)));
    const timer = setTimeout(
      () =>
        refuse(`took longer than ${limits.timeoutMs / 1000} s to read; is this the right file?`),
      limits.timeoutMs,
    );
    worker.once('message', (answer: IcsWorkerAnswer) =>
      settle(() =>
        answer.ok
          ? resolve(answer.value)
          : answer.code === 'internal'
            ? reject(new Error(`calendar worker: ${answer.message}`))
            : reject(new PlannerError(answer.code, answer.message)),
      ),
    );
    worker.once('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        refuse(`needs more than ${limits.maxHeapMb} MB to read; is this the right file?`);
      else settle(() => reject(error));
    });
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`calendar worker stopped (${code}) without an answer`))),
    );
  });
}
