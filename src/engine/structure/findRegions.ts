import { AMOUNT, BIG_AMOUNT, DASH, EMPTY, MALFORMED, STRIDE, TEXT, type SheetFigures } from '../numbers/SheetFigures';
import type { SheetGrid } from '../snapshot';
import type { SheetScan } from '../detect/scanSheet';
import { isNumberColumnHeader } from '../vocabulary/classifyLabel';
import { MAX_YEAR, MIN_YEAR } from '../vocabulary/parseYear';
import type { Region } from './Region';

/** Rows of words between rows of figures that a block may span (headings of sections, notes). */
const MAX_GAP = 3;
/** Blank rows a block may span (spacing between groups). */
const MAX_BLANK = 2;
/** Header rows read above a block. */
const MAX_HEADER_ROWS = 5;

const enum RowType {
  Blank,
  Figures,
  /** Only words, or a row of years or column numbers: may start or separate tables. */
  Words,
  /** A row of years (`2019 2020 2021`) or of column numbers (`1 2 3`): always a header. */
  HeaderNumbers,
}

/**
 * The blocks of figures of a sheet, from its structure alone: rows holding figures, kept
 * together across headings and blank lines, cut where a new header starts (a row of words
 * across the figure columns, a row of years or of column numbers). Years down the rows
 * (`2021`, `2022 год`) and numbering (`1`, `1.1`) are labels, not figures. Each block gets
 * the header rows right above it and the label columns to its left.
 */
export function findRegions(grid: SheetGrid, figures: SheetFigures, scan: SheetScan, skipRow: (row: number) => boolean = () => false): Region[] {
  const yearLabel = new Set<number>();
  const yearCols = new Set<number>();
  for (const [col, cells] of scan.yearColumns) {
    yearCols.add(col);
    for (const y of cells) yearLabel.add(y.row * 16384 + col);
  }
  const isLabel = (r: number, c: number) => yearCols.has(c) && yearLabel.has(r * 16384 + c);
  const reader: RowReader = { grid, figures, isLabel, numbers: [] };

  // each row's type, and the span of its figure columns, in one pass over its cells
  const n = grid.rowCount;
  const types = new Uint8Array(n);
  const spanLeft = new Float64Array(n);
  const spanRight = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const r = grid.top + k;
    // rows another reading has settled (a large layout table) are not read again
    if (skipRow(r)) {
      types[k] = RowType.Blank;
      spanLeft[k] = Infinity;
      spanRight[k] = -Infinity;
      continue;
    }
    types[k] = rowType(reader, r);
    spanLeft[k] = reader.left!;
    spanRight[k] = reader.right!;
  }
  const typeOf = (r: number): RowType => (r >= grid.top && r <= grid.bottom ? (types[r - grid.top] as RowType) : RowType.Blank);

  const regions: Region[] = [];
  let rows: number[] = [];
  let figLeft = Infinity;
  let figRight = -Infinity;
  let gap = 0;
  let blanks = 0;
  const close = () => {
    if (rows.length > 0) {
      const region = makeRegion(grid, figures, rows, isLabel, typeOf);
      if (region) regions.push(region);
    }
    rows = [];
    figLeft = Infinity;
    figRight = -Infinity;
    gap = 0;
    blanks = 0;
  };
  for (let r = grid.top; r <= grid.bottom; r++) {
    const t = typeOf(r);
    if (t === RowType.Figures) {
      rows.push(r);
      figLeft = Math.min(figLeft, spanLeft[r - grid.top]);
      figRight = Math.max(figRight, spanRight[r - grid.top]);
      gap = 0;
      blanks = 0;
      continue;
    }
    if (rows.length === 0) continue;
    if (t === RowType.HeaderNumbers) {
      close();
      continue;
    }
    if (t === RowType.Blank) {
      if (++blanks > MAX_BLANK) close();
      continue;
    }
    // words: a heading inside the table, or the header of the next one
    if (wordsAcross(grid, r, figLeft, figRight) >= 2 || ++gap > MAX_GAP) close();
  }
  close();
  return regions;
}

/** Amounts, and what looks like one but is not (`2600,,0`): an error value (`#REF!`) alone makes no figure column. */
function isFigureKind(kind: number): boolean {
  return kind === AMOUNT || kind === BIG_AMOUNT || kind === MALFORMED;
}

/** What rowType reads a row with; `left`/`right` come back as the span of its figure columns. */
interface RowReader {
  readonly grid: SheetGrid;
  readonly figures: SheetFigures;
  readonly isLabel: (r: number, c: number) => boolean;
  /** Scratch: the row's whole numbers. */
  readonly numbers: number[];
  left?: number;
  right?: number;
}

/** The kind of a cell straight from the sheet's figure store (the row already parsed). */
function kindIn(figures: SheetFigures, start: number, end: number, c: number): number {
  const i = start + c * STRIDE;
  return i < end ? figures.cells[i] & 7 : EMPTY;
}

function rowType(reader: RowReader, r: number): RowType {
  const { grid, figures, isLabel, numbers } = reader;
  const values = grid.rowValues(r);
  let amounts = 0;
  let words = 0;
  numbers.length = 0;
  let onlyWholeNumbers = true;
  let left = Infinity;
  let right = -Infinity;
  const start = figures.rowStart(r);
  const end = figures.rowEnd(r);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    const c = grid.left + i;
    const kind = kindIn(figures, start, end, c);
    if (kind === TEXT || kind === EMPTY) {
      if (typeof v === 'string' && v.trim() === '') continue;
      words++;
      continue;
    }
    if (kind === DASH) continue;
    if (isLabel(r, c)) continue;
    if (isFigureKind(kind)) {
      amounts++;
      if (c < left) left = c;
      if (c > right) right = c;
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{1,4}\s*$/.test(v) ? Number(v) : NaN;
      if (Number.isInteger(n)) numbers.push(n);
      else onlyWholeNumbers = false;
    }
  }
  reader.left = left;
  reader.right = right;
  if (amounts === 0) return words === 0 ? RowType.Blank : RowType.Words;
  if (onlyWholeNumbers && numbers.length >= 2 && (isYearRow(numbers) || (words === 0 && isColumnNumbers(numbers)))) return RowType.HeaderNumbers;
  return RowType.Figures;
}

/** Years left to right, each the year after the one before (`2019 2020 2021`): a header of years. */
function isYearRow(numbers: readonly number[]): boolean {
  for (let i = 0; i < numbers.length; i++) {
    if (numbers[i] < MIN_YEAR || numbers[i] > MAX_YEAR) return false;
    if (i > 0 && numbers[i] !== numbers[i - 1] + 1) return false;
  }
  return true;
}

/**
 * `1 2 3 4 ...` from 1 (or 2, when the first column has none), with no words in the row:
 * a row of column numbers. A number copied out of order (`... 8 11 9 10 11`) is allowed.
 */
function isColumnNumbers(numbers: readonly number[]): boolean {
  if (numbers.length < 3 || numbers[0] > 2) return false;
  let outOfOrder = 0;
  for (let i = 0; i < numbers.length; i++) {
    if (numbers[i] < 1 || numbers[i] > 99) return false;
    if (i > 0 && numbers[i] !== numbers[i - 1] + 1) outOfOrder++;
  }
  return outOfOrder * 4 <= numbers.length;
}

function nonBlankCells(grid: SheetGrid, r: number): number {
  let n = 0;
  const values = grid.rowValues(r);
  for (const v of values) if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) n++;
  return n;
}

/** Separate non-blank cells of a row within [left, right] (a merged cell counts once). */
function wordsAcross(grid: SheetGrid, r: number, left: number, right: number): number {
  let n = 0;
  for (let c = left; c <= right; c++) {
    const m = grid.mergeAt(r, c);
    if (m && m.left !== c && c !== left) continue;
    if (!grid.isBlank(r, c)) n++;
  }
  return n;
}

function makeRegion(grid: SheetGrid, figures: SheetFigures, rows: readonly number[], isLabel: (r: number, c: number) => boolean, typeOf: (r: number) => RowType): Region | undefined {
  const counts = new Map<number, number>();
  const textCount = new Map<number, number>();
  for (const r of rows) {
    const start = figures.rowStart(r);
    const end = figures.rowEnd(r);
    const width = grid.rowValues(r).length;
    for (let i = 0; i < width; i++) {
      const c = grid.left + i;
      const kind = kindIn(figures, start, end, c);
      if (isFigureKind(kind)) {
        if (!isLabel(r, c)) counts.set(c, (counts.get(c) ?? 0) + 1);
      } else if (kind === TEXT) textCount.set(c, (textCount.get(c) ?? 0) + 1);
    }
  }
  let cols = [...counts.keys()].sort((a, b) => a - b);
  // the columns of words (names) and numbering left of the figures
  let firstTextCol: number | undefined;
  for (const [c, k] of textCount) if (k / rows.length >= 0.3 && (firstTextCol === undefined || c < firstTextCol)) firstTextCol = c;
  const labelCols = new Set<number>();
  for (const c of cols) {
    if (firstTextCol !== undefined && c < firstTextCol && isNumbering(grid, rows, c)) labelCols.add(c);
  }
  const top = rows[0];
  const headerTop = headerStart(grid, top, typeOf, cols);
  for (const c of cols) {
    for (let r = headerTop; r < top; r++) if (isNumberColumnHeader(grid.textAt(r, c))) labelCols.add(c);
  }
  cols = cols.filter((c) => !labelCols.has(c));
  if (cols.length === 0) return undefined;
  const bodyRows: number[] = [];
  let cells = 0;
  for (const r of rows) {
    const start = figures.rowStart(r);
    const end = figures.rowEnd(r);
    let k = 0;
    for (const c of cols) if (isFigureKind(kindIn(figures, start, end, c))) k++;
    if (k > 0) bodyRows.push(r);
    cells += k;
  }
  if (bodyRows.length === 0 || cells < 4) return undefined;
  for (let c = grid.left; c < cols[0]; c++) {
    if (labelCols.has(c)) continue;
    if (bodyRows.some((r) => !grid.isBlank(r, c))) labelCols.add(c);
  }
  const labels = [...labelCols].sort((a, b) => a - b);
  let left = Math.min(cols[0], labels[0] ?? cols[0]);
  // the header's own cells left of the labels (`Объемы финансирования` over the years) are the table's
  for (let r = headerTop; r < top; r++) for (let c = grid.left; c < left; c++) if (!grid.isBlank(r, c)) left = c;
  const right = cols[cols.length - 1];
  const bottom = bodyRows[bodyRows.length - 1];
  return { sheet: grid.name, headerTop, top, bottom, rows: bodyRows, cols, labelCols: labels, range: { top: headerTop, left, bottom, right } };
}

/** Numbering (`1`, `2`, `12`) left of the names: whole numbers below 1000. */
function isNumbering(grid: SheetGrid, rows: readonly number[], c: number): boolean {
  for (const r of rows) {
    const v = grid.valueAt(r, c);
    if (v === null || v === '') continue;
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : NaN;
    if (!(Number.isInteger(n) && n >= 0 && n < 1000)) return false;
  }
  return true;
}

/** The first header row above a block's first body row: rows of words or of years/column numbers right above it. */
function headerStart(grid: SheetGrid, top: number, typeOf: (r: number) => RowType, cols: readonly number[]): number {
  let start = top;
  const left = cols[0];
  const right = cols[cols.length - 1];
  let skipped = false;
  for (let r = top - 1; r >= grid.top && top - r <= MAX_HEADER_ROWS; r--) {
    const t = typeOf(r);
    // one blank row may stand between a header and its figures
    if (t === RowType.Blank && start === top && !skipped) {
      skipped = true;
      continue;
    }
    if (t === RowType.HeaderNumbers) {
      start = r;
      continue;
    }
    if (t !== RowType.Words) break;
    // a lone cell above a header (a unit, a title) is not part of it
    if (start < top && nonBlankCells(grid, r) === 1) break;
    // a header row says something above the figure columns; a title merged over the whole width does not count
    let over = false;
    for (let c = left; c <= right && !over; c++) {
      if (grid.isBlank(r, c)) continue;
      const m = grid.mergeAt(r, c);
      over = !(m && m.left <= grid.left && m.right >= right);
    }
    if (!over) break;
    start = r;
  }
  // header cells merged down into the rows above
  for (const m of grid.merges) {
    if (m.top < start && m.bottom >= start && m.bottom < top && m.right >= left && m.left <= right && start - m.top <= 3) start = m.top;
  }
  return start;
}
