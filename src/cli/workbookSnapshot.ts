/**
 * The engine's snapshot of a workbook ExcelJS has loaded. No file system here: the standalone
 * (browser) host uses it too.
 */
import ExcelJS from 'exceljs';
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../engine';
import { SheetRows } from './SheetRows';

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

/** Builds the engine's snapshot of a loaded worksheet: values, formulas and number formats as dense rows. */
export function sheetSnapshot(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const rows = new SheetRows();
  ws.eachRow({ includeEmpty: false }, (wsRow, rowNumber) => {
    const row = rows.row(rowNumber - 1);
    wsRow.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      // the non-anchor cells of a merge are empty, as in Excel
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = rawValue(cell.value, date1904);
      // a formula without a result (a file saved without calculating) stays, empty: the check says it is not calculated
      if (v === null && cell.type !== ExcelJS.ValueType.Formula) return;
      row.values[c] = v;
      if (cell.type === ExcelJS.ValueType.Formula) {
        const f = cell.formula;
        if (f) (row.formulas ??= [])[c] = `=${f}`;
      }
      const fmt = cell.numFmt;
      if (fmt && fmt !== 'General') (row.formats ??= [])[c] = fmt;
    });
  });
  return rows.snapshot(ws.name, mergesOf(ws), isProtected(ws));
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
