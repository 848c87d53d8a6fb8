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
/**
 * The figures of one sheet, parsed once, a row at a time, on first use. A merged cell's
 * non-anchor cells read as empty, as in Excel. `decimalComma` settles `1,567` for the sheet.
 *
 * Every row's figures are packed numbers in the sheet's one Float64Array `cells`: for column
 * c of a row, at `i = rowStart(row) + c*STRIDE` (read only while `i < rowEnd(row)`; past it the
 * cell is empty), `cells[i]` is the packed code (kind, scale, shown decimals; see packCode)
 * and `cells[i+1]` the units: the value is units × 10^−scale, exactly (units is a safe
 * integer). Amounts that do not fit are BIG_AMOUNT, kept as objects (`bigAt`). Each row is
 * as wide as its values. A 200,000-row table keeps no object per cell or row, and the
 * numbers live outside the JS heap: the garbage collector neither scans nor copies them.
 */
export class SheetFigures {
  readonly grid: SheetGrid;
  readonly cells: Float64Array;
  private readonly decimalComma: boolean;
  /** Where each row (row − top) starts in `cells`; one more entry, the end of the last row. */
  private readonly starts: Int32Array;
  private readonly parsed: Uint8Array;
  /** BIG_AMOUNT cells: row → column → figure. */
  private readonly big = new Map<number, Map<number, AmountFigure>>();

  constructor(grid: SheetGrid, decimalComma: boolean) {
    this.grid = grid;
    this.decimalComma = decimalComma;
    const starts = new Int32Array(grid.rowCount + 1);
    let at = 0;
    for (let r = 0; r < grid.rowCount; r++) {
      starts[r] = at;
      at += (grid.rowValues(grid.top + r).length + grid.left) * STRIDE;
    }
    starts[grid.rowCount] = at;
    this.starts = starts;
    this.parsed = new Uint8Array(grid.rowCount);
    this.cells = new Float64Array(at);
  }

  /** Where a row's cells start in `cells`, parsing the row on first use (columns are sheet columns). */
  rowStart(row: number): number {
    const r = row - this.grid.top;
    if (r < 0 || r >= this.grid.rowCount) return this.cells.length;
    if (this.parsed[r] === 0) this.parseRow(row);
    return this.starts[r];
  }

  /** Where a row's cells end in `cells`: columns past the row's last value are empty. */
  rowEnd(row: number): number {
    const r = row - this.grid.top;
    return r < 0 || r >= this.grid.rowCount ? this.cells.length : this.starts[r + 1];
  }

  /** The figure of a BIG_AMOUNT cell. */
  bigAt(row: number, col: number): AmountFigure {
    return this.big.get(row)!.get(col)!;
  }

  /** The kind code of a cell (AMOUNT, EMPTY, ...). */
  kindAt(row: number, col: number): number {
    const i = this.rowStart(row) + col * STRIDE;
    return i < this.rowEnd(row) ? this.cells[i] & 7 : EMPTY;
  }

  /** The figure of a cell as an object (for reports and rare paths; sums read `cells`). */
  at(row: number, col: number): Figure {
    const i = this.rowStart(row) + col * STRIDE;
    const code = i < this.rowEnd(row) ? this.cells[i] : EMPTY;
    const value = this.grid.valueAt(row, col);
    switch (kindOf(code)) {
      case AMOUNT:
        return new AmountFigure(BigInt(this.cells[i + 1]), scaleOf(code), decimalsOf(code), typeof value === 'string');
      case BIG_AMOUNT:
        return this.bigAt(row, col);
      case DASH:
        return { kind: 'dash', text: String(value) };
      case MALFORMED:
        return { kind: 'malformed', text: String(value) };
      case ERROR:
        // a formula cell without a value: the file holds no result for it
        if (value === null) return { kind: 'error', text: this.grid.formulaAt(row, col) ?? '', uncalculated: true };
        return { kind: 'error', text: isCellError(value) ? value.error : String(value) };
      case TEXT:
        return { kind: 'text', text: String(value) };
      default:
        return EMPTY_FIGURE;
    }
  }

  private parseRow(row: number): void {
    const { grid, cells } = this;
    const values = grid.rowValues(row);
    const formats = grid.rowFormats(row);
    const formulas = grid.rowFormulas(row);
    const left = grid.left;
    const width = values.length + left;
    const r = row - grid.top;
    this.parsed[r] = 1;
    const start = this.starts[r];
    let big: Map<number, AmountFigure> | undefined;
    for (let col = 0; col < width; col++) {
      const i = start + col * STRIDE;
      const value = col < left ? null : values[col - left];
      if (value === null || value === undefined) {
        // a formula with no result (a file saved without calculating) is no figure, and no zero either
        cells[i] = col >= left && formulas?.[col - left] ? ERROR : EMPTY;
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
    if (big) this.big.set(row, big);
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
