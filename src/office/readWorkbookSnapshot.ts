import { parseRangeA1, type CellRange, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../engine';
import { isPayloadTooLarge, toOfficeProblem } from './officeErrors';

/**
 * A conservative cell budget per request when a read must be split. Excel on the web refuses
 * more than 5,000,000 cells or about 5 MB in one request; the reader learns that from Excel's
 * own error (RangeExceedsLimit, ...PayloadSizeLimitExceeded) and then reads in chunks.
 */
export const CHUNK_CELLS = 100_000;

export interface ReadOptions {
  /** Only these sheets; all when missing. */
  readonly sheets?: readonly string[];
  /** Only the sheet the user is on (learnt in the same sync as the sheet names). */
  readonly activeSheetOnly?: boolean;
  /** Whether a requirement set is available (Office.context.requirements.isSetSupported). */
  readonly isSetSupported?: (name: string, version: string) => boolean;
  /** Cells per request when a read must be split (default CHUNK_CELLS). */
  readonly chunkCells?: number;
}

interface SheetRead {
  readonly name: string;
  readonly protection: Excel.WorksheetProtection;
  readonly used: Excel.Range;
  readonly merged?: Excel.RangeAreas;
}

/**
 * Reads a workbook snapshot for the engine in as few syncs as possible: one to learn the
 * sheets, one to load every sheet's used range (values, value types, formulas, number
 * formats) and merged areas together. A read that Excel refuses as too large is done
 * again in row chunks of at most CHUNK_CELLS cells, many chunks per sync, never a sync per
 * row. Excel's errors become OfficeProblems (cell-edit mode, payload too large ...).
 */
export async function readWorkbookSnapshot(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items'); // each sheet's few scalar properties, names among them
    const active = options.activeSheetOnly ? worksheets.getActiveWorksheet() : undefined;
    active?.load('name');
    await context.sync();
    const wanted = active ? [active.name] : options.sheets;
    const names = worksheets.items.map((w) => w.name).filter((n) => !wanted || wanted.includes(n));
    const mergesSupported = options.isSetSupported?.('ExcelApi', '1.13') ?? true;

    const reads = names.map((name) => queueSheet(worksheets, name, mergesSupported, true));
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      return { sheets: await readInChunks(context, names, mergesSupported, options.chunkCells ?? CHUNK_CELLS) };
    }
    return { sheets: reads.map((r) => sheetFromRead(r)) };
  } catch (error) {
    throw toOfficeProblem(error);
  }
}

/**
 * Queues the reads of one sheet: its protection, its used range's place and size (and, with
 * `withCells`, its values, value types, formulas and number formats), and its merged areas.
 */
function queueSheet(worksheets: Excel.WorksheetCollection, name: string, mergesSupported: boolean, withCells: boolean): SheetRead {
  const sheet = worksheets.getItem(name);
  // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- navigation to the protection object, loaded on the next line
  const protection = sheet.protection;
  protection.load('protected');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(['isNullObject', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', ...(withCells ? CELL_PROPERTIES : [])]);
  let merged: Excel.RangeAreas | undefined;
  if (mergesSupported) {
    merged = used.getMergedAreasOrNullObject();
    merged.load(['isNullObject', 'address']);
  }
  return { name, protection, used, merged };
}

const CELL_PROPERTIES = ['values', 'valueTypes', 'formulas', 'numberFormat'];

/** A range's rows as the engine's values, formulas and number formats. */
function snapshotRows(range: Excel.Range): { values: CellValue[][]; formulas: (string | null)[][]; numberFormats: (string | null)[][] } {
  return {
    values: range.values.map((row, r) => row.map((v, c) => cellValue(v, range.valueTypes[r]?.[c]))),
    formulas: range.formulas.map((row) => row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null))),
    numberFormats: range.numberFormat.map((row) => row.map((f) => (typeof f === 'string' && f !== 'General' ? f : null))),
  };
}

function sheetFromRead(read: SheetRead): SheetSnapshot {
  const { used } = read;
  if (used.isNullObject) return { name: read.name, values: [], merges: [], protected: read.protection.protected };
  return {
    name: read.name,
    origin: { row: used.rowIndex, col: used.columnIndex },
    ...snapshotRows(used),
    merges: read.merged && !read.merged.isNullObject ? parseAreas(read.merged.address) : [],
    protected: read.protection.protected,
  };
}

/** Office's value for a cell as the engine's CellValue: '' is empty, error texts are errors. */
function cellValue(value: unknown, type: Excel.RangeValueType | string | undefined): CellValue {
  if (type === 'Error') return { error: String(value) };
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/** `Sheet1!A1:B2, 'Приложение 2'!C3:C4` → ranges (the sheet part is dropped). */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const part of address.split(',')) {
    const a1 = part.slice(part.lastIndexOf('!') + 1).trim();
    const r = parseRangeA1(a1);
    if (r) out.push(r);
  }
  return out;
}

/**
 * The fallback for sheets too large for one request: learn each used range's size (one
 * sync), then read values in row chunks, as many chunks per sync as fit the cell budget.
 */
async function readInChunks(context: Excel.RequestContext, names: readonly string[], mergesSupported: boolean, chunkCells: number): Promise<SheetSnapshot[]> {
  const worksheets = context.workbook.worksheets;
  const heads = names.map((name) => queueSheet(worksheets, name, mergesSupported, false));
  await context.sync();

  interface Building {
    name: string;
    origin?: { row: number; col: number };
    values: CellValue[][];
    formulas: (string | null)[][];
    numberFormats: (string | null)[][];
    merges: CellRange[];
    protected: boolean;
  }
  const snapshots: Building[] = heads.map((h) => ({
    name: h.name,
    origin: h.used.isNullObject ? undefined : { row: h.used.rowIndex, col: h.used.columnIndex },
    values: [],
    formulas: [],
    numberFormats: [],
    merges: h.merged && !h.merged.isNullObject ? parseAreas(h.merged.address) : [],
    protected: h.protection.protected,
  }));
  // all chunks of all sheets, then as many per sync as the budget allows
  const chunks: { sheet: number; range: Excel.Range; rows: number }[] = [];
  heads.forEach((h, i) => {
    if (h.used.isNullObject) return;
    const rowsPerChunk = Math.max(1, Math.floor(chunkCells / Math.max(1, h.used.columnCount)));
    for (let r = 0; r < h.used.rowCount; r += rowsPerChunk) {
      const rows = Math.min(rowsPerChunk, h.used.rowCount - r);
      chunks.push({ sheet: i, range: h.used.getCell(r, 0).getResizedRange(rows - 1, h.used.columnCount - 1), rows });
    }
  });
  let batch: typeof chunks = [];
  let cells = 0;
  const flush = async () => {
    for (const c of batch) c.range.load(CELL_PROPERTIES);
    await context.sync();
    for (const c of batch) {
      const s = snapshots[c.sheet];
      const rows = snapshotRows(c.range);
      // a loop, not push(...rows): a chunk may hold 100,000 rows
      for (let r = 0; r < rows.values.length; r++) {
        s.values.push(rows.values[r]);
        s.formulas.push(rows.formulas[r]);
        s.numberFormats.push(rows.numberFormats[r]);
      }
    }
    batch = [];
    cells = 0;
  };
  for (const c of chunks) {
    const size = c.rows * heads[c.sheet].used.columnCount;
    if (cells > 0 && cells + size > chunkCells) await flush();
    batch.push(c);
    cells += size;
  }
  if (batch.length > 0) await flush();
  return snapshots;
}
