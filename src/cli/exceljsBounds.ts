/**
 * ExcelJS's sheet parser expands each data validation's range to one entry per cell: a validation
 * over a whole sheet (`sqref="A1:XFD1048576"`) runs out of memory in `rollup` and `fill` (`check`
 * does not parse validations). `boundDataValidations()` caps the cells a sheet's validations expand
 * to (ExcelJS is pinned to 4.4.0): a range that would pass the cap keeps its first rows, so a
 * `rollup` or `fill` output keeps a sheet's validations whole up to one full column's worth of
 * cells. A validation reaching column XFD ends at XFC: ExcelJS cannot write it otherwise.
 *
 * `keepMergesWhole()` is the writing half of `boundExcelJsMerges` (exceljsMerges.ts): ExcelJS works
 * out the merges it writes from the merged cells, so a merge whose cells were linked only as far
 * as the sheet's used extent would be written cut to it. The sheet's own record of its merges
 * (the ranges as they were read or made) is written instead.
 */
import DataValidationsXform from 'exceljs/lib/xlsx/xform/sheet/data-validations-xform';
import WorksheetXform from 'exceljs/lib/xlsx/xform/sheet/worksheet-xform';

/** Cells all the data validations of one sheet may expand to: one whole column. */
export const VALIDATION_CELLS = 1_048_576;

const EXCEL_COLUMNS = 16_384;

interface Internals {
  _address?: string;
  _bcCells?: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `A1:XFD1048576` capped to `budget` cells; the cells it then covers. */
function capRange(ref: string, budget: number): { ref: string; cells: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+):\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return { ref, cells: 1 };
  const left = Math.min(columnNumber(m[1]), columnNumber(m[3]));
  let right = Math.max(columnNumber(m[1]), columnNumber(m[3]));
  const top = Math.min(Number(m[2]), Number(m[4]));
  let bottom = Math.max(Number(m[2]), Number(m[4]));
  const wide = Math.max(columnNumber(m[1]), columnNumber(m[3]));
  // ExcelJS's writer fails on a validation that reaches the last column, XFD ("16385 is out of bounds")
  if (right >= EXCEL_COLUMNS) right = EXCEL_COLUMNS - 1;
  if (right === wide && (right - left + 1) * (bottom - top + 1) <= budget) return { ref, cells: (right - left + 1) * (bottom - top + 1) };
  if (right - left + 1 > budget) right = left + Math.max(0, budget - 1);
  bottom = Math.min(bottom, top + Math.max(0, Math.floor(Math.max(1, budget) / (right - left + 1)) - 1));
  return { ref: `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`, cells: (right - left + 1) * (bottom - top + 1) };
}

let done = false;

export function boundDataValidations(): void {
  if (done) return;
  done = true;
  const proto = DataValidationsXform.prototype;
  const parseOpen = proto.parseOpen;
  const parseClose = proto.parseClose;
  proto.parseOpen = function (this: DataValidationsXform & Internals, node) {
    if (node.name === 'dataValidations') this._bcCells = 0;
    return parseOpen.call(this, node);
  };
  proto.parseClose = function (this: DataValidationsXform & Internals, name) {
    if (name === 'dataValidation' && typeof this._address === 'string') {
      const refs = this._address.split(/\s+/g).filter(Boolean);
      const kept: string[] = [];
      for (const ref of refs) {
        const budget = VALIDATION_CELLS - (this._bcCells ?? 0);
        if (budget <= 0) break;
        const capped = capRange(ref, budget);
        kept.push(capped.ref);
        this._bcCells = (this._bcCells ?? 0) + capped.cells;
      }
      this._address = kept.join(' ');
      const result = parseClose.call(this, name);
      // a validation past the cap altogether is dropped
      if (kept.length === 0) delete (this as unknown as { model: Record<string, unknown> }).model[''];
      return result;
    }
    return parseClose.call(this, name);
  };
}

let mergesKept = false;

export function keepMergesWhole(): void {
  if (mergesKept) return;
  mergesKept = true;
  const proto = WorksheetXform.prototype;
  const prepare = proto.prepare;
  proto.prepare = function (this: WorksheetXform, model, options) {
    prepare.call(this, model, options);
    if (Array.isArray(model.merges)) model.mergeCells = [...model.merges];
  };
}
