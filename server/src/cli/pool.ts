// Linting many files in parallel: worker threads each running `runTask` on chunks of files.
// Results come back in task order whatever the order they finish in, so output stays sorted.

import { Worker } from 'node:worker_threads';
import { runTask, type FileTask, type TaskResult } from './lint-file.js';

export const WORKER_FLAG = 'redisLintWorker';

interface Request {
  readonly id: number;
  readonly tasks: readonly FileTask[];
}
interface Response {
  readonly id: number;
  readonly results: readonly TaskResult[];
}

export interface PoolOptions {
  /** Worker threads to use; 1 runs everything in this thread. */
  readonly jobs: number;
  /** The script a worker runs (the CLI bundle); without one, everything runs in this thread. */
  readonly workerScript?: string;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Below this many files, starting workers costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 16;

function runSafely(task: FileTask): TaskResult {
  try {
    return runTask(task);
  } catch (error) {
    return { error: `${task.path}: internal error: ${(error as Error).message}`, internal: true };
  }
}

export async function runTasks(tasks: readonly FileTask[], options: PoolOptions): Promise<TaskResult[]> {
  const jobs = Math.min(options.jobs, Math.ceil(tasks.length / 4));
  if (jobs <= 1 || !options.workerScript || tasks.length < MIN_FILES_FOR_WORKERS) {
    const results: TaskResult[] = [];
    for (const task of tasks) {
      results.push(runSafely(task));
      options.onProgress?.(results.length, tasks.length);
    }
    return results;
  }

  const results: TaskResult[] = new Array(tasks.length);
  const chunk = Math.max(1, Math.min(32, Math.ceil(tasks.length / (jobs * 8))));
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker) => {
        if (next >= tasks.length) {
          if (done === tasks.length) resolve();
          return;
        }
        const id = next;
        const slice = tasks.slice(next, next + chunk);
        next += slice.length;
        worker.postMessage({ id, tasks: slice } satisfies Request);
      };
      for (let i = 0; i < jobs; i++) {
        const worker = new Worker(options.workerScript as string, { workerData: { [WORKER_FLAG]: true } });
        workers.push(worker);
        worker.on('message', (message: Response) => {
          message.results.forEach((result, i) => {
            results[message.id + i] = result;
          });
          done += message.results.length;
          options.onProgress?.(done, tasks.length);
          if (done === tasks.length) resolve();
          else feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (done < tasks.length) reject(new Error(`a worker thread stopped (exit code ${code}) before finishing`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/** The worker side: answers each request with the results of its tasks. */
export function serveWorker(port: { on(event: 'message', listener: (message: Request) => void): void; postMessage(message: Response): void }): void {
  port.on('message', (request) => {
    port.postMessage({ id: request.id, results: request.tasks.map(runSafely) });
  });
}
