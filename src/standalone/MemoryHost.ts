import ExcelJS from 'exceljs';
import { applyContentPlan } from '../cli/applyPlan';
import { boundExcelJsMerges } from '../cli/exceljsMerges';
import { sheetSnapshot } from '../cli/workbookSnapshot';
import { DEFAULT_LIMITS, formatBytes, type ReadLimits } from '../cli/limits';
import { directoryProblemText, zipDirectoryProblem } from '../cli/zipDirectory';
import { loadXlsx, OpenCancelled, type OpenProgress } from './loadXlsx';
import type { ContentPlan, HighlightPlan, SheetSnapshot } from '../engine';
import type { CheckScope, ContentRecord, HostProblemCode, PreviousCell, SnapshotOptions, ReadResult, WorkbookHost } from '../taskpane/WorkbookHost';

/** About this long at most between two chances for the page to paint while reading the workbook (ms). */
const READ_SLICE_MS = 50;

/** A problem of the in-memory workbook, with the code the pane words. */
export class MemoryHostProblem extends Error {
  constructor(
    readonly code: HostProblemCode,
    message: string,
  ) {
    super(message);
  }
}

/** A highlighted cell as it was: its whole style and its note (ExcelJS models, plain JSON). */
interface MemoryTouched {
  readonly sheet: string;
  readonly cell: string;
  readonly style: unknown;
  readonly note: unknown;
}

export interface Selection {
  readonly sheet: string;
  readonly cell: string;
}

const json = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** ExcelJS keeps a cell's note as `_comment`; it has no public way to remove one. */
type WithComment = { _comment?: { model?: unknown } };

/**
 * The task pane's workbook without Office: an ExcelJS workbook in memory (read from an .xlsx),
 * for the standalone demo page and for tests. It does what the Office adapter does, on the
 * workbook model: highlights set the fill and add a note where the cell has none, and clearing
 * puts back each cell's own style and note; content plans are carried out by the CLI's applier
 * after the cells they edit are recorded. Listeners hear of every change (the page redraws).
 */
export class MemoryHost implements WorkbookHost {
  readonly displayLanguage: string;
  private highlight: MemoryTouched[] | undefined;
  private records: ContentRecord[] = [];
  private listeners = new Set<() => void>();
  activeSheet: string;
  selection: Selection | undefined;

  constructor(
    readonly workbook: ExcelJS.Workbook,
    displayLanguage = 'en-US',
  ) {
    this.displayLanguage = displayLanguage;
    const first = workbook.worksheets[workbook.views?.[0]?.activeTab ?? 0] ?? workbook.worksheets[0];
    this.activeSheet = first?.name ?? '';
  }

  /**
   * Opens an .xlsx; `onProgress` hears how far the reading is, `signal` stops it between sheets
   * (OpenCancelled). Refused (`file-too-large`, the limit hit in the message) past the command
   * line's default limits, checked on the archive's directory before ExcelJS reads it: the file's
   * size, the number of its parts, each part's and all parts' declared sizes.
   */
  static async fromXlsx(
    data: ArrayBuffer | Uint8Array,
    displayLanguage?: string,
    onProgress?: (progress: OpenProgress) => void,
    signal?: AbortSignal,
    limits: ReadLimits = DEFAULT_LIMITS,
  ): Promise<MemoryHost> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    if (bytes.byteLength > limits.fileBytes) throw new MemoryHostProblem('file-too-large', `the file is larger than ${formatBytes(limits.fileBytes)}`);
    const problem = zipDirectoryProblem(bytes, limits);
    if (problem) throw new MemoryHostProblem('file-too-large', directoryProblemText(problem));
    // a merge over the whole sheet would otherwise be a cell object per cell of it
    boundExcelJsMerges();
    const workbook = new ExcelJS.Workbook();
    try {
      await loadXlsx(workbook, data, onProgress, signal);
    } catch (e) {
      if (e instanceof OpenCancelled) throw e;
      throw new MemoryHostProblem('not-a-workbook', (e as Error).message);
    }
    return new MemoryHost(workbook, displayLanguage);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  showSheet(name: string): void {
    this.activeSheet = name;
    this.changed();
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new MemoryHostProblem('not-found', `The workbook has no sheet “${name}”.`);
    return ws;
  }

  /**
   * The workbook's figures for the engine, sheet by sheet, letting the page paint between sheets
   * (every READ_SLICE_MS or so) so that reading a big workbook does not hold the page.
   */
  async readSnapshot(scope: CheckScope, options: SnapshotOptions = {}): Promise<ReadResult> {
    const whole = scope === 'workbook' || options.wholeWorkbook === true;
    const date1904 = Boolean((this.workbook.properties as { date1904?: boolean } | undefined)?.date1904);
    const sheets: SheetSnapshot[] = [];
    let since = Date.now();
    for (const ws of this.workbook.worksheets) {
      if (!whole && ws.name !== this.activeSheet) continue;
      sheets.push(sheetSnapshot(ws, date1904));
      if (Date.now() - since >= READ_SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        since = Date.now();
      }
    }
    return scope === 'workbook' ? { snapshot: { sheets } } : { snapshot: { sheets }, sheets: [this.activeSheet] };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.sheet(sheet);
    this.activeSheet = sheet;
    this.selection = { sheet, cell };
    this.changed();
  }

  private refuseProtected(sheets: Iterable<string>): void {
    const locked = [...new Set(sheets)].filter((name) => (this.sheet(name) as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
    if (locked.length > 0) throw new MemoryHostProblem('sheet-protected', `Protected sheets cannot be changed: ${locked.join(', ')}.`);
  }

  async applyHighlights(plan: HighlightPlan): Promise<void> {
    this.refuseProtected(plan.marks.map((m) => m.sheet));
    if (this.highlight) await this.clearHighlights();
    const touched: MemoryTouched[] = [];
    for (const mark of plan.marks) {
      const cell = this.sheet(mark.sheet).getCell(mark.cell);
      const note = (cell as unknown as WithComment)._comment?.model;
      touched.push({ sheet: mark.sheet, cell: mark.cell, style: json(cell.style), note: json(note) });
      // styles loaded from a file are shared between cells: this cell gets a copy of its own
      cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${mark.fill.slice(1).toUpperCase()}` } } };
      if (note === undefined) cell.note = mark.note;
    }
    this.highlight = touched;
    this.changed();
  }

  async clearHighlights(): Promise<void> {
    if (!this.highlight) return;
    for (const t of this.highlight) {
      const cell = this.sheet(t.sheet).getCell(t.cell);
      if (t.note === undefined) removeNote(cell);
      cell.style = json(t.style) as Partial<ExcelJS.Style>;
    }
    this.highlight = undefined;
    this.changed();
  }

  async hasHighlights(): Promise<boolean> {
    return this.highlight !== undefined;
  }

  async applyContent(plan: ContentPlan): Promise<ContentRecord> {
    this.refuseProtected(plan.edits.map((e) => e.sheet));
    const cells: PreviousCell[] = plan.edits.flatMap((edit) => {
      const ws = this.sheet(edit.sheet);
      return edit.cells.map((w) => previousCell(edit.sheet, ws.getCell(w.cell)));
    });
    try {
      applyContentPlan(this.workbook, plan);
    } catch (e) {
      throw new MemoryHostProblem('not-found', (e as Error).message);
    }
    const record: ContentRecord = { version: 1, id: `m${this.records.length + 1}`, title: plan.title, addedSheets: plan.newSheets.map((s) => s.name), cells };
    this.records.push(record);
    if (plan.newSheets.length > 0 && plan.activate !== false) this.activeSheet = plan.newSheets[0].name;
    this.changed();
    return record;
  }

  async revertContent(record: ContentRecord): Promise<void> {
    for (const name of record.addedSheets) {
      const ws = this.workbook.getWorksheet(name);
      if (ws) this.workbook.removeWorksheet(ws.id);
    }
    for (const c of record.cells) {
      const cell = this.sheet(c.sheet).getCell(c.cell);
      cell.value = json(c.raw?.value ?? null) as ExcelJS.CellValue;
      cell.style = json(c.raw?.style ?? {}) as Partial<ExcelJS.Style>;
    }
    this.records = this.records.filter((r) => r.id !== record.id);
    if (!this.workbook.getWorksheet(this.activeSheet)) this.activeSheet = this.workbook.worksheets[0]?.name ?? '';
    this.changed();
  }

  async contentRecords(): Promise<readonly ContentRecord[]> {
    return [...this.records];
  }

  /** The workbook as an .xlsx file, changes included. */
  async toXlsx(): Promise<ArrayBuffer> {
    const bytes = new Uint8Array(await this.workbook.xlsx.writeBuffer());
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
}

/**
 * Takes the note off a cell. ExcelJS has no call for it: the cell keeps the note as `_comment`
 * and copies it into its value's model, so the cell is rebuilt from its model without one.
 */
function removeNote(cell: ExcelJS.Cell): void {
  const model: Record<string, unknown> = { ...cell.model };
  delete model.comment;
  delete (cell as unknown as WithComment)._comment;
  cell.model = model as unknown as ExcelJS.CellModel;
}

/** A cell as it was, in the common record shape, with ExcelJS's own value and style for an exact revert. */
function previousCell(sheet: string, cell: ExcelJS.Cell): PreviousCell {
  const value = cell.value;
  const formula = cell.type === ExcelJS.ValueType.Formula ? `=${cell.formula}` : typeof value === 'number' || typeof value === 'boolean' ? value : value === null || value === undefined ? '' : cell.text;
  const fill = cell.fill?.type === 'pattern' ? cell.fill : undefined;
  return {
    sheet,
    cell: cell.address,
    formula,
    numberFormat: cell.numFmt ?? 'General',
    font: { bold: Boolean(cell.font?.bold), italic: Boolean(cell.font?.italic), color: cell.font?.color?.argb ? `#${cell.font.color.argb.slice(2)}` : null },
    fill: { color: fill?.fgColor?.argb ? `#${fill.fgColor.argb.slice(2)}` : null, pattern: fill?.pattern ?? null, patternColor: null, tintAndShade: null },
    alignment: { horizontal: cell.alignment?.horizontal ?? null, indent: cell.alignment?.indent ?? 0, wrap: Boolean(cell.alignment?.wrapText) },
    borders: {},
    raw: { value: json(value), style: json(cell.style) },
  };
}
