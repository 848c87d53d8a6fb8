import DecimalJs from 'decimal.js';

/**
 * The engine's decimal type: a private clone of decimal.js with enough precision for any
 * sum of spreadsheet figures (Excel keeps 15 significant digits; sums of 10^6 of them stay
 * exact at 60). Every amount the engine reports (expected, actual, difference) and every
 * tolerance is one of these. Re-adding a relation runs on exact scaled integers (Exact.ts);
 * no amount is ever a binary fraction.
 */
export const Dec = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);

/** Plain decimal string without exponent or trailing zeros: `3655.463`, `-119.8`, `0`. */
export function toDecimalString(value: Dec): string {
  const s = value.toFixed();
  return s === '-0' ? '0' : s;
}

