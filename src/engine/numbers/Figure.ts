import type { Dec } from './Dec';
import { toDec, type Exact } from './Exact';

/**
 * What a cell holds, read as a figure of a funding table.
 * - `amount`: a number (typed as a number or as text); `decimals` is its shown precision.
 * - `empty`: nothing; `dash`: `-`, `–`, `х` (none / not applicable). Both add as zero.
 * - `malformed`: text that looks like a figure but is not one (`2600,,0`, `12.3.4`).
 * - `error`: an Excel error value (`#REF!`), or a formula the file holds no result for
 *   (`uncalculated`: the workbook was saved without being calculated; `text` is the formula).
 * - `text`: words, a date, a boolean: not a figure at all.
 */
export type Figure =
  | AmountFigure
  | { readonly kind: 'empty' }
  | { readonly kind: 'dash'; readonly text: string }
  | { readonly kind: 'malformed'; readonly text: string }
  | { readonly kind: 'error'; readonly text: string; readonly uncalculated?: true }
  | { readonly kind: 'text'; readonly text: string };

/**
 * A number: `exact` is its exact value (what sums use), `value` the same as a decimal.js
 * decimal (made on first use, for what is reported), `decimals` its shown precision.
 */
export class AmountFigure implements Exact {
  readonly kind = 'amount' as const;
  private decimal: Dec | undefined;
  constructor(
    readonly units: bigint,
    readonly scale: number,
    readonly decimals: number,
    readonly typedAsText: boolean,
  ) {}

  /** Its exact value (the figure is its own scaled integer). */
  get exact(): Exact {
    return this;
  }

  get value(): Dec {
    return (this.decimal ??= toDec(this));
  }
}
