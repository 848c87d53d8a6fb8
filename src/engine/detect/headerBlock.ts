import type { CellRange } from '../address';
import type { SheetGrid } from '../snapshot';

/**
 * The header of a table around a row that is known to be part of it (the row of years,
 * or of source names): grown upwards through merged cells and multi-cell header rows,
 * and sideways while any header row has something in the column. Titles (a single cell
 * above the header) stay out.
 */
export function headerBlock(grid: SheetGrid, row: number, firstCol: number, lastCol: number): CellRange {
  let top = row;
  let left = firstCol;
  let right = lastCol;
  for (let pass = 0; pass < 6; pass++) {
    const before = `${top}:${left}:${right}`;
    for (const m of grid.merges) {
      if (m.bottom >= top && m.top < top && m.bottom <= row && m.right >= left && m.left <= right && m.top >= row - 4) top = m.top;
    }
    while (top - 1 >= grid.top && top > row - 4 && isHeaderRowAbove(grid, top - 1, left, right)) top--;
    while (left - 1 >= grid.left && columnHasHeader(grid, top, row, left - 1)) left--;
    while (right + 1 <= grid.right && columnHasHeader(grid, top, row, right + 1)) right++;
    if (`${top}:${left}:${right}` === before) break;
  }
  return { top, left, bottom: row, right };
}

function columnHasHeader(grid: SheetGrid, top: number, bottom: number, col: number): boolean {
  for (let r = top; r <= bottom; r++) if (!grid.isBlank(r, col)) return true;
  return false;
}

/** A row above the header joins it when it has two or more separate cells, or a cell merged across columns. */
function isHeaderRowAbove(grid: SheetGrid, r: number, left: number, right: number): boolean {
  let separate = 0;
  let lastMerge: CellRange | undefined;
  for (let c = left; c <= right; c++) {
    if (grid.isBlank(r, c)) continue;
    const m = grid.mergeAt(r, c);
    if (m) {
      if (m === lastMerge) continue;
      lastMerge = m;
      // a title merged across the whole width is not a header
      if (m.left <= left && m.right >= right && m.bottom === m.top) return false;
      if (m.right > m.left && m.left >= left) separate += 2;
      else separate++;
    } else {
      separate++;
    }
  }
  return separate >= 2;
}

/** Joined text of a column's header cells (merge-aware), without repeats. */
export function columnHeaderText(grid: SheetGrid, header: CellRange, col: number): string {
  const parts: string[] = [];
  for (let r = header.top; r <= header.bottom; r++) {
    const t = grid.textAt(r, col);
    if (t && parts[parts.length - 1] !== t) parts.push(t);
  }
  return parts.join(' ');
}

/** The lowest non-empty header text of a column: its own name under any group heading. */
export function columnOwnHeader(grid: SheetGrid, header: CellRange, col: number): string {
  for (let r = header.bottom; r >= header.top; r--) {
    const t = grid.textAt(r, col);
    if (t) return t;
  }
  return '';
}

/** A row of column numbers (`1 2 3 ...`) under a header. */
export function isColumnNumberRow(grid: SheetGrid, r: number, left: number, right: number): boolean {
  let expected = -1;
  let count = 0;
  for (let c = left; c <= right; c++) {
    const v = grid.valueAt(r, c);
    if (v === null || v === '') continue;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,2}$/.test(v.trim()) ? Number(v) : NaN;
    if (!Number.isInteger(n)) return false;
    if (expected !== -1 && n !== expected) return false;
    expected = n + 1;
    count++;
  }
  return count >= 3 && count * 2 >= right - left + 1;
}

/** True when every cell of the row between left and right is empty (ignoring merged labels). */
export function isBlankRow(grid: SheetGrid, r: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const v = grid.valueAt(r, c);
    if (v !== null && !(typeof v === 'string' && v.trim() === '')) return false;
  }
  return true;
}
