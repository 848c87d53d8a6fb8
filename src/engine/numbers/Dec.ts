import DecimalJs from 'decimal.js';

/**
 * The engine's decimal type: a private clone of decimal.js with enough precision for any
 * sum of spreadsheet figures (Excel keeps 15 significant digits; sums of 10^6 of them stay
 * exact at 60). Money never goes through JS floats once read.
 */
export const Dec = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);

/** Exact decimal of what Excel shows for a double: its 15 significant digits. */
export function decimalFromNumber(value: number): Dec {
  if (Number.isSafeInteger(value)) return new Dec(value);
  // the shortest round-trip text is exact when it has at most 15 significant digits
  const shortest = String(value);
  if (!shortest.includes('e') && shortest.replace(/^-?0*\.?0*|\./g, '').length <= 15) return new Dec(shortest);
  return new Dec(value.toPrecision(15));
}

/** Plain decimal string without exponent or trailing zeros: `3655.463`, `-119.8`, `0`. */
export function toDecimalString(value: Dec): string {
  const s = value.toFixed();
  return s === '-0' ? '0' : s;
}

export function sumDecimals(values: readonly Dec[]): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
