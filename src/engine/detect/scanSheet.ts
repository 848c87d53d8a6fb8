import type { SheetGrid } from '../snapshot';
import { MAX_YEAR, MIN_YEAR, parseYear } from '../vocabulary';

export interface YearCell {
  readonly row: number;
  readonly col: number;
  readonly year: number;
  readonly typedAsText: boolean;
}

/** What one pass over a sheet's cells finds: where years are, and whether it speaks Russian. */
export interface SheetScan {
  /** Rows holding two or more consecutive years left to right (header rows of years across). */
  readonly yearRows: ReadonlyMap<number, readonly YearCell[]>;
  /** Columns holding two or more years (candidates for year rows down the sheet). */
  readonly yearColumns: ReadonlyMap<number, readonly YearCell[]>;
  readonly cyrillic: boolean;
}

const CYRILLIC = /[а-яё]/i;

export function scanSheet(grid: SheetGrid): SheetScan {
  const byRow = new Map<number, YearCell[]>();
  const byCol = new Map<number, YearCell[]>();
  let cyrillic = false;
  const otherNumbersInRow = new Set<number>();
  for (let r = grid.top; r <= grid.bottom; r++) {
    let rowYears: YearCell[] | undefined;
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.valueAt(r, c);
      if (v === null) continue;
      if (typeof v === 'number') {
        if (v >= MIN_YEAR && v <= MAX_YEAR && Number.isInteger(v)) {
          const cell = { row: r, col: c, year: v, typedAsText: false };
          (rowYears ??= []).push(cell);
          let list = byCol.get(c);
          if (!list) byCol.set(c, (list = []));
          list.push(cell);
        } else {
          otherNumbersInRow.add(r);
        }
      } else if (typeof v === 'string') {
        if (!cyrillic && CYRILLIC.test(v)) cyrillic = true;
        const first = v.charCodeAt(0);
        // cheap pre-check: years start with a digit or F(Y), and are short
        if (v.length <= 20 && ((first >= 48 && first <= 57) || first === 70 || first === 102 || first === 32 || first === 1085 || first === 1079)) {
          const year = parseYear(v);
          if (year !== undefined) {
            const cell = { row: r, col: c, year, typedAsText: true };
            (rowYears ??= []).push(cell);
            let list = byCol.get(c);
            if (!list) byCol.set(c, (list = []));
            list.push(cell);
          }
        }
      }
    }
    if (rowYears && rowYears.length >= 2) {
      const run = consecutiveRun(rowYears);
      const numericOnly = run.every((y) => !y.typedAsText);
      if (run.length >= 2 && !(numericOnly && otherNumbersInRow.has(r))) byRow.set(r, run);
    }
  }
  const yearColumns = new Map<number, YearCell[]>();
  for (const [c, cells] of byCol) if (cells.length >= 2) yearColumns.set(c, cells);
  return { yearRows: byRow, yearColumns, cyrillic };
}

/** The longest run of cells whose years go up by one from left to right. */
function consecutiveRun(cells: readonly YearCell[]): YearCell[] {
  let best: YearCell[] = [];
  let current: YearCell[] = [];
  for (const cell of cells) {
    const last = current[current.length - 1];
    if (last && cell.year === last.year + 1) current.push(cell);
    else current = [cell];
    if (current.length > best.length) best = current;
  }
  return best;
}
