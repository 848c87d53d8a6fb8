import type { Dec } from './Dec';

/**
 * What a cell holds, read as a figure of a funding table.
 * - `amount`: a number (typed as a number or as text); `decimals` is its shown precision.
 * - `empty`: nothing; `dash`: `-`, `–`, `х` (none / not applicable). Both add as zero.
 * - `malformed`: text that looks like a figure but is not one (`2600,,0`, `12.3.4`).
 * - `error`: an Excel error value (`#REF!`).
 * - `text`: words, a date, a boolean: not a figure at all.
 */
export type Figure =
  | { readonly kind: 'amount'; readonly value: Dec; readonly decimals: number; readonly typedAsText: boolean }
  | { readonly kind: 'empty' }
  | { readonly kind: 'dash'; readonly text: string }
  | { readonly kind: 'malformed'; readonly text: string }
  | { readonly kind: 'error'; readonly text: string }
  | { readonly kind: 'text'; readonly text: string };

export type AmountFigure = Extract<Figure, { kind: 'amount' }>;

/** True for figures that add as a known number (amounts, and empty or dashed cells as zero). */
export function isAdditive(figure: Figure): boolean {
  return figure.kind === 'amount' || figure.kind === 'empty' || figure.kind === 'dash';
}

/** True when the cell states a figure (an amount or a dash), as opposed to being blank. */
export function isStated(figure: Figure): boolean {
  return figure.kind === 'amount' || figure.kind === 'dash';
}
