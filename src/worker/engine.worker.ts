/// <reference lib="webworker" />
import { checkWorkbook } from '../engine';
import { paneTable, type CheckRequest, type EngineReply } from './engineProtocol';

/**
 * The engine off the pane's thread (a dedicated Web Worker, engine-worker.js beside the page):
 * a snapshot in, the check's tables and findings out, as plain data. The pane stops a check by
 * ending the worker.
 */
const scope = self as unknown as { onmessage: ((e: MessageEvent<CheckRequest>) => void) | null; postMessage: (reply: EngineReply) => void };

scope.onmessage = (e) => {
  const request = e.data;
  const started = performance.now();
  try {
    const { tables, findings } = checkWorkbook(request.snapshot, request.sheets ? { sheets: request.sheets } : {});
    scope.postMessage({ id: request.id, kind: 'done', result: { tables: tables.map(paneTable), findings }, ms: performance.now() - started });
  } catch (error) {
    scope.postMessage({ id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
