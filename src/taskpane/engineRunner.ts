import type { CheckProgress } from '../engine';
import type { EngineReply, TaskInput, TaskKind, TaskOutput } from '../worker/engineProtocol';
import { runTask } from '../worker/engineTasks';

/** The worker's script, beside the pane's page (a webpack entry of its own: engine-worker.js). */
export const ENGINE_WORKER_URL = 'engine-worker.js';

/** Work stopped by the user (Cancel): nothing was done. */
export class CheckCancelled extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'CheckCancelled';
  }
}

/** Runs the engine's tasks (a check, a fill, rollups) somewhere: in a worker in the browser, in-line where there is none (tests). */
export interface EngineRunner {
  /** Does a task; `onProgress` hears how far a check is. */
  run<K extends TaskKind>(kind: K, input: TaskInput<K>, signal?: AbortSignal, onProgress?: (progress: CheckProgress) => void): Promise<TaskOutput<K>>;
}

/** Lets the page paint (the progress) before a task takes the thread. */
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The tasks on the calling thread: for tests, and where a worker cannot be started. */
export const inlineRunner: EngineRunner = {
  async run(kind, input, signal, onProgress) {
    if (signal?.aborted) throw new CheckCancelled();
    await nextFrame();
    if (signal?.aborted) throw new CheckCancelled();
    const output = runTask(kind, input, onProgress);
    if (signal?.aborted) throw new CheckCancelled();
    return output;
  },
};

interface Pending {
  readonly message: { readonly id: number; readonly kind: TaskKind; readonly input: unknown };
  readonly resolve: (output: never) => void;
  readonly reject: (error: Error) => void;
  readonly signal?: AbortSignal;
  readonly onAbort: () => void;
  readonly onProgress?: (progress: CheckProgress) => void;
}

/**
 * The engine's tasks in a dedicated Web Worker, so the pane keeps painting and answering while
 * the engine runs: the snapshot (plain data) is copied to it, the output copied back. One worker
 * for the pane, started on the first task and kept; tasks wait their turn in it. Cancel ends the
 * worker: the task cancelled is dropped, the others are handed to a new worker. Where no worker
 * can be started, tasks run in-line.
 */
export function workerRunner(url = ENGINE_WORKER_URL, create?: (url: string) => Worker): EngineRunner {
  const make = create ?? ((u: string) => new Worker(u));
  let worker: Worker | undefined;
  let next = 1;
  const pending = new Map<number, Pending>();

  const settle = (id: number) => {
    const p = pending.get(id);
    pending.delete(id);
    p?.signal?.removeEventListener('abort', p.onAbort);
    return p;
  };

  const start = (): Worker => {
    const w = make(url);
    w.addEventListener('message', (e: MessageEvent<EngineReply>) => {
      if (e.data.kind === 'progress') return pending.get(e.data.id)?.onProgress?.(e.data.progress);
      const p = settle(e.data.id);
      if (!p) return;
      if (e.data.kind === 'done') p.resolve(e.data.result as never);
      else p.reject(new Error(e.data.message));
    });
    w.addEventListener('error', (e: ErrorEvent) => {
      e.preventDefault?.();
      if (worker === w) worker = undefined;
      w.terminate();
      for (const id of [...pending.keys()]) settle(id)?.reject(new Error(e.message || 'The engine stopped.'));
    });
    return w;
  };

  /** Ends the worker under a cancelled task; the tasks still waiting go to a new one. */
  const restart = () => {
    worker?.terminate();
    worker = pending.size > 0 ? start() : undefined;
    for (const p of pending.values()) worker!.postMessage(p.message);
  };

  return {
    run(kind, input, signal, onProgress) {
      if (!create && typeof Worker === 'undefined') return inlineRunner.run(kind, input, signal, onProgress);
      if (signal?.aborted) return Promise.reject(new CheckCancelled());
      try {
        worker ??= start();
      } catch {
        return inlineRunner.run(kind, input, signal, onProgress);
      }
      const id = next++;
      return new Promise<TaskOutput<typeof kind>>((resolve, reject) => {
        const onAbort = () => {
          if (!settle(id)) return;
          reject(new CheckCancelled());
          restart();
        };
        const message = { id, kind, input };
        pending.set(id, { message, resolve: resolve as (output: never) => void, reject, signal, onAbort, onProgress });
        signal?.addEventListener('abort', onAbort);
        worker!.postMessage(message);
      });
    },
  };
}
