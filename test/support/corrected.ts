import { parseA1, type CellValue, type Correction, type SheetSnapshot, type WorkbookSnapshot } from '../../src/engine';

/**
 * The workbook as it is after a correction: each changed cell holds its new figure (or new
 * formula and the figure it gives), and each formula cell that follows holds its new value,
 * as Excel would after recalculating.
 */
export function corrected(workbook: WorkbookSnapshot, sheetName: string, correction: Correction): WorkbookSnapshot {
  return {
    sheets: workbook.sheets.map((s) => (s.name === sheetName ? applyTo(s, correction) : s)),
  };
}

function applyTo(s: SheetSnapshot, correction: Correction): SheetSnapshot {
  const origin = s.origin ?? { row: 0, col: 0 };
  const values = s.values.map((r) => [...r]);
  const formulas = (s.formulas ?? []).map((r) => (r ? [...r] : []));
  const set = (cell: string, value: CellValue, formula?: string) => {
    const a = parseA1(cell)!;
    const r = a.row - origin.row;
    const c = a.col - origin.col;
    while (values.length <= r) values.push([]);
    while (values[r].length <= c) values[r].push(null);
    values[r][c] = value;
    if (formula) {
      while (formulas.length <= r) formulas.push([]);
      formulas[r][c] = formula;
    }
  };
  for (const c of correction.cells) set(c.cell, Number(c.to), c.formula);
  for (const c of correction.follow) set(c.cell, Number(c.to));
  return { ...s, values, formulas };
}
