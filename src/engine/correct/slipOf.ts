import { Dec } from '../numbers';
import type { SlipKind } from './Correction';

/** The digits of a figure written to `decimals` places, without sign or point. */
function digits(value: string, decimals: number): string {
  return new Dec(value).abs().toFixed(Math.max(0, decimals)).replace('.', '');
}

/**
 * How a figure typed (`from`) differs from what it should be (`to`) when the difference is a
 * typing slip: two digits swapped, one digit wrong, the decimal point shifted. Both written
 * to `decimals` places (the cell's shown precision). Undefined when it looks like no slip.
 */
export function slipOf(from: string | null, to: string, decimals: number): SlipKind | undefined {
  if (from === null) return undefined;
  const a = new Dec(from);
  const b = new Dec(to);
  if (a.isZero() || b.isZero() || a.isNegative() !== b.isNegative()) return undefined;
  const ratio = a.div(b);
  for (let k = 1; k <= 6; k++) {
    const p = new Dec(10).pow(k);
    if (ratio.eq(p) || ratio.eq(new Dec(1).div(p))) return 'decimal-shift';
  }
  const x = digits(from, decimals);
  const y = digits(to, decimals);
  if (x.length !== y.length) return undefined;
  const differ: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) differ.push(i);
  if (differ.length === 1) return 'one-digit';
  if (differ.length === 2 && x[differ[0]] === y[differ[1]] && x[differ[1]] === y[differ[0]]) return 'transposition';
  return undefined;
}
