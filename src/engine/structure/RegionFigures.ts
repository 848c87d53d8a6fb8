import { AMOUNT, BIG_AMOUNT, DASH, decimalsOf, EMPTY, scaleOf, STRIDE, type SheetFigures } from '../numbers/SheetFigures';
import type { Region } from './Region';

/** A cell's state for the search of relations. */
export const NONE = 0;
export const VALUE = 1;
/** Not a number where a figure should be (malformed, an error, words): no relation through it can be judged. */
export const BAD = 2;

/**
 * The figures of a region as exact integers, one array per column at the column's finest
 * scale (units × 10^−scale), for the search of relations: sums of runs of rows are
 * additions of safe integers, never floats. A column whose figures do not fit is left out
 * of the search (every cell BAD), and still checked exactly by evaluateRelation.
 */
export class RegionFigures {
  readonly n: number;
  readonly m: number;
  /** units[j][i]: column j, body row i. */
  readonly units: Float64Array[];
  readonly state: Uint8Array[];
  /** Shown decimals of each cell (for the rounding allowed). */
  readonly decimals: Int16Array[];
  /** The scale of each column's units: the finest of its figures (cells of one column add exactly; across columns, see `aligned`). */
  readonly scale: Int8Array;
  /** A column's shown precision when all its figures are visibly rounded (to 100 000: −5). */
  readonly shown: (number | undefined)[];
  /** A column's figures are themselves rounded (whole thousands, or visibly rounded): each adds half a unit. */
  readonly roundedFigures: boolean[];
  /**
   * The figures are in a multiple of the currency (тыс. руб., thousand USD): a total stated in it is
   * a rounded figure (each adds half a unit where it is a part). In rubles or dollars a total is exact.
   */
  readonly roundedTotals: boolean;

  constructor(figures: SheetFigures, region: Region, roundedUnit: boolean, roundedTotals = true) {
    this.roundedTotals = roundedTotals;
    const { rows, cols } = region;
    this.n = rows.length;
    this.m = cols.length;
    this.units = [];
    this.state = [];
    this.decimals = [];
    this.shown = [];
    this.roundedFigures = [];
    const cells = figures.cells;
    this.scale = new Int8Array(this.m);
    for (let j = 0; j < this.m; j++) {
      const col = cols[j];
      const units = new Float64Array(this.n);
      const state = new Uint8Array(this.n);
      const decimals = new Int16Array(this.n);
      let scale = 0;
      for (const row of rows) {
        const at = figures.rowStart(row) + col * STRIDE;
        const code = at < figures.rowEnd(row) ? cells[at] : EMPTY;
        if ((code & 7) === AMOUNT) scale = Math.max(scale, trimmed(cells[at + 1], scaleOf(code)));
      }
      this.scale[j] = scale;
      let fits = true;
      let allWhole = true;
      let nonZero = 0;
      let minDecimals = Infinity;
      for (let i = 0; i < this.n && fits; i++) {
        const at = figures.rowStart(rows[i]) + col * STRIDE;
        const code = at < figures.rowEnd(rows[i]) ? cells[at] : EMPTY;
        const kind = code & 7;
        if (kind === AMOUNT) {
          const s = trimmed(cells[at + 1], scaleOf(code));
          const u = (cells[at + 1] / 10 ** (scaleOf(code) - s)) * 10 ** (scale - s);
          if (!Number.isSafeInteger(u)) fits = false;
          units[i] = u;
          state[i] = VALUE;
          decimals[i] = decimalsOf(code);
          if (u !== 0) {
            nonZero++;
            minDecimals = Math.min(minDecimals, decimalsOf(code));
          }
          if (decimalsOf(code) > 0 && u % 10 ** scale !== 0) allWhole = false;
        } else if (kind === EMPTY || kind === DASH) {
          state[i] = NONE;
        } else if (kind === BIG_AMOUNT) {
          fits = false;
        } else {
          state[i] = BAD;
        }
      }
      if (!fits) state.fill(BAD);
      this.units.push(units);
      this.state.push(state);
      this.decimals.push(decimals);
      const shown = fits ? visiblyRounded(units, state, scale) : undefined;
      this.shown.push(shown);
      this.roundedFigures.push(shown !== undefined || (roundedUnit && allWhole && nonZero > 0 && minDecimals <= 0));
    }
  }

  /**
   * Half a unit of a decimal place, in column j's units: the rounding of one figure shown
   * to `decimals` places (5 for a figure shown to tens in a column of whole units).
   */
  halfUnit(j: number, decimals: number): number {
    const d = this.shown[j] !== undefined ? Math.min(decimals, this.shown[j]!) : decimals;
    const e = this.scale[j] - d - 1;
    return 5 * (e >= -POW_BIAS && e <= POW_BIAS ? POW10[e + POW_BIAS] : 10 ** e);
  }

  /** Row i of column j in units of scale `to` (≥ the column's), or NaN when that is past exact. */
  aligned(j: number, i: number, to: number): number {
    const u = this.units[j][i] * 10 ** (to - this.scale[j]);
    return Number.isSafeInteger(u) ? u : NaN;
  }
}

const POW_BIAS = 24;
/** 10^e for e in −24..24, as the doubles `10 ** e` gives. */
const POW10 = Array.from({ length: 2 * POW_BIAS + 1 }, (_, k) => 10 ** (k - POW_BIAS));

/** The smallest scale that holds a figure exactly: 112 057 007 000 000 × 10^−7 is 112 057 007 × 10^−1. */
function trimmed(units: number, scale: number): number {
  while (scale > 0 && units % 10 === 0) {
    units /= 10;
    scale--;
  }
  return scale;
}

/**
 * −k when every non-zero figure of a column is a multiple of 10^k (k ≥ 3) and the largest
 * still shows at least three significant digits: forecasts rounded to 100 000 (171 400 000).
 */
function visiblyRounded(units: Float64Array, state: Uint8Array, scale: number): number | undefined {
  let k = 9;
  let count = 0;
  let largest = 0;
  for (let i = 0; i < units.length; i++) {
    if (state[i] !== VALUE || units[i] === 0) continue;
    count++;
    const whole = Math.abs(units[i]) / 10 ** scale;
    largest = Math.max(largest, whole);
    while (k >= 3 && whole % 10 ** k !== 0) k--;
    if (k < 3) return undefined;
  }
  if (count < 3 || largest < 10 ** (k + 2)) return undefined;
  return -k;
}
