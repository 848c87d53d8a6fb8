import type { DetectedTable, Finding, WorkbookSnapshot } from '../engine';

/** What the pane asks the engine's worker: a check of a snapshot (plain data, copied to the worker). */
export interface CheckRequest {
  readonly id: number;
  readonly kind: 'check';
  readonly snapshot: WorkbookSnapshot;
  readonly sheets?: readonly string[];
}

/** What the pane shows of a table: plain data (its relations and outline stay with the engine). */
export type PaneTable = Pick<DetectedTable, 'id' | 'sheet' | 'range' | 'kind' | 'layout' | 'years' | 'sources' | 'unit'>;

/** A table as the pane gets it: only what it shows, copied out of the engine's table. */
export function paneTable(t: PaneTable): PaneTable {
  return { id: t.id, sheet: t.sheet, range: t.range, kind: t.kind, layout: t.layout, years: [...t.years], sources: [...t.sources], unit: t.unit };
}

/** A check's result as it crosses to the pane: plain data (the engine's relationsOf stays behind). */
export interface PlainCheckResult {
  readonly tables: readonly PaneTable[];
  readonly findings: readonly Finding[];
}

export type EngineReply =
  | { readonly id: number; readonly kind: 'done'; readonly result: PlainCheckResult; readonly ms: number }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };
