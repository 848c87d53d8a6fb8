import { Dec } from './Dec';

/**
 * An exact decimal as a scaled integer: `units × 10^−scale` (4084.477 is 4084477 at scale 3).
 * It is what a figure is read into, so that re-adding a relation is integer addition on
 * BigInt: exact like decimal.js, without an allocation-heavy decimal object per figure.
 * Whatever is reported (expected, actual, difference) is computed in decimal.js (`toDec`).
 */
export interface Exact {
  readonly units: bigint;
  readonly scale: number;
}

const POW10: bigint[] = [1n];
/** 10^n as a BigInt, n ≥ 0. */
export function pow10(n: number): bigint {
  while (POW10.length <= n) POW10.push(POW10[POW10.length - 1] * 10n);
  return POW10[n];
}

export const EXACT_ZERO: Exact = { units: 0n, scale: 0 };

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** Reads `-123.45`, `1.5e+20`, `4084477e-3` exactly; undefined for anything else. */
export function exactFromText(text: string): Exact | undefined {
  const m = NUMBER_TEXT.exec(text);
  if (!m) return undefined;
  const frac = m[3] ?? '';
  let scale = frac.length - (m[4] ? Number(m[4]) : 0);
  let units = BigInt(m[2] + frac);
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  return { units: m[1] ? -units : units, scale };
}

const POW10_NUMBER = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * The exact decimal of what Excel shows for a double: at most 15 significant digits.
 * The fewest decimals k for which round(v·10^k)/10^k is v again give the shortest decimal
 * that reads back as v (the digits JS and Excel show); past 15 digits, Excel's rounding.
 */
export function exactFromNumber(value: number): Exact {
  if (Number.isSafeInteger(value)) return { units: BigInt(value), scale: 0 };
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-6 && magnitude < 1e15) {
    const intDigits = magnitude >= 1 ? Math.floor(Math.log10(magnitude)) + 1 : 0;
    for (let k = 1; k <= 15 - intDigits; k++) {
      const r = Math.round(value * POW10_NUMBER[k]);
      if (r / POW10_NUMBER[k] === value) return { units: BigInt(r), scale: k };
    }
  }
  return exactFromText(value.toPrecision(15))!;
}

/** The units of `a` at a finer (or equal) scale. */
function unitsAt(a: Exact, scale: number): bigint {
  return scale === a.scale ? a.units : a.units * pow10(scale - a.scale);
}


/** −1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareExact(a: Exact, b: Exact): number {
  const scale = Math.max(a.scale, b.scale);
  const x = unitsAt(a, scale);
  const y = unitsAt(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}


/** The same number as a decimal.js decimal. */
export function toDec(a: Exact): Dec {
  return new Dec(a.scale === 0 ? a.units.toString() : `${a.units}e-${a.scale}`);
}

/** A plain decimal string without trailing zeros: `3655.463`, `-119.8`, `0`. */
export function exactToString(a: Exact): string {
  if (a.units === 0n) return '0';
  const negative = a.units < 0n;
  let digits = (negative ? -a.units : a.units).toString();
  if (a.scale === 0) return (negative ? '-' : '') + digits;
  digits = digits.padStart(a.scale + 1, '0');
  const int = digits.slice(0, digits.length - a.scale);
  const frac = digits.slice(digits.length - a.scale).replace(/0+$/, '');
  return (negative ? '-' : '') + int + (frac ? `.${frac}` : '');
}
