import ExcelJS from 'exceljs';
import { parseRangeA1, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../../src/engine';

/** A cell in a test sheet: a plain value, or a value with a number format and/or formula. */
export type TestCell = CellValue | undefined | { v: CellValue; fmt?: string; f?: string };

export interface SheetOptions {
  /** Merged areas as A1 ranges: `['A3:A4', 'D3:H3']`. */
  merges?: string[];
  /** Where the literal's top-left cell sits: `'C5'` puts rows[0][0] at C5. Default A1. */
  at?: string;
  protected?: boolean;
}

/**
 * A sheet from a 2-D literal: `sheet('Паспорт', [['Источники', '2021 год'], ['районный бюджет', 1]])`.
 * `undefined` and `null` are empty cells; `{ v, fmt }` sets a number format.
 */
export function sheet(name: string, rows: TestCell[][], options: SheetOptions = {}): SheetSnapshot {
  const at = options.at ? parseRangeA1(options.at) : { top: 0, left: 0 };
  if (!at) throw new Error(`bad address ${options.at}`);
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  for (const row of rows) {
    const v: CellValue[] = [];
    const f: (string | null)[] = [];
    const fm: (string | null)[] = [];
    for (let c = 0; c < at.left; c++) {
      v.push(null);
      f.push(null);
      fm.push(null);
    }
    for (const cell of row) {
      if (cell !== null && typeof cell === 'object' && 'v' in cell) {
        v.push(cell.v);
        f.push(cell.fmt ?? null);
        fm.push(cell.f ?? null);
      } else {
        v.push(cell === undefined ? null : cell);
        f.push(null);
        fm.push(null);
      }
    }
    values.push(v);
    formats.push(f);
    formulas.push(fm);
  }
  const merges = (options.merges ?? []).map((m) => {
    const r = parseRangeA1(m);
    if (!r) throw new Error(`bad merge ${m}`);
    return r;
  });
  return { name, origin: { row: at.top, col: 0 }, values, numberFormats: formats, formulas, merges, protected: options.protected };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

/** Writes a snapshot as a real .xlsx (values, number formats, merges), for CLI and adapter tests. */
export async function toXlsx(wb: WorkbookSnapshot): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const s of wb.sheets) {
    const ws = book.addWorksheet(s.name);
    const top = s.origin?.row ?? 0;
    const left = s.origin?.col ?? 0;
    s.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = ws.getCell(top + r + 1, left + c + 1);
        const formula = s.formulas?.[r]?.[c];
        if (formula) cell.value = { formula: formula.replace(/^=/, ''), result: value as number } as ExcelJS.CellValue;
        else if (typeof value === 'object') cell.value = { error: value.error } as ExcelJS.CellValue;
        else cell.value = value;
        const fmt = s.numberFormats?.[r]?.[c];
        if (fmt) cell.numFmt = fmt;
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
