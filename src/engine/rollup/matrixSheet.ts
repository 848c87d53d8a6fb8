import type { CellAddress } from '../address';
import { Dec } from '../numbers/Dec';
import type { CellStyle, NewSheet } from '../plans/WritePlan';
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
  /** Where the table states the figure of a line and column, if it does. */
  readonly stated: (row: number, col: number) => CellAddress | undefined;
  readonly statedGrand?: CellAddress;
  /** How the grand total adds: down the total column (rows carry their own totals) or across the total row. */
  readonly grandAlong: 'down' | 'across';
}

export const FIRST_ROW = 4;
export const BORDER: CellStyle = { border: true };
export const HEADER: CellStyle = { bold: true, border: true, wrap: true, horizontal: 'center' };

/**
 * The head of a rollup sheet: title and method lines, then the column headers of the three
 * blocks side by side (rolled up, stated in the table, difference), each `columns` and a total,
 * and the helper column of partial sums to their right. Columns: rollup from 1, stated from
 * `columns.length + 3`, differences from `2 * columns.length + 5`.
 */
export function reconciliationHeader(s: SheetBuilder, ctx: RollupContext, title: string, corner: string, columns: readonly string[]): void {
  const { labels } = ctx;
  const n = columns.length;
  const statedFirst = n + 3;
  const diffFirst = statedFirst + n + 2;
  s.text(0, 0, title, { bold: true });
  s.text(1, 0, labels.method, { italic: true });
  s.text(2, statedFirst, labels.statedBlock, HEADER);
  s.merge(2, statedFirst, statedFirst + n);
  s.text(2, diffFirst, labels.differenceBlock, HEADER);
  s.merge(2, diffFirst, diffFirst + n);
  s.text(3, 0, corner, HEADER);
  s.helpers(diffFirst + n + 2, 3, labels.partialSums);
  for (const first of [1, statedFirst, diffFirst]) {
    columns.forEach((label, j) => s.text(3, first + j, label, HEADER));
    s.text(3, first + n, labels.total, HEADER);
  }
}

/**
 * A rollup with lines down and columns across (years × sources, or sources × years), a total
 * column and row; beside it, its reconciliation: what the table states for each figure and
 * total, and the differences from the rolled-up ones (the layout of the rollup by item).
 */
export function matrixSheet(ctx: RollupContext, name: string, title: string, spec: MatrixSpec): { sheet: NewSheet; differences: number } {
  const { labels, numberFormat } = ctx;
  const s = new SheetBuilder();
  const nCols = spec.cols.length;
  const totalCol = nCols + 1;
  const statedFirst = nCols + 3;
  const diffFirst = statedFirst + nCols + 2;
  const fig: CellStyle = { border: true, numberFormat };
  const figBold: CellStyle = { ...fig, bold: true };

  reconciliationHeader(s, ctx, title, spec.corner, spec.cols.map((c) => c.label));
  /** Writes a rolled-up figure at (row, col) and its reconciliation in the blocks beside. */
  const put = (row: number, col: number, rolled: Rolled, stated: CellAddress | undefined, style: CellStyle) => {
    s.sum(row, col, rolled.args, style, rolled.value);
    ctx.reconcile(s, stated, rolled, { row, col }, { row, col: statedFirst + col - 1 }, { row, col: diffFirst + col - 1 }, style);
  };

  const cells = spec.rows.map((_, i) => spec.cols.map((_, j) => spec.cell(i, j)));
  const lastRow = FIRST_ROW + spec.rows.length - 1;
  const totalRow = lastRow + 1;
  const rowTotals: Rolled[] = [];
  spec.rows.forEach((line, i) => {
    const r = FIRST_ROW + i;
    s.text(r, 0, line.label, BORDER);
    let value = new Dec(0);
    let coarsest = Infinity;
    cells[i].forEach((cell, j) => {
      put(r, 1 + j, cell, spec.stated(i, j), fig);
      value = value.plus(cell.value);
      coarsest = Math.min(coarsest, cell.coarsest);
    });
    const total = line.total ?? { args: nCols === 0 ? [] : [SheetBuilder.span(r, 1, r, nCols)], value, coarsest };
    rowTotals.push(total);
    put(r, totalCol, total, line.stated, figBold);
  });

  // the total row: each column's own figures, or its sum down
  s.text(totalRow, 0, labels.total, { bold: true, border: true });
  const colTotals = spec.cols.map((line, j) => {
    let value = new Dec(0);
    let coarsest = Infinity;
    cells.forEach((line) => {
      const cell = line[j];
      value = value.plus(cell.value);
      coarsest = Math.min(coarsest, cell.coarsest);
    });
    const total = line.total ?? { args: [SheetBuilder.span(FIRST_ROW, 1 + j, lastRow, 1 + j)], value, coarsest };
    put(totalRow, 1 + j, total, line.stated, figBold);
    return total;
  });
  const down = spec.grandAlong === 'down' || nCols === 0;
  const along = down ? rowTotals : colTotals;
  const grand: Rolled = {
    args: spec.rows.length === 0 ? [] : down ? [SheetBuilder.span(FIRST_ROW, totalCol, lastRow, totalCol)] : [SheetBuilder.span(totalRow, 1, totalRow, nCols)],
    value: along.reduce((a, t) => a.plus(t.value), new Dec(0)),
    coarsest: Math.min(...along.map((t) => t.coarsest)),
  };
  put(totalRow, totalCol, grand, spec.statedGrand, figBold);

  const { notes, differences } = ctx.takeNotes();
  notes.forEach((note, k) => s.text(totalRow + 2 + k, 0, note));
  s.width(0, spec.kind === 'source' ? 40 : 14);
  for (let c = 1; c <= diffFirst + nCols; c++) s.width(c, c === totalCol + 1 || c === statedFirst + nCols + 1 ? 3 : 16);
  return { sheet: s.build(name, { rows: FIRST_ROW, columns: 1 }), differences };
}
