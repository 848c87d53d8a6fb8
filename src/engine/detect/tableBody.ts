import type { SheetGrid } from '../snapshot';
import { EMPTY, TEXT, type SheetFigures } from '../numbers/SheetFigures';
import { isBlankRow } from './headerBlock';

/** A cell that holds a figure or something in a figure's place (not blank, not words). */
export function holdsFigure(figures: SheetFigures, row: number, col: number): boolean {
  const k = figures.kindAt(row, col);
  return k !== EMPTY && k !== TEXT;
}

/**
 * The body of a table under its header: a test of whether a row holds a figure in the given
 * columns (asked several times per row, read once), the last body row (see bodyEnd), and
 * the rows that hold figures. `rows` is empty when the body has no figure at all.
 */
export function tableBody(
  ctx: { readonly grid: SheetGrid; readonly figures: SheetFigures; readonly isOtherHeader: (row: number) => boolean },
  bodyStart: number,
  left: number,
  right: number,
  cols: readonly number[],
): { isFigureRow: (row: number) => boolean; end: number; rows: number[] } {
  const { grid, figures } = ctx;
  const flags = new Uint8Array(Math.max(0, grid.bottom - bodyStart + 1));
  const isFigureRow = (r: number): boolean => {
    const k = r - bodyStart;
    if (flags[k] === 0) {
      let found = false;
      for (let i = 0; i < cols.length && !found; i++) found = holdsFigure(figures, r, cols[i]);
      flags[k] = found ? 1 : 2;
    }
    return flags[k] === 1;
  };
  const end = bodyEnd(grid, bodyStart, left, right, isFigureRow, ctx.isOtherHeader);
  const rows: number[] = [];
  for (let r = bodyStart; r <= end; r++) if (isFigureRow(r)) rows.push(r);
  return { isFigureRow, end, rows };
}

/**
 * Where a table's body ends: the last row with a figure before two blank rows in a row, or
 * before the header row of another table.
 */
export function bodyEnd(
  grid: SheetGrid,
  start: number,
  left: number,
  right: number,
  isFigureRow: (row: number) => boolean,
  isOtherHeader: (row: number) => boolean,
): number {
  let last = start - 1;
  let blank = 0;
  for (let r = start; r <= grid.bottom; r++) {
    if (r > start && isOtherHeader(r)) break;
    if (isBlankRow(grid, r, left, right)) {
      if (++blank >= 2) break;
      continue;
    }
    blank = 0;
    if (isFigureRow(r)) last = r;
  }
  return last;
}
