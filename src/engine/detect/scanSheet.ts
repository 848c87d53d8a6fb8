import type { SheetGrid } from '../snapshot';
import type { CellAddress } from '../address';
import { mayHoldFundingText } from '../passport/parseFundingText';
import { MAX_YEAR, MIN_YEAR, parseYear } from '../vocabulary/parseYear';

export interface YearCell {
  readonly row: number;
  readonly col: number;
  readonly year: number;
  readonly typedAsText: boolean;
}

/** What one pass over a sheet's cells finds: where years are, and whether it speaks Russian. */
export interface SheetScan {
  /**
   * Rows holding two or more consecutive years left to right, going up or down (header rows of
   * years across): the run that finds a table; the table's year columns are every year of its
   * header row (see headerYears).
   */
  readonly yearRows: ReadonlyMap<number, readonly YearCell[]>;
  /** Columns of years down the rows (a year followed by the next year on the next row). */
  readonly yearColumns: ReadonlyMap<number, readonly YearCell[]>;
  readonly cyrillic: boolean;
  /** Text cells that may hold a passport's funding paragraph (see mayHoldFundingText). */
  readonly proseCells: readonly CellAddress[];
}

const CYRILLIC = /[а-яё]/i;

export function scanSheet(grid: SheetGrid): SheetScan {
  const yearRows = new Map<number, YearCell[]>();
  // per column, what makes it a column of years down the rows: somewhere a year is followed
  // by the next year on the next row (2021г. then 2022г.). Years of stacked tables' headers
  // in one column (far apart, repeated) do not.
  const width = grid.right - grid.left + 1;
  const lastRow = new Int32Array(Math.max(width, 0)).fill(-2);
  const lastYear = new Int32Array(Math.max(width, 0));
  const stepped = new Uint8Array(Math.max(width, 0));
  let cyrillic = false;
  const proseCells: CellAddress[] = [];
  // this row's year cells (scratch, reused: a year-rows table has a year on every row)
  const rowCols = new Int32Array(Math.max(width, 0));
  const rowYears = new Int32Array(Math.max(width, 0));
  const rowText = new Uint8Array(Math.max(width, 0));
  for (let r = grid.top; r <= grid.bottom; r++) {
    let n = 0;
    let otherNumbers = false;
    const values = grid.rowValues(r);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null || v === undefined) continue;
      const c = grid.left + i;
      let year: number | undefined;
      let text = false;
      if (typeof v === 'number') {
        if (v >= MIN_YEAR && v <= MAX_YEAR && Number.isInteger(v)) year = v;
        else otherNumbers = true;
      } else if (typeof v === 'string') {
        if (!cyrillic && CYRILLIC.test(v)) cyrillic = true;
        if (v.length >= 40 && mayHoldFundingText(v)) proseCells.push({ row: r, col: c });
        if (mayBeYear(v)) {
          year = parseYear(v);
          text = year !== undefined;
        }
      }
      if (year === undefined) continue;
      rowCols[n] = c;
      rowYears[n] = year;
      rowText[n] = text ? 1 : 0;
      n++;
      const k = c - grid.left;
      if (lastRow[k] === r - 1 && year === lastYear[k] + 1) stepped[k] = 1;
      lastRow[k] = r;
      lastYear[k] = year;
    }
    if (n >= 2 && hasStep(rowYears, n)) {
      const run = consecutiveRun(rowYears, n);
      const numericOnly = run.every((k) => rowText[k] === 0);
      if (run.length >= 2 && !(numericOnly && otherNumbers)) {
        yearRows.set(
          r,
          run.map((k) => ({ row: r, col: rowCols[k], year: rowYears[k], typedAsText: rowText[k] === 1 })),
        );
      }
    }
  }
  const yearColumns = new Map<number, YearCell[]>();
  for (let k = 0; k < width; k++) {
    if (!stepped[k]) continue;
    const c = grid.left + k;
    const cells: YearCell[] = [];
    for (let r = grid.top; r <= grid.bottom; r++) {
      const v = grid.valueAt(r, c);
      if (v === null) continue;
      const year = typeof v === 'number' || (typeof v === 'string' && mayBeYear(v)) ? parseYear(v) : undefined;
      if (year !== undefined) cells.push({ row: r, col: c, year, typedAsText: typeof v === 'string' });
    }
    if (cells.length >= 2) yearColumns.set(c, cells);
  }
  return { yearRows, yearColumns, cyrillic, proseCells };
}

/** Whether some year of the first n is followed by the year after or before it (cheap test before consecutiveRun). */
function hasStep(years: Int32Array, n: number): boolean {
  for (let k = 1; k < n; k++) if (Math.abs(years[k] - years[k - 1]) === 1) return true;
  return false;
}

/** Indexes of the longest run of the first n cells whose years go up (or down) by one from left to right. */
function consecutiveRun(years: Int32Array, n: number): number[] {
  let best: number[] = [];
  for (const step of [1, -1]) {
    let current: number[] = [];
    for (let k = 0; k < n; k++) {
      const last = current[current.length - 1];
      if (last !== undefined && years[k] === years[last] + step) current.push(k);
      else current = [k];
      if (current.length > best.length) best = current;
    }
  }
  return best;
}

/** The year a cell names (`2021`, `2021 год`, `FY2024`), as the scan reads it; undefined for any other value. */
export function yearOfCell(v: unknown): { readonly year: number; readonly typedAsText: boolean } | undefined {
  if (typeof v === 'number') {
    const year = v >= MIN_YEAR && v <= MAX_YEAR && Number.isInteger(v) ? v : undefined;
    return year === undefined ? undefined : { year, typedAsText: false };
  }
  if (typeof v !== 'string' || !mayBeYear(v)) return undefined;
  const year = parseYear(v);
  return year === undefined ? undefined : { year, typedAsText: true };
}

/**
 * A table's year columns: every cell of its row of years between `left` and `right` that names
 * a year, in column order: the consecutive run that found the table and any year beyond a gap
 * in it (2019 beside 2024, 2025), but no year twice (the run's cell stands). The one reading of
 * a table's years that the check and the rollups both use.
 */
export function headerYears(grid: SheetGrid, run: readonly YearCell[], left: number, right: number): YearCell[] {
  const row = run[0].row;
  const taken = new Set(run.map((y) => y.year));
  const out: YearCell[] = [];
  for (let c = left; c <= right; c++) {
    const inRun = run.find((y) => y.col === c);
    if (inRun) {
      out.push(inRun);
      continue;
    }
    const y = yearOfCell(grid.valueAt(row, c));
    if (!y || taken.has(y.year)) continue;
    taken.add(y.year);
    out.push({ row, col: c, year: y.year, typedAsText: y.typedAsText });
  }
  return out;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * A cheap test that rules out most strings before the year pattern runs: a year label is
 * short and is four digits not followed by another digit (`2021 год`, `2021г.`), or starts
 * with F(Y), `на`, `за` or a space. Text figures (`345 128,0`) fail it at once.
 */
function mayBeYear(v: string): boolean {
  if (v.length > 20 || v.length < 4) return false;
  const first = v.charCodeAt(0);
  if (isDigit(first)) {
    if (!(isDigit(v.charCodeAt(1)) && isDigit(v.charCodeAt(2)) && isDigit(v.charCodeAt(3)))) return false;
    if (v.length === 4) return true;
    const next = v.charCodeAt(4);
    // `2021 год`, `2021г.`, `2021.`: a year; `2021,5`, `2021.5`, `20215`: a number
    return !isDigit(next) && !((next === 44 || next === 46) && isDigit(v.charCodeAt(5)));
  }
  return first === 70 || first === 102 || first === 32 || first === 1085 || first === 1079;
}
