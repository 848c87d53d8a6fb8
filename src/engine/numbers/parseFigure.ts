import { isCellError, type CellValue } from '../snapshot';
import { exactFromNumber, exactFromText } from './Exact';
import { AmountFigure, type Figure } from './Figure';
import { numberFormatInfo } from './numberFormat';

const EMPTY: Figure = { kind: 'empty' };

export interface ParseFigureOptions {
  /**
   * How to read `1,567` (a comma followed by exactly three digits, nothing else): true
   * reads it as 1.567 (Russian decimal comma), false as 1567 (English thousands). Every
   * other form is unambiguous.
   */
  readonly decimalComma?: boolean;
}

/** Reads one cell as a figure: numbers as Excel holds them, text figures exactly. */
export function parseFigure(value: CellValue, numberFormat?: string, options: ParseFigureOptions = {}): Figure {
  if (value === null) return EMPTY;
  if (typeof value === 'number') return fromNumber(value, numberFormat);
  if (typeof value === 'string') return parseFigureText(value, options);
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  if (isCellError(value)) return { kind: 'error', text: value.error };
  return { kind: 'text', text: String(value) };
}

function fromNumber(value: number, numberFormat: string | undefined): Figure {
  if (!Number.isFinite(value)) return { kind: 'malformed', text: String(value) };
  const info = numberFormatInfo(numberFormat);
  if (info.date) return { kind: 'text', text: String(value) };
  const exact = exactFromNumber(value);
  let decimals = info.decimals ?? exactDecimals(exact.units, exact.scale);
  if (info.percent) decimals += 2;
  // Excel keeps 15 significant digits: past 10^15 the last shown digit is not a unit
  if (value !== 0) decimals = Math.min(decimals, 14 - Math.floor(Math.log10(Math.abs(value))));
  return new AmountFigure(exact.units, exact.scale, decimals, false);
}

// Spaces people and programs put between thousands: space, no-break, narrow no-break, thin.
const SPACES = /[\u00A0\u202F\u2007\u2009\u200A ]/g;
const MINUS = /^[-\u2212\u2012\u2013\u2014]/;
// a dash, a cross, "n/a", or a word for nothing (`Zero`, `ноль`, `нет`): no amount, counted as zero
const DASH_ONLY = /^(?:[-\u2212\u2012\u2013\u2014]+|[хХxX]|н\/д|n\/a|zero|nil|none|ноль|нуль|нет)$/i;
const PLAIN = /^\d+(?:([.,])(\d+))?$/;
const GROUPED_SPACE = /^\d{1,3}(?: \d{3})+(?:[.,](\d+))?$/;
const GROUPED_COMMA = /^\d{1,3}(?:,\d{3})+(?:\.(\d+))?$/;
const GROUPED_DOT = /^\d{1,3}(?:\.\d{3})+(?:,(\d+))?$/;
const AMBIGUOUS_COMMA = /^\d{1,3},\d{3}$/;
/** Only what figures are made of: digits, separators, spaces, signs, parentheses, %. */
const FIGURE_LIKE = /^[-+\u2212\u2012\u2013\u2014(]?[\d .,\u00A0\u202F\u2007\u2009\u200A]*\d[\d .,\u00A0\u202F\u2007\u2009\u200A]*\)?%?$/;

/** Reads a figure typed as text: `345 128,0`, `1,567.0`, `-`, `х`; anything else is text or malformed. */
export function parseFigureText(raw: string, options: ParseFigureOptions = {}): Figure {
  const quick = quickFigure(raw);
  if (quick) return quick;
  const text = raw.trim();
  if (text === '') return EMPTY;
  if (DASH_ONLY.test(text)) return { kind: 'dash', text };
  if (!FIGURE_LIKE.test(text)) return { kind: 'text', text: raw };

  let body = text.replace(SPACES, ' ');
  let negative = false;
  if (body.startsWith('(') && body.endsWith(')')) {
    negative = true;
    body = body.slice(1, -1).trim();
  } else if (body.startsWith('(') || body.endsWith(')')) {
    return { kind: 'malformed', text: raw };
  }
  if (body.endsWith('%')) body = body.slice(0, -1).trim();
  if (MINUS.test(body)) {
    negative = !negative;
    body = body.slice(1).trim();
  } else if (body.startsWith('+')) {
    body = body.slice(1).trim();
  }

  const normalized = normalizeDigits(body, options.decimalComma ?? true);
  if (normalized === undefined) return { kind: 'malformed', text: raw };
  const exact = exactFromText(negative ? `-${normalized.digits}` : normalized.digits)!;
  return new AmountFigure(exact.units, exact.scale, normalized.decimals, true);
}

function normalizeDigits(body: string, decimalComma: boolean): { digits: string; decimals: number } | undefined {
  if (AMBIGUOUS_COMMA.test(body)) {
    return decimalComma
      ? { digits: body.replace(',', '.'), decimals: 3 }
      : { digits: body.replace(',', ''), decimals: 0 };
  }
  let m = PLAIN.exec(body);
  if (m) return { digits: body.replace(',', '.'), decimals: m[2]?.length ?? 0 };
  m = GROUPED_SPACE.exec(body);
  if (m) return { digits: body.replace(/ /g, '').replace(',', '.'), decimals: m[1]?.length ?? 0 };
  m = GROUPED_COMMA.exec(body);
  if (m) return { digits: body.replace(/,/g, ''), decimals: m[1]?.length ?? 0 };
  m = GROUPED_DOT.exec(body);
  if (m) return { digits: body.replace(/\./g, '').replace(',', '.'), decimals: m[1]?.length ?? 0 };
  return undefined;
}

/** Decimals of an exact value without trailing zeros (General format shows the number as it is). */
function exactDecimals(units: bigint, scale: number): number {
  let d = scale;
  let u = units;
  while (d > 0 && u % 10n === 0n) {
    u /= 10n;
    d--;
  }
  return d;
}

/**
 * One pass over the common text figures, without regexes or intermediate strings: digits,
 * groups of three after single spaces (plain or no-break), one decimal comma (or a point
 * without groups), an optional leading minus. Everything else, and anything ambiguous or
 * past 15 digits, takes the full path (undefined).
 */
function quickFigure(raw: string): Figure | undefined {
  const n = raw.length;
  if (n === 0 || n > 20) return undefined;
  let i = 0;
  let negative = false;
  if (raw.charCodeAt(0) === 45) {
    negative = true;
    i = 1;
  }
  let units = 0;
  let digits = 0;
  let groupDigits = -1; // digits since the last group space; -1: no group space yet
  let leading = 0; // digits before the first group space
  let scale = -1; // digits after the decimal mark; -1: none yet
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      units = units * 10 + (c - 48);
      digits++;
      if (scale >= 0) scale++;
      else if (groupDigits >= 0) groupDigits++;
      else leading++;
    } else if ((c === 32 || c === 0xa0 || c === 0x202f) && scale < 0 && digits > 0) {
      if (groupDigits >= 0 ? groupDigits !== 3 : leading > 3) return undefined;
      groupDigits = 0;
    } else if (c === 44 && scale < 0 && digits > 0) {
      scale = 0; // decimal comma
    } else if (c === 46 && scale < 0 && digits > 0 && groupDigits < 0) {
      scale = 0; // decimal point, only without space groups
    } else {
      return undefined;
    }
  }
  if (digits === 0 || digits > 15 || scale === 0 || (groupDigits >= 0 && groupDigits !== 3)) return undefined;
  // `1,567` (a comma and exactly three digits, no groups) is ambiguous: the full path decides
  if (scale === 3 && groupDigits < 0 && leading <= 3 && raw.indexOf(',') >= 0) return undefined;
  const s = scale < 0 ? 0 : scale;
  return new AmountFigure(BigInt(negative ? -units : units), s, s, true);
}
