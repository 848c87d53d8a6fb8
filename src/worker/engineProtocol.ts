import type { CheckProgress, DetectedTable, FillOptions, FillResult, Finding, Lang, RollupKind, RollupPlan, SkippedRollup, SourceTableSummary, TableCorrection, TemplateSummary, WorkbookSnapshot } from '../engine';

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
  /** Each failing table's correction (missing in results made before corrections existed). */
  readonly corrections?: readonly TableCorrection[];
}

/** A check, with the workbook's table numbers when it was asked for them (a sheet's check over the whole workbook). */
export interface CheckOutcome extends PlainCheckResult {
  /** Every table of the workbook as [place, number] (see tableNumbers), when the request asked to number in the workbook. */
  readonly numbers?: readonly (readonly [string, string])[];
}

/** A funding table as the rollup panel offers it: where it is, and each rollup with why it does not apply, if it does not. */
export interface RollupTable {
  readonly id: string;
  readonly sheet: string;
  /** A1 range. */
  readonly range: string;
  readonly unit: string | null;
  readonly years: readonly number[];
  readonly kinds: readonly { readonly kind: RollupKind; readonly reason?: SkippedRollup['reason'] }[];
}

/** The rollups ticked, by table id. */
export type RollupChoice = Readonly<Record<string, readonly RollupKind[]>>;

/** What the user chose for a fill: the report sheet, the source table ('' lets the engine take the only one), the year as typed, overwrite. */
export interface FillChoice {
  readonly template?: string;
  readonly source: string;
  readonly year: string;
  readonly overwrite: boolean;
}

/** The report forms and indicator tables of a workbook (what the fill panel offers). */
export interface FillLists {
  readonly templates: readonly TemplateSummary[];
  readonly sources: readonly SourceTableSummary[];
}

/**
 * The engine's work the pane hands off, each as its input and its output (plain data both ways,
 * copied to and from the worker).
 */
export interface EngineTasks {
  /** The check of a snapshot, of some of its sheets when `sheets`; `number` numbers their tables as in the whole snapshot. */
  check: { in: { readonly snapshot: WorkbookSnapshot; readonly sheets?: readonly string[]; readonly number?: boolean }; out: CheckOutcome };
  /** The report forms and indicator tables. */
  'fill-lists': { in: { readonly snapshot: WorkbookSnapshot }; out: FillLists };
  /** The lists, the choice kept where it still names something, and the fill it asks for (none without a report form). */
  'fill-preview': { in: { readonly snapshot: WorkbookSnapshot; readonly choice: FillChoice; readonly lang: Lang }; out: FillLists & { readonly choice: FillChoice; readonly result?: FillResult } };
  /** The fill of given options (made again just before writing). */
  'fill-plan': { in: { readonly snapshot: WorkbookSnapshot; readonly options: FillOptions }; out: FillResult };
  /** The funding tables, each with the rollups that apply. */
  'rollup-tables': { in: { readonly snapshot: WorkbookSnapshot }; out: readonly RollupTable[] };
  /** The tables again, and the rollups ticked. */
  'rollup-plan': { in: { readonly snapshot: WorkbookSnapshot; readonly chosen: RollupChoice; readonly lang: Lang }; out: { readonly tables: readonly RollupTable[]; readonly result: RollupPlan } };
}

export type TaskKind = keyof EngineTasks;
export type TaskInput<K extends TaskKind> = EngineTasks[K]['in'];
export type TaskOutput<K extends TaskKind> = EngineTasks[K]['out'];

/** What the pane posts to the engine's worker. */
export type EngineRequest = { [K in TaskKind]: { readonly id: number; readonly kind: K; readonly input: TaskInput<K> } }[TaskKind];

/** What the worker posts back: how far a check is, the output, or why it failed. */
export type EngineReply =
  | { readonly id: number; readonly kind: 'progress'; readonly progress: CheckProgress }
  | { readonly id: number; readonly kind: 'done'; readonly result: unknown; readonly ms: number }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };
