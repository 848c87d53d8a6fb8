import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { missingPrerequisite, sofficePath } from './prerequisites';

/** The project's script that recalculates every formula of a workbook in LibreOffice. */
export const RECALC = join(__dirname, '..', '..', 'scripts', 'recalc-xlsx.sh');

/** A workbook as LibreOffice computed it: each formula's result, as a spreadsheet application shows it. */
export interface Recalculated {
  readonly workbook: ExcelJS.Workbook;
  /** A cell's value: a formula's computed result (a recalculated 0 reads back without a value: 0), else the value. */
  value(sheet: string, a1: string): number | string | null;
  /** The 1-based row of the first cell in column A whose text is `label` (or starts with it, `prefix`). */
  rowOf(sheet: string, label: string, prefix?: 'prefix'): number;
  /** The column letter of the cell in `row` whose text is `label`. */
  colOf(sheet: string, row: number, label: string): string;
  /** The column letters of every cell in `row` whose text is `label`, left to right. */
  colsOf(sheet: string, row: number, label: string): string[];
}

/** Recalculates `file` in LibreOffice (formulas only, cached results ignored) and reads the result. */
export async function recalculate(file: string): Promise<Recalculated> {
  const soffice = sofficePath();
  if (!soffice) throw missingPrerequisite('soffice');
  const out = mkdtempSync(join(tmpdir(), 'recalc-'));
  execFileSync('bash', [RECALC, file, out], { stdio: 'pipe', timeout: 200_000, env: { ...process.env, SOFFICE: soffice } });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(out, basename(file)));
  const ws = (name: string) => {
    const w = workbook.getWorksheet(name);
    if (!w) throw new Error(`no sheet '${name}' in ${workbook.worksheets.map((x) => x.name).join(', ')}`);
    return w;
  };
  const plain = (v: ExcelJS.CellValue): number | string | null => {
    if (v === null || v === undefined) return null;
    if (typeof v === 'object' && 'formula' in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) return 0;
      return typeof r === 'object' ? JSON.stringify(r) : (r as number | string);
    }
    if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
    return v as number | string;
  };
  return {
    workbook,
    value: (sheet, a1) => plain(ws(sheet).getCell(a1).value),
    rowOf: (sheet, label, prefix) => {
      const w = ws(sheet);
      for (let r = 1; r <= w.rowCount; r++) {
        const v = plain(w.getCell(r, 1).value);
        if (v === label || (prefix && typeof v === 'string' && v.startsWith(label))) return r;
      }
      throw new Error(`no row '${label}' on '${sheet}'`);
    },
    colsOf: (sheet, row, label) => {
      const w = ws(sheet);
      const out: string[] = [];
      const r = w.getRow(row);
      for (let c = 1; c <= w.columnCount; c++) if (plain(r.getCell(c).value) === label) out.push(r.getCell(c).address.replace(/\d+$/, ''));
      return out;
    },
    colOf: (sheet, row, label) => {
      const w = ws(sheet);
      const r = w.getRow(row);
      for (let c = 1; c <= w.columnCount; c++) if (plain(r.getCell(c).value) === label) return r.getCell(c).address.replace(/\d+$/, '');
      throw new Error(`no column '${label}' in row ${row} of '${sheet}'`);
    },
  };
}

/** A number rounded to 9 decimals, as a plain string (spreadsheet doubles carry noise past that). */
export function approx(v: number | string | null): string {
  if (typeof v !== 'number') return String(v);
  return String(Math.round(v * 1e9) / 1e9);
}
