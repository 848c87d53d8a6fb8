import type { EngineReply, EngineRequest } from '../../src/worker/engineProtocol';
import { runTask } from '../../src/worker/engineTasks';

/**
 * A stand-in for engine-worker.js where there are no workers (jest): each request is copied as
 * postMessage copies it (structured clone), done by the worker's own runTask on a later turn, and
 * the reply copied back. `hold` (or `holdNew`, for workers still to be started) keeps requests
 * waiting until `release`; `terminated` tells
 * whether the pane ended it.
 */
export class FakeEngineWorker {
  static made: FakeEngineWorker[] = [];
  /** New workers hold their requests from the start. */
  static holdNew = false;
  readonly received: EngineRequest[] = [];
  terminated = false;
  hold = FakeEngineWorker.holdNew;
  private waiting: EngineRequest[] = [];
  private listeners = new Map<string, Set<(e: unknown) => void>>();

  constructor(readonly url: string) {
    FakeEngineWorker.made.push(this);
  }

  addEventListener(type: string, listener: (e: unknown) => void): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }

  removeEventListener(type: string, listener: (e: unknown) => void): void {
    this.listeners.get(type)?.delete(listener);
  }

  postMessage(message: EngineRequest): void {
    const request = copy(message);
    this.received.push(request);
    if (this.hold) this.waiting.push(request);
    else setTimeout(() => this.answer(request), 0);
  }

  /** Answers the requests held back. */
  release(): void {
    this.hold = false;
    for (const r of this.waiting.splice(0)) setTimeout(() => this.answer(r), 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  private answer(request: EngineRequest): void {
    if (this.terminated) return;
    let reply: EngineReply;
    const post = (message: EngineReply) => {
      const data = copy(message);
      for (const l of this.listeners.get('message') ?? []) l({ data });
    };
    try {
      // every step of a check's progress is posted (the worker posts them at most every 100 ms)
      reply = { id: request.id, kind: 'done', result: runTask(request.kind, request.input as never, (progress) => post({ id: request.id, kind: 'progress', progress })), ms: 0 };
    } catch (error) {
      reply = { id: request.id, kind: 'failed', message: (error as Error).message };
    }
    post(reply);
  }
}

/** What postMessage does to data (jsdom has no structuredClone: JSON there, which is stricter). */
function copy<T>(value: T): T {
  const clone = (globalThis as { structuredClone?: <V>(v: V) => V }).structuredClone;
  return clone ? clone(value) : (JSON.parse(JSON.stringify(value)) as T);
}

/** A workerRunner's way of starting a worker, over fakes. */
export const fakeWorkers = (url: string) => new FakeEngineWorker(url) as unknown as Worker;
