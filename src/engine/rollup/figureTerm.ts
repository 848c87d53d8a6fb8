import { toA1, type CellAddress } from '../address';
import { AMOUNT, BIG_AMOUNT, DASH, EMPTY, type AmountFigure, type SheetFigures } from '../numbers';
import { Dec } from '../numbers/Dec';
import { sheetRef } from '../plans/sheetNames';

/**
 * A leaf cell as it goes into a rollup formula, with its exact value:
 * - `ref`: a number, an empty cell or a dash, referred to as it is (SUM reads it; ranges may join it);
 * - `expr`: a figure typed as text (`37,880`), read by NUMBERVALUE with its own separators,
 *   or as a number once someone retypes it;
 * - `unreadable`: left out of the sums (`2600,,0`, an error, words), to be named in a note.
 */
export type FigureTerm =
  | { readonly kind: 'ref'; readonly cell: CellAddress; readonly value: Dec; readonly decimals?: number }
  | { readonly kind: 'expr'; readonly cell: CellAddress; readonly formula: string; readonly value: Dec; readonly decimals: number }
  | { readonly kind: 'unreadable'; readonly cell: CellAddress; readonly text: string; readonly reason: 'not-a-number' | 'text-figure' };

const ZERO = new Dec(0);
const SPACES = /[ \u00a0\u202f]/g;
const ODD_SPACES = /[\u00a0\u202f]/;
const SEPARATORS: readonly (readonly [string, string])[] = [
  [',', '.'],
  ['.', ','],
];

export function figureTerm(figures: SheetFigures, sheet: string, cell: CellAddress): FigureTerm {
  const kind = figures.kindAt(cell.row, cell.col);
  if (kind === EMPTY || kind === DASH) return { kind: 'ref', cell, value: ZERO };
  const raw = figures.grid.valueAt(cell.row, cell.col);
  const text = raw === null ? '' : typeof raw === 'object' ? raw.error : String(raw);
  if (kind !== AMOUNT && kind !== BIG_AMOUNT) return { kind: 'unreadable', cell, text, reason: 'not-a-number' };
  const figure = figures.at(cell.row, cell.col) as AmountFigure;
  if (!figure.typedAsText) return { kind: 'ref', cell, value: figure.value, decimals: figure.decimals };
  const formula = textFigureFormula(`${sheetRef(sheet)}${toA1(cell)}`, text, figure.value);
  if (!formula) return { kind: 'unreadable', cell, text, reason: 'text-figure' };
  return { kind: 'expr', cell, formula, value: figure.value, decimals: figure.decimals };
}

/**
 * `IF(ISNUMBER(r),r,NUMBERVALUE(r,",","."))` for a figure typed as text, with the decimal and
 * group separators that read the text back as `value` (NUMBERVALUE does not depend on the
 * user's locale, VALUE does); undefined when no plain separators do (words, currency signs).
 */
export function textFigureFormula(ref: string, text: string, value: Dec): string | undefined {
  const bare = text.trim().replace(SPACES, '');
  if (!/^-?[\d.,]+$/.test(bare)) return undefined;
  for (const [dec, group] of SEPARATORS) {
    const parts = bare.split(dec);
    if (parts.length > 2) continue;
    const plain = parts.map((p) => p.split(group).join('')).join('.');
    if (!/^-?\d*\.?\d+$/.test(plain) || !new Dec(plain).eq(value)) continue;
    const inner = ODD_SPACES.test(text) ? `SUBSTITUTE(SUBSTITUTE(${ref},UNICHAR(160),""),UNICHAR(8239),"")` : ref;
    return `IF(ISNUMBER(${ref}),${ref},NUMBERVALUE(${inner},"${dec}","${group}"))`;
  }
  return undefined;
}

/** Excel's limit of arguments to one function. */
export const MAX_ARGS = 255;

/**
 * `=SUM(...)` of terms on a sheet: runs of adjacent referred cells down a column become
 * ranges, text figures are their own arguments, unreadable cells are left out; past 255
 * arguments, `SUM(...)+SUM(...)`. No terms: `=0`.
 */
export function sumFormula(sheet: string, terms: readonly FigureTerm[]): string {
  return localSum(sumArgs(sheet, terms));
}

/** The arguments of {@link sumFormula}: ranges and cells of the sheet, text figures' expressions. */
export function sumArgs(sheet: string, terms: readonly FigureTerm[]): string[] {
  const prefix = sheetRef(sheet);
  const refs = terms.filter((t) => t.kind === 'ref').map((t) => t.cell);
  refs.sort((a, b) => a.col - b.col || a.row - b.row);
  const args: string[] = [];
  for (let i = 0; i < refs.length; ) {
    let j = i;
    while (j + 1 < refs.length && refs[j + 1].col === refs[i].col && refs[j + 1].row === refs[j].row + 1) j++;
    args.push(j === i ? `${prefix}${toA1(refs[i])}` : `${prefix}${toA1(refs[i])}:${toA1(refs[j])}`);
    i = j + 1;
  }
  for (const t of terms) if (t.kind === 'expr') args.push(t.formula);
  return args;
}

/** `=SUM(a,b,...)` of plain arguments, split every 255. */
export function localSum(args: readonly string[]): string {
  if (args.length === 0) return '=0';
  const chunks: string[] = [];
  for (let i = 0; i < args.length; i += MAX_ARGS) chunks.push(`SUM(${args.slice(i, i + MAX_ARGS).join(',')})`);
  return `=${chunks.join('+')}`;
}

/** The exact sum of the terms that are read, and the coarsest shown decimals of their non-zero figures. */
export function termsValue(terms: readonly FigureTerm[]): { value: Dec; coarsest: number } {
  let value = ZERO;
  let coarsest = Infinity;
  for (const t of terms) {
    if (t.kind === 'unreadable') continue;
    value = value.plus(t.value);
    if (t.decimals !== undefined && !t.value.isZero()) coarsest = Math.min(coarsest, t.decimals);
  }
  return { value, coarsest };
}
