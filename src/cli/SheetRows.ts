import type { CellRange, CellValue, SheetSnapshot } from '../engine';

/** Excel's sheet size: rows and columns past these are not a workbook Excel could have written. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/** One row's cells as a reader collects them: sparse arrays by 0-based column. */
interface RowParts {
  readonly values: (CellValue | undefined)[];
  formulas?: (string | null)[];
  formats?: (string | null)[];
}

/**
 * Collects a sheet's non-empty cells in any order and makes the engine's dense snapshot of them:
 * rows from the first filled row to the last, values dense (`null` where empty), formulas and
 * number formats only where a row has any. Both .xlsx readers build sheets with it.
 */
export class SheetRows {
  private readonly rows = new Map<number, RowParts>();
  /** The last row made (0-based). */
  private lastRow = -1;

  /** Row `r` (0-based), made on first use. */
  row(r: number): RowParts {
    let row = this.rows.get(r);
    if (!row) {
      row = { values: [] };
      this.rows.set(r, row);
      if (r > this.lastRow) this.lastRow = r;
    }
    return row;
  }

  /**
   * Empties the cells a merge covers, its anchor (top-left) excepted, as Excel shows them. Only the
   * rows that have cells are visited: a whole-sheet merge (`A7:XFD1048576`) costs no more than the
   * sheet's own cells.
   */
  clearMerged(m: CellRange): void {
    const bottom = Math.min(m.bottom, this.lastRow);
    for (let r = m.top; r <= bottom; r++) {
      const row = this.rows.get(r);
      if (!row) continue;
      const last = Math.min(m.right, row.values.length - 1);
      for (let c = r === m.top ? m.left + 1 : m.left; c <= last; c++) {
        delete row.values[c];
        if (row.formulas) delete row.formulas[c];
        if (row.formats) delete row.formats[c];
      }
    }
  }

  snapshot(name: string, merges: CellRange[], isProtected: boolean): SheetSnapshot {
    let minRow = Infinity;
    let maxRow = -1;
    for (const [r, row] of this.rows) {
      if (!trim(row)) {
        this.rows.delete(r);
        continue;
      }
      if (r < minRow) minRow = r;
      if (r > maxRow) maxRow = r;
    }
    if (maxRow < 0) return { name, values: [], merges, protected: isProtected };
    const values: CellValue[][] = [];
    const formulas: ((string | null)[] | undefined)[] = [];
    const numberFormats: ((string | null)[] | undefined)[] = [];
    for (let r = minRow; r <= maxRow; r++) {
      const row = this.rows.get(r);
      values.push(row ? densify(row.values) : []);
      formulas.push(row && defined(row.formulas));
      numberFormats.push(row && defined(row.formats));
    }
    return { name, origin: { row: minRow, col: 0 }, values, formulas, numberFormats, merges, protected: isProtected };
  }
}

/** Drops trailing empty cells; false when nothing is left. */
function trim(row: RowParts): boolean {
  const v = row.values;
  let n = v.length;
  while (n > 0 && v[n - 1] === undefined) n--;
  v.length = n;
  return n > 0;
}

function densify(values: (CellValue | undefined)[]): CellValue[] {
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
  return values as CellValue[];
}

/** A sparse row of formulas or formats, or undefined when a merge emptied every cell of it. */
function defined(xs: (string | null)[] | undefined): (string | null)[] | undefined {
  if (!xs) return undefined;
  return xs.some((x) => x !== undefined) ? xs : undefined;
}
