import type { ContentPlan, HighlightPlan, WorkbookSnapshot } from '../engine';

/** What to read: the whole workbook, or the sheet the user is on. */
export type CheckScope = 'workbook' | 'active-sheet';

/** Why a host could not read or write, as a code the pane words for the user. */
export type HostProblemCode = 'cell-edit-mode' | 'payload-too-large' | 'sheet-protected' | 'api-not-supported' | 'not-found' | 'not-a-workbook' | 'file-too-large' | 'unknown';

/** A snapshot and the sheets it holds (the active sheet for a "check this sheet"). */
export interface ReadResult {
  readonly snapshot: WorkbookSnapshot;
  /** Only these sheets are checked; all when missing. */
  readonly sheets?: readonly string[];
}

/** How to read. */
export interface SnapshotOptions {
  /**
   * For 'active-sheet': the whole workbook is read, and `sheets` names the sheet the user is on
   * (its tables are then numbered as in the workbook: T3 stays T3).
   */
  readonly wholeWorkbook?: boolean;
}

/**
 * What a content plan changed, as plain JSON, so that it can be undone after the pane was closed
 * and opened again: the sheets it added (deleted on revert) and, for every edited cell, what it
 * held before (value or formula, number format, font, fill, alignment).
 */
export interface ContentRecord {
  readonly version: 1;
  readonly id: string;
  readonly title: string;
  readonly addedSheets: readonly string[];
  readonly cells: readonly PreviousCell[];
}

/** An edited cell as it was. */
export interface PreviousCell {
  readonly sheet: string;
  readonly cell: string;
  /** Formula text when the cell had one, else its value ('' for empty). */
  readonly formula: string | number | boolean;
  readonly numberFormat: string;
  readonly font: { readonly bold: boolean; readonly italic: boolean; readonly color: string | null };
  readonly fill: { readonly color: string | null; readonly pattern: string | null; readonly patternColor: string | null; readonly tintAndShade: number | null };
  readonly alignment: { readonly horizontal: string | null; readonly indent: number; readonly wrap: boolean };
  /** Each edge's border (EdgeTop, EdgeBottom, EdgeLeft, EdgeRight). */
  readonly borders: Readonly<Record<string, { readonly style: string; readonly weight: string | null; readonly color: string | null }>>;
  /** The standalone host's own copy of the cell (ExcelJS value and style), to put back exactly. */
  readonly raw?: { readonly value: unknown; readonly style: unknown };
}

/**
 * Everything the task pane needs from a workbook. The Office adapter (src/office) and the
 * standalone in-memory host (src/standalone) implement it; components never call Excel.
 * Errors are thrown as objects with a `code` (HostProblemCode) and a message.
 */
export interface WorkbookHost {
  /** The language Office (or the browser) shows its own interface in, as a tag (`ru-RU`). */
  readonly displayLanguage: string;
  readSnapshot(scope: CheckScope, options?: SnapshotOptions): Promise<ReadResult>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Marks the plan's cells; a highlight already there is cleared first. The record is kept in the document. */
  applyHighlights(plan: HighlightPlan): Promise<void>;
  /** Puts back every cell the last highlight touched, exactly as it was. */
  clearHighlights(): Promise<void>;
  /** Whether the document holds a highlight of ours (also after the pane was closed and opened again). */
  hasHighlights(): Promise<boolean>;
  /** Carries out a content plan in one batch; the returned record (also kept in the document) undoes it. */
  applyContent(plan: ContentPlan): Promise<ContentRecord>;
  revertContent(record: ContentRecord): Promise<void>;
  /** The content records kept in the document, newest last. */
  contentRecords(): Promise<readonly ContentRecord[]>;
}

/** A problem as the pane gets it from a host. */
export interface HostProblem {
  readonly code: HostProblemCode;
  readonly message: string;
}

const CODES: readonly HostProblemCode[] = ['cell-edit-mode', 'payload-too-large', 'sheet-protected', 'api-not-supported', 'not-found', 'not-a-workbook', 'file-too-large', 'unknown'];

/** Any thrown value as a HostProblem: hosts throw objects with a code; anything else is 'unknown'. */
export function asHostProblem(error: unknown): HostProblem {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : typeof (error as { message?: unknown } | null)?.message === 'string' ? (error as { message: string }).message : String(error);
  return { code: CODES.includes(code as HostProblemCode) ? (code as HostProblemCode) : 'unknown', message };
}
