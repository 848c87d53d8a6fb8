import { numberFormatInfo } from './numberFormat';
import { AMOUNT, BIG_AMOUNT, decimalsOf, STRIDE, type SheetFigures } from './SheetFigures';

/**
 * How a figure is shown: `decimals`, the digits of its value after the point (a cell's shown
 * precision, AmountFigure.decimals: `#,##0.00` is 2, `0.0%` is 3, since 12.5% is 0.125), and
 * whether it is shown as a percentage. A message writes an amount with at least these decimals,
 * never fewer than its exact value has.
 */
export interface Shown {
  readonly decimals: number;
  readonly percent?: true;
}

/** How a cell shows its figure; undefined when it holds no amount. */
export function shownAt(figures: SheetFigures, row: number, col: number): Shown | undefined {
  // read from the packed store: a relation of a 2,000-row column asks this of every part
  const kind = figures.kindAt(row, col);
  let decimals: number;
  if (kind === AMOUNT) decimals = decimalsOf(figures.cells[figures.rowStart(row) + col * STRIDE]);
  else if (kind === BIG_AMOUNT) {
    const f = figures.at(row, col);
    if (f.kind !== 'amount') return undefined;
    decimals = f.decimals;
  } else return undefined;
  decimals = Math.max(0, decimals);
  const typed = typeof figures.grid.valueAt(row, col) === 'string';
  return !typed && numberFormatInfo(figures.grid.numberFormatAt(row, col)).percent ? { decimals, percent: true } : { decimals };
}

/** How a sum (or difference) of figures is shown: with the most decimals of any of them; as a percentage when every one is. */
export function shownOfAll(list: readonly (Shown | undefined)[]): Shown | undefined {
  const known = list.filter((s): s is Shown => s !== undefined);
  if (known.length === 0) return undefined;
  const decimals = Math.max(...known.map((s) => s.decimals));
  return known.every((s) => s.percent) ? { decimals, percent: true } : { decimals };
}
