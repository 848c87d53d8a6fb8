/// <reference lib="webworker" />
import loadHighs from 'highs';
import { highsSolver, type CheckProgress, type HighsLike } from '../engine';
import type { EngineReply, EngineRequest } from './engineProtocol';
import { setEngineSolver } from './engineSolver';
import { runTask } from './engineTasks';

/**
 * The engine off the pane's thread (a dedicated Web Worker, engine-worker.js beside the page):
 * a task and its snapshot in (a check, a fill's preview, rollups), its output out, as plain
 * data, and a check's progress on the way (a stage that changes, else at most every PROGRESS_MS).
 * The pane stops a task by ending the worker.
 */
const PROGRESS_MS = 100;

const scope = self as unknown as { onmessage: ((e: MessageEvent<EngineRequest>) => void) | null; postMessage: (reply: EngineReply) => void; location: { href: string } };

// HiGHS (WebAssembly, highs.wasm beside this script) for corrections of many cells; without it the search alone
const solverReady = loadHighs({ locateFile: (file: string) => new URL(file, scope.location.href).href })
  .then((highs) => setEngineSolver(highsSolver(highs as unknown as HighsLike)))
  .catch(() => setEngineSolver(undefined));

scope.onmessage = async (e) => {
  await solverReady;
  const request = e.data;
  const started = performance.now();
  let posted = 0;
  let stage = '';
  const onProgress = (progress: CheckProgress) => {
    const now = performance.now();
    if (progress.stage === stage && now - posted < PROGRESS_MS) return;
    stage = progress.stage;
    posted = now;
    scope.postMessage({ id: request.id, kind: 'progress', progress });
  };
  try {
    const result = runTask(request.kind, request.input as never, onProgress);
    scope.postMessage({ id: request.id, kind: 'done', result, ms: performance.now() - started });
  } catch (error) {
    scope.postMessage({ id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
