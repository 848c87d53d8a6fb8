import type { CellAddress } from '../address';
import { Dec } from '../numbers/Dec';
import type { CellStyle, NewSheet } from '../plans/WritePlan';
import { localSum } from './figureTerm';
import type { RollupKind } from './labels';
import type { Rolled, RollupContext } from './RollupContext';
import { SheetBuilder } from './SheetBuilder';

/** A line of a matrix rollup: a year or a source. */
export interface MatrixLine {
  readonly label: string;
  /** The line's own figures, or undefined: the sum of its cells in the rollup. */
  readonly total?: Rolled;
  /** Where the table states the line's total. */
  readonly stated?: CellAddress;
}

export interface MatrixSpec {
  readonly kind: Extract<RollupKind, 'year' | 'source'>;
  readonly corner: string;
  readonly rows: readonly MatrixLine[];
  readonly cols: readonly MatrixLine[];
  readonly cell: (row: number, col: number) => Rolled;
  readonly statedGrand?: CellAddress;
  /** How the grand total adds: down the total column (rows carry their own totals) or across the total row. */
  readonly grandAlong: 'down' | 'across';
}

export const FIRST_ROW = 4;
export const BORDER: CellStyle = { border: true };
export const HEADER: CellStyle = { bold: true, border: true, wrap: true, horizontal: 'center' };

/**
 * A rollup with lines down and columns across (years × sources, or sources × years), a total
 * column and row, and its reconciliation: the stated totals beside and under it, and their
 * differences from the rolled-up totals.
 */
export function matrixSheet(ctx: RollupContext, name: string, title: string, spec: MatrixSpec): { sheet: NewSheet; differences: number } {
  const { labels, numberFormat } = ctx;
  const s = new SheetBuilder();
  const nCols = spec.cols.length;
  const totalCol = nCols + 1;
  const statedCol = nCols + 2;
  const diffCol = nCols + 3;
  const fig: CellStyle = { border: true, numberFormat };
  const figBold: CellStyle = { ...fig, bold: true };

  s.text(0, 0, title, { bold: true });
  s.text(1, 0, labels.method, { italic: true });
  s.text(3, 0, spec.corner, HEADER);
  spec.cols.forEach((c, j) => s.text(3, 1 + j, c.label, HEADER));
  s.text(3, totalCol, labels.total, HEADER);
  s.text(3, statedCol, labels.stated, HEADER);
  s.text(3, diffCol, labels.difference, HEADER);

  const lastRow = FIRST_ROW + spec.rows.length - 1;
  const totalRow = lastRow + 1;
  const rowTotals: { value: Dec; coarsest: number }[] = [];
  spec.rows.forEach((line, i) => {
    const r = FIRST_ROW + i;
    s.text(r, 0, line.label, BORDER);
    let value = new Dec(0);
    let coarsest = Infinity;
    spec.cols.forEach((_, j) => {
      const cell = spec.cell(i, j);
      s.formula(r, 1 + j, cell.formula, fig);
      value = value.plus(cell.value);
      coarsest = Math.min(coarsest, cell.coarsest);
    });
    const total = line.total ?? { formula: localSum([SheetBuilder.span(r, 1, r, nCols)]), value, coarsest };
    rowTotals.push(total);
    s.formula(r, totalCol, nCols === 0 && !line.total ? '=0' : total.formula, figBold);
    ctx.reconcile(s, line.stated, total, { row: r, col: totalCol }, { row: r, col: statedCol }, { row: r, col: diffCol }, fig);
  });

  // the total row: each column's own figures, or its sum down
  s.text(totalRow, 0, labels.total, { bold: true, border: true });
  const colTotals = spec.cols.map((line, j) => {
    let value = new Dec(0);
    let coarsest = Infinity;
    spec.rows.forEach((_, i) => {
      const cell = spec.cell(i, j);
      value = value.plus(cell.value);
      coarsest = Math.min(coarsest, cell.coarsest);
    });
    const total = line.total ?? { formula: localSum([SheetBuilder.span(FIRST_ROW, 1 + j, lastRow, 1 + j)]), value, coarsest };
    s.formula(totalRow, 1 + j, total.formula, figBold);
    return total;
  });
  const along = spec.grandAlong === 'down' || nCols === 0 ? rowTotals : colTotals;
  const grand = {
    value: along.reduce((a, t) => a.plus(t.value), new Dec(0)),
    coarsest: Math.min(...along.map((t) => t.coarsest)),
  };
  const grandFormula =
    spec.grandAlong === 'down' || nCols === 0 ? localSum([SheetBuilder.span(FIRST_ROW, totalCol, lastRow, totalCol)]) : localSum([SheetBuilder.span(totalRow, 1, totalRow, nCols)]);
  s.formula(totalRow, totalCol, spec.rows.length === 0 ? '=0' : grandFormula, figBold);
  ctx.reconcile(s, spec.statedGrand, grand, { row: totalRow, col: totalCol }, { row: totalRow, col: statedCol }, { row: totalRow, col: diffCol }, figBold);

  // the stated totals of the columns, and their differences
  const statedRow = totalRow + 1;
  const diffRow = totalRow + 2;
  s.text(statedRow, 0, labels.stated, BORDER);
  s.text(diffRow, 0, labels.difference, BORDER);
  spec.cols.forEach((line, j) => {
    ctx.reconcile(s, line.stated, colTotals[j], { row: totalRow, col: 1 + j }, { row: statedRow, col: 1 + j }, { row: diffRow, col: 1 + j }, fig);
  });
  for (const r of [statedRow, diffRow]) for (let c = totalCol; c <= diffCol; c++) s.style(r, c, BORDER);

  const { notes, differences } = ctx.takeNotes();
  notes.forEach((note, k) => s.text(diffRow + 2 + k, 0, note));
  s.width(0, spec.kind === 'source' ? 40 : 14);
  for (let c = 1; c <= diffCol; c++) s.width(c, 16);
  return { sheet: s.build(name, { rows: FIRST_ROW, columns: 1 }), differences };
}
