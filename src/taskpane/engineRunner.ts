import { checkWorkbook, type WorkbookSnapshot } from '../engine';
import { paneTable, type EngineReply, type PlainCheckResult } from '../worker/engineProtocol';

/** The worker's script, beside the pane's page (a webpack entry of its own: engine-worker.js). */
export const ENGINE_WORKER_URL = 'engine-worker.js';

/** A check stopped by the user (Cancel): nothing was checked. */
export class CheckCancelled extends Error {
  constructor() {
    super('The check was cancelled.');
    this.name = 'CheckCancelled';
  }
}

/** Runs the engine's check somewhere: in a worker in the browser, in-line where there is none (tests). */
export interface EngineRunner {
  check(snapshot: WorkbookSnapshot, sheets: readonly string[] | undefined, signal?: AbortSignal): Promise<PlainCheckResult>;
}

/** The check on the calling thread: for tests, and where a worker cannot be started. */
export const inlineRunner: EngineRunner = {
  async check(snapshot, sheets, signal) {
    if (signal?.aborted) throw new CheckCancelled();
    const { tables, findings } = checkWorkbook(snapshot, sheets ? { sheets } : {});
    if (signal?.aborted) throw new CheckCancelled();
    return { tables: tables.map(paneTable), findings };
  },
};

/**
 * The check in a dedicated Web Worker, so the pane keeps painting and answering while the engine
 * runs: the snapshot (plain data) is copied to it, the tables and findings copied back. One
 * worker at a time, started on the first check and kept; Cancel ends it (the next check starts
 * another). Where no worker can be started, the check runs in-line.
 */
export function workerRunner(url = ENGINE_WORKER_URL): EngineRunner {
  let worker: Worker | undefined;
  let next = 1;
  return {
    check(snapshot, sheets, signal) {
      if (typeof Worker === 'undefined') return inlineRunner.check(snapshot, sheets, signal);
      if (signal?.aborted) return Promise.reject(new CheckCancelled());
      try {
        worker ??= new Worker(url);
      } catch {
        return inlineRunner.check(snapshot, sheets, signal);
      }
      const w = worker;
      const id = next++;
      return new Promise<PlainCheckResult>((resolve, reject) => {
        const done = () => {
          w.removeEventListener('message', onMessage);
          w.removeEventListener('error', onError);
          signal?.removeEventListener('abort', onAbort);
        };
        const onMessage = (e: MessageEvent<EngineReply>) => {
          if (e.data.id !== id) return;
          done();
          if (e.data.kind === 'done') resolve(e.data.result);
          else reject(new Error(e.data.message));
        };
        const onError = (e: ErrorEvent) => {
          done();
          worker = undefined;
          w.terminate();
          reject(new Error(e.message || 'The engine stopped.'));
        };
        const onAbort = () => {
          done();
          worker = undefined;
          w.terminate();
          reject(new CheckCancelled());
        };
        w.addEventListener('message', onMessage);
        w.addEventListener('error', onError);
        signal?.addEventListener('abort', onAbort);
        w.postMessage({ id, kind: 'check', snapshot, ...(sheets ? { sheets } : {}) });
      });
    },
  };
}
