/// <reference lib="webworker" />
import type { EngineReply, EngineRequest } from './engineProtocol';
import { runTask } from './engineTasks';

/**
 * The engine off the pane's thread (a dedicated Web Worker, engine-worker.js beside the page):
 * a task and its snapshot in (a check, a fill's preview, rollups), its output out, as plain
 * data. The pane stops a task by ending the worker.
 */
const scope = self as unknown as { onmessage: ((e: MessageEvent<EngineRequest>) => void) | null; postMessage: (reply: EngineReply) => void };

scope.onmessage = (e) => {
  const request = e.data;
  const started = performance.now();
  try {
    const result = runTask(request.kind, request.input as never);
    scope.postMessage({ id: request.id, kind: 'done', result, ms: performance.now() - started });
  } catch (error) {
    scope.postMessage({ id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
