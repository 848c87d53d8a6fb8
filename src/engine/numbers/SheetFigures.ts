import { isCellError, type SheetGrid } from '../snapshot';
import { AmountFigure, type Figure } from './Figure';
import { numberFormatInfo } from './numberFormat';
import { parseFigure } from './parseFigure';

/** Kinds of figure as stored. */
export const AMOUNT = 1;
export const EMPTY = 2;
export const DASH = 3;
export const MALFORMED = 4;
export const ERROR = 5;
export const TEXT = 6;
/** An amount whose units are not a safe integer: kept as an object (its exact BigInt units). */
export const BIG_AMOUNT = 7;

/** Numbers stored per cell: a code (kind, scale and shown decimals packed), then the units. */
export const STRIDE = 2;

/** Packs a cell's kind (3 bits), scale (0..63) and shown decimals (−256..255) into one small integer. */
export function packCode(kind: number, scale: number, decimals: number): number {
  return kind | (scale << 3) | ((decimals + 256) << 9);
}
export const kindOf = (code: number): number => code & 7;
export const scaleOf = (code: number): number => (code >> 3) & 63;
export const decimalsOf = (code: number): number => (code >> 9) - 256;

const EMPTY_FIGURE: Figure = { kind: 'empty' };
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
const NO_ROW: FigureRow = { cells: new Float64Array(0), start: 0, end: 0, big: undefined };

/**
 * One row's figures, parsed together into packed numbers in the sheet's store `cells`: for
 * column c at `i = start + c*STRIDE` (read only while `i < end`; past it the cell is empty),
 * `cells[i]` is the packed code (kind, scale, shown decimals; see packCode) and `cells[i+1]`
 * the units: the value is units × 10^−scale, exactly (units is a safe integer). Amounts
 * that do not fit are BIG_AMOUNT, kept in `big`. A 200,000-row table keeps no object per cell.
 */
export interface FigureRow {
  readonly cells: Float64Array;
  readonly start: number;
  readonly end: number;
  readonly big: Map<number, AmountFigure> | undefined;
}

/**
 * The figures of one sheet, parsed once, a row at a time, on first use. A merged cell's
 * non-anchor cells read as empty, as in Excel. `decimalComma` settles `1,567` for the sheet.
 *
 * All rows' cells live in one Float64Array for the sheet (row r from `start[r]`, as wide as
 * the snapshot's row), allocated on first use: its numbers are outside the JS heap, so the
 * garbage collector neither scans nor copies them.
 */
export class SheetFigures {
  readonly grid: SheetGrid;
  private readonly decimalComma: boolean;
  private readonly rows: (FigureRow | undefined)[] = [];
  private store: Float64Array | undefined;
  private start: Int32Array | undefined;

  constructor(grid: SheetGrid, decimalComma: boolean) {
    this.grid = grid;
    this.decimalComma = decimalComma;
  }

  /** The parsed row (columns are sheet columns; past the row's last cell, empty). */
  row(row: number): FigureRow {
    const r = row - this.grid.top;
    if (r < 0 || r >= this.grid.rowCount) return NO_ROW;
    return (this.rows[r] ??= this.parseRow(row));
  }

  /** The kind code of a cell (AMOUNT, EMPTY, ...). */
  kindAt(row: number, col: number): number {
    const { cells, start, end } = this.row(row);
    const i = start + col * STRIDE;
    return i < end ? cells[i] & 7 : EMPTY;
  }

  /** The figure of a cell as an object (for reports and rare paths; sums read `row()`). */
  at(row: number, col: number): Figure {
    const r = this.row(row);
    const i = r.start + col * STRIDE;
    const code = i < r.end ? r.cells[i] : EMPTY;
    const value = this.grid.valueAt(row, col);
    switch (kindOf(code)) {
      case AMOUNT:
        return new AmountFigure(BigInt(r.cells[i + 1]), scaleOf(code), decimalsOf(code), typeof value === 'string');
      case BIG_AMOUNT:
        return r.big!.get(col)!;
      case DASH:
        return { kind: 'dash', text: String(value) };
      case MALFORMED:
        return { kind: 'malformed', text: String(value) };
      case ERROR:
        return { kind: 'error', text: value !== null && isCellError(value) ? value.error : String(value) };
      case TEXT:
        return { kind: 'text', text: String(value) };
      default:
        return EMPTY_FIGURE;
    }
  }

  /** Lays out the store: each row as wide as its values (plus the grid's left offset). */
  private allocate(): void {
    const { grid } = this;
    const start = new Int32Array(grid.rowCount + 1);
    let at = 0;
    for (let r = 0; r < grid.rowCount; r++) {
      start[r] = at;
      at += (grid.rowValues(grid.top + r).length + grid.left) * STRIDE;
    }
    start[grid.rowCount] = at;
    this.start = start;
    this.store = new Float64Array(at);
  }

  private parseRow(row: number): FigureRow {
    const { grid } = this;
    if (!this.store) this.allocate();
    const values = grid.rowValues(row);
    const formats = grid.rowFormats(row);
    const left = grid.left;
    const width = values.length + left;
    const r = row - grid.top;
    const cells = this.store!;
    const start = this.start![r];
    let big: Map<number, AmountFigure> | undefined;
    for (let col = 0; col < width; col++) {
      const i = start + col * STRIDE;
      const value = col < left ? null : values[col - left];
      if (value === null || value === undefined) {
        cells[i] = EMPTY;
        continue;
      }
      const format = col < left ? undefined : (formats?.[col - left] ?? undefined);
      if (typeof value === 'number' && readNumber(value, format, cells, i)) continue;
      const f = parseFigure(value, format, { decimalComma: this.decimalComma });
      if (f.kind === 'amount') {
        const units = Number(f.units);
        if (Number.isSafeInteger(units) && BigInt(units) === f.units && f.scale <= 63 && f.decimals >= -256 && f.decimals <= 255) {
          cells[i] = packCode(AMOUNT, f.scale, f.decimals);
          cells[i + 1] = units;
        } else {
          cells[i] = BIG_AMOUNT;
          (big ??= new Map()).set(col, f);
        }
      } else {
        cells[i] = f.kind === 'empty' ? EMPTY : f.kind === 'dash' ? DASH : f.kind === 'malformed' ? MALFORMED : f.kind === 'error' ? ERROR : TEXT;
      }
    }
    return { cells, start, end: this.start![r + 1], big };
  }
}

/**
 * The fast path of parseFigure for a number cell, writing kind, units, scale and decimals
 * into `cells` at `i`; false when it must take the general path (dates, 16+ digit numbers).
 * The fewest decimals k for which round(v·10^k)/10^k is v again give the shortest decimal
 * that reads back as v: the digits Excel shows.
 */
let lastFormat: string | undefined;
let lastInfo = numberFormatInfo(undefined);

function readNumber(value: number, numberFormat: string | undefined, cells: Float64Array, i: number): boolean {
  if (!Number.isFinite(value)) return false;
  // formats repeat down columns and across rows: the last one is usually the one
  if (numberFormat !== lastFormat) {
    lastFormat = numberFormat;
    lastInfo = numberFormatInfo(numberFormat);
  }
  const info = lastInfo;
  if (info.date) return false;
  const magnitude = Math.abs(value);
  if (magnitude >= 1e14) return false; // near Excel's 15 digits: the general path caps the precision
  let scale = 0;
  let units = value;
  if (!Number.isInteger(value)) {
    if (magnitude < 1e-6) return false;
    const intDigits = magnitude >= 1 ? Math.floor(Math.log10(magnitude)) + 1 : 0;
    scale = -1;
    for (let k = 1; k <= 15 - intDigits; k++) {
      const r = Math.round(value * POW10[k]);
      if (r / POW10[k] === value) {
        scale = k;
        units = r;
        break;
      }
    }
    if (scale < 0) return false;
  }
  let decimals = info.decimals ?? scale;
  if (info.percent) decimals += 2;
  if (decimals > 255) return false;
  cells[i] = packCode(AMOUNT, scale, decimals);
  cells[i + 1] = units;
  return true;
}
