import type { CellChange, Correction } from '../correct/Correction';
import type { Finding } from '../findings';
import { Dec, formatAmount, toDecimalString, type Shown } from '../numbers';
import type { Lang } from './Locale';

/**
 * An amount as its cell shows it: at least the decimals the cell's format shows (`4 084,50` for
 * 4084.5 in a `#,##0.00` cell), never fewer than the exact value has (`4 084,477`); a percentage
 * as one (`12,5%` for 0.125 in a `0.0%` cell). Without `shown`, the exact value as it is.
 */
export function amount(value: string | null, lang: Lang, shown?: Shown): string {
  if (value === null) return '';
  if (shown?.percent) return `${formatAmount(toDecimalString(new Dec(value).times(100)), lang, Math.max(0, shown.decimals - 2))}%`;
  return formatAmount(value, lang, shown?.decimals);
}

/** A signed difference: `+119,8` / `−0,9`, shown as `amount` shows it. */
export function signed(value: string | null, lang: Lang, shown?: Shown): string {
  if (value === null) return '';
  const s = amount(value, lang, shown);
  return s.startsWith('\u2212') || new Dec(value).isZero() ? s : `+${s}`;
}

/**
 * A finding's amounts as its cells show them (`params.shown`): the actual figure as the
 * finding's cell, the expected one as the cells it comes from, the difference with the most
 * decimals of the two. The messages and the pane's figures use these.
 */
export function amountsOf(f: Finding, lang: Lang): { readonly expected: string; readonly actual: string; readonly difference: string } {
  const shown = f.params.shown;
  const both = shown?.actual && shown.expected ? { decimals: Math.max(shown.actual.decimals, shown.expected.decimals), ...(shown.actual.percent && shown.expected.percent ? { percent: true as const } : {}) } : (shown?.actual ?? shown?.expected);
  return { expected: amount(f.expected, lang, shown?.expected), actual: amount(f.actual, lang, shown?.actual), difference: signed(f.difference, lang, both) };
}

export function partsList(f: Finding): string {
  return f.parts.join(', ');
}

/** A label cut to a readable length, without line breaks. */
export function shortLabel(label: string | undefined, max = 60): string | undefined {
  if (!label) return undefined;
  const one = label.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one;
}

/** `2021–2026` for consecutive years, `2021, 2023` otherwise; `—` for none. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '\u2014';
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1] + 1);
  return consecutive && years.length > 2 ? `${years[0]}\u2013${years[years.length - 1]}` : years.join(', ');
}

/** The years a gap leaves out: `2020–2023`, `2020, 2021`, `2020`. */
export function missingYears(gap: { readonly after: number; readonly before: number }): string {
  const years: number[] = [];
  for (let y = gap.after + 1; y < gap.before; y++) years.push(y);
  return yearSpan(years);
}

/** A suggested change split into its direction and size: `+119.8` → up, `119.8`. */
export function changeOf(change: string): { readonly up: boolean; readonly size: string } {
  const d = new Dec(change);
  return { up: !d.isNegative(), size: toDecimalString(d.abs()) };
}

/** The likely cell's figure after the suggested change, where the finding knows its figure now (the cell is the finding's own). */
export function likelyTarget(f: Finding): string | undefined {
  const p = f.params;
  if (!p.likelyCell || p.likelyChange === undefined || p.likelyCell !== f.cell || f.actual === null) return undefined;
  return toDecimalString(new Dec(f.actual).plus(p.likelyChange));
}

/** A correction's new value as the cell shows figures (`364,0` in a cell with one decimal). */
export function shown(c: CellChange, lang: Lang): string {
  return formatAmount(c.to, lang, c.decimals);
}

/** What another correction does differently from the one shown: the cells it leaves, the changes it makes instead. */
export function difference(other: Correction, best: Correction): { instead: string[]; changes: CellChange[] } {
  const same = (a: CellChange, b: CellChange) => a.cell === b.cell && a.to === b.to;
  return {
    instead: best.cells.filter((b) => !other.cells.some((o) => same(o, b))).map((b) => b.cell),
    changes: other.cells.filter((o) => !best.cells.some((b) => same(o, b))),
  };
}
