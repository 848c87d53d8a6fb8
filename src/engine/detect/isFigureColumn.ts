import { AMOUNT, BIG_AMOUNT, DASH, type SheetFigures } from '../numbers/SheetFigures';
import { isNumberColumnHeader } from '../vocabulary/classifyLabel';

/**
 * Whether a column of a table's body is a column of figures: not a numbering column, and
 * real amounts (or dashes) in at least half of the rows. Malformed figures do not make a
 * column of codes (`1.1.`, `2.3.`) a column of figures.
 */
export function isFigureColumn(figures: SheetFigures, rows: readonly number[], col: number, headerText: string): boolean {
  if (isNumberColumnHeader(headerText)) return false;
  let count = 0;
  for (const r of rows) {
    const k = figures.kindAt(r, col);
    if (k === AMOUNT || k === BIG_AMOUNT || k === DASH) count++;
  }
  return count > 0 && count * 2 >= rows.length;
}
