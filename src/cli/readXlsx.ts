import ExcelJS from 'exceljs';
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../engine';

/** Excel's serial day number of a JS date (1900 date system, or 1904 when the workbook says so). */
function excelSerial(date: Date, date1904: boolean): number {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (date.getTime() - epoch) / 86_400_000;
}

type Raw = ExcelJS.CellValue;

/** A cell's raw value as Excel holds it: formula cells give their cached result, rich text its plain text. */
function rawValue(value: Raw, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return excelSerial(value, date1904);
  if (typeof value === 'object') {
    if ('error' in value && typeof value.error === 'string') return { error: value.error };
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: Raw }).result;
      return rawValue(result ?? null, date1904);
    }
    if ('text' in value && typeof (value as { text: unknown }).text === 'string') return (value as { text: string }).text;
    if ('hyperlink' in value) return String((value as { text?: unknown }).text ?? '');
  }
  return String(value);
}

/** Merged areas of a sheet, 0-based. ExcelJS keeps them in `_merges` (master address → range). */
function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const internal = (ws as unknown as { _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }> })._merges;
  const out: CellRange[] = [];
  if (internal) {
    for (const m of Object.values(internal)) {
      if (!m?.model) continue;
      out.push({ top: m.model.top - 1, left: m.model.left - 1, bottom: m.model.bottom - 1, right: m.model.right - 1 });
    }
  }
  return out;
}

/** Builds the engine's snapshot of a worksheet: values, formulas and number formats as dense rows. */
export function sheetSnapshot(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const rows = new Map<number, { values: CellValue[]; formulas?: (string | null)[]; formats?: (string | null)[] }>();
  let minRow = Infinity;
  let maxRow = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    let formulas: (string | null)[] | undefined;
    let formats: (string | null)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      // the non-anchor cells of a merge are empty, as in Excel
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = rawValue(cell.value, date1904);
      if (v === null) return;
      values[c] = v;
      if (cell.type === ExcelJS.ValueType.Formula) {
        const f = cell.formula;
        if (f) (formulas ??= [])[c] = `=${f}`;
      }
      const fmt = cell.numFmt;
      if (fmt && fmt !== 'General') (formats ??= [])[c] = fmt;
    });
    if (values.length === 0) return;
    const r = rowNumber - 1;
    rows.set(r, { values, formulas, formats });
    if (r < minRow) minRow = r;
    if (r > maxRow) maxRow = r;
  });
  const merges = mergesOf(ws);
  if (rows.size === 0) return { name: ws.name, values: [], merges, protected: isProtected(ws) };
  const values: CellValue[][] = [];
  const formulas: ((string | null)[] | undefined)[] = [];
  const numberFormats: ((string | null)[] | undefined)[] = [];
  for (let r = minRow; r <= maxRow; r++) {
    const row = rows.get(r);
    values.push(row ? densify(row.values) : []);
    formulas.push(row?.formulas);
    numberFormats.push(row?.formats);
  }
  return { name: ws.name, origin: { row: minRow, col: 0 }, values, formulas, numberFormats, merges, protected: isProtected(ws) };
}

function densify(values: CellValue[]): CellValue[] {
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
  return values;
}

function isProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  return Boolean(p && p.sheet);
}

export function workbookSnapshot(wb: ExcelJS.Workbook): WorkbookSnapshot {
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  const sheets: SheetSnapshot[] = [];
  wb.eachSheet((ws) => {
    sheets.push(sheetSnapshot(ws, date1904));
  });
  return { sheets };
}

/** Why a file could not be read, as data. */
export class UnreadableFileError extends Error {
  constructor(
    readonly code: 'file-not-found' | 'not-xlsx' | 'unreadable-file',
    message: string,
  ) {
    super(message);
  }
}

/** Reads an .xlsx file into a snapshot. Rejects with UnreadableFileError when it cannot. */
export async function readXlsx(path: string): Promise<{ workbook: ExcelJS.Workbook; snapshot: WorkbookSnapshot }> {
  const fs = await import('node:fs/promises');
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnreadableFileError('file-not-found', `no such file: ${path}`);
    throw new UnreadableFileError('unreadable-file', `cannot read ${path}: ${(e as Error).message}`);
  }
  // an .xlsx is a zip archive: "PK\x03\x04"
  if (buffer.length < 4 || buffer[0] !== 0x50 || buffer[1] !== 0x4b) {
    throw new UnreadableFileError('not-xlsx', `${path} is not an .xlsx workbook (an .xlsx file is a zip archive)`);
  }
  // ...holding a workbook part (zip entry names are stored as plain text): a .docx or any other zip is not one
  if (buffer.indexOf('xl/workbook') < 0 || buffer.indexOf('[Content_Types].xml') < 0) {
    throw new UnreadableFileError('not-xlsx', `${path} is a zip archive but not an .xlsx workbook (it has no xl/workbook part)`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableFileError('not-xlsx', `${path} could not be read as an .xlsx workbook: ${(e as Error).message}`);
  }
  return { workbook, snapshot: workbookSnapshot(workbook) };
}
