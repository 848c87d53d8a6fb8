import { columnIndex, type CellAddress } from '../address';

/**
 * A formula read as a weighted sum of cells of its own sheet plus constants:
 * `=SUM(D8:D11,D14)`, `=D7+D10-D13`, `=SUM(D8:D9)+1500`, `=(D5+D6)-D7`. Its value moves by
 * `Σ weight × change` when the cells it reads change, which is what a correction needs to
 * know of the formula totals it leaves alone. Each term is one cell with an integer weight
 * (a cell read twice weighs 2).
 */
export interface LinearFormula {
  readonly terms: readonly { readonly cell: CellAddress; readonly weight: number }[];
}

/** How a formula reads its sheet, for a correction. */
export type FormulaReading =
  | { readonly kind: 'linear'; readonly formula: LinearFormula }
  /** Anything else (`ROUND`, `*`, another sheet): its value cannot be followed; `reads` are the cells of this sheet it names. */
  | { readonly kind: 'opaque'; readonly reads: readonly CellAddress[] };

/** A range longer than this is not followed cell by cell. */
const MAX_CELLS = 20_000;

type Token = { readonly t: 'num' } | { readonly t: 'ref'; readonly a: CellAddress } | { readonly t: 'range'; readonly cells: CellAddress[] } | { readonly t: 'op'; readonly op: string } | { readonly t: 'sum' } | { readonly t: 'other' };

const TOKEN = /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![A-Za-z0-9_(!])|(SUM\s*\()|([-+(),])|(\S))/giy;

function cellOf(text: string): CellAddress | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text);
  if (!m) return undefined;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1].toUpperCase());
  return row >= 0 && col >= 0 ? { row, col } : undefined;
}

function tokenize(body: string): Token[] | undefined {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < body.length && (m = TOKEN.exec(body))) {
    if (m[1] !== undefined) out.push({ t: 'num' });
    else if (m[2] !== undefined) {
      const [a, b] = m[2].split(':');
      const from = cellOf(a);
      if (!from) return undefined;
      if (b === undefined) out.push({ t: 'ref', a: from });
      else {
        const to = cellOf(b);
        if (!to) return undefined;
        const top = Math.min(from.row, to.row), bottom = Math.max(from.row, to.row);
        const left = Math.min(from.col, to.col), right = Math.max(from.col, to.col);
        if ((bottom - top + 1) * (right - left + 1) > MAX_CELLS) return undefined;
        const cells: CellAddress[] = [];
        for (let row = top; row <= bottom; row++) for (let col = left; col <= right; col++) cells.push({ row, col });
        out.push({ t: 'range', cells });
      }
    } else if (m[3] !== undefined) out.push({ t: 'sum' });
    else if (m[4] !== undefined) out.push({ t: 'op', op: m[4] });
    else out.push({ t: 'other' });
    if (m[0].length === 0) break;
  }
  return out;
}

/** The cells of this sheet a formula names (`A1`, `A1:B3`), other sheets' references left out. */
function namedCells(formula: string): CellAddress[] {
  const out: CellAddress[] = [];
  const re = /('[^']*'|[A-Za-z0-9_.]+)?(!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![A-Za-z0-9_(])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(formula))) {
    if (m[2]) continue; // another sheet's cell
    const [a, b] = m[3].split(':');
    const from = cellOf(a);
    const to = b ? cellOf(b) : from;
    if (!from || !to) continue;
    const top = Math.min(from.row, to.row), bottom = Math.max(from.row, to.row);
    const left = Math.min(from.col, to.col), right = Math.max(from.col, to.col);
    if ((bottom - top + 1) * (right - left + 1) > MAX_CELLS) continue;
    for (let row = top; row <= bottom; row++) for (let col = left; col <= right; col++) out.push({ row, col });
  }
  return out;
}

/**
 * Reads a formula as a weighted sum of cells (see {@link LinearFormula}), or says it is
 * opaque and which cells of the sheet it reads. Grammar: `expr := term (('+'|'-') term)*`,
 * `term := ('+'|'-')* (number | cell | SUM(arg, ...) | '(' expr ')')`, a `SUM` argument is a
 * cell, a range or a number.
 */
export function readFormula(formula: string): FormulaReading {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const tokens = body.includes('!') ? undefined : tokenize(body);
  const linear = tokens ? parseLinear(tokens) : undefined;
  return linear ? { kind: 'linear', formula: linear } : { kind: 'opaque', reads: namedCells(body) };
}

function parseLinear(tokens: readonly Token[]): LinearFormula | undefined {
  let i = 0;
  const weights = new Map<number, { cell: CellAddress; weight: number }>();
  const add = (cell: CellAddress, w: number) => {
    const key = cell.row * 16384 + cell.col;
    const e = weights.get(key);
    if (e) e.weight += w;
    else weights.set(key, { cell, weight: w });
  };
  const isOp = (op: string) => {
    const t = tokens[i];
    return t !== undefined && t.t === 'op' && t.op === op;
  };
  const expr = (sign: number): boolean => {
    if (!term(sign)) return false;
    while (isOp('+') || isOp('-')) {
      const s = isOp('-') ? -sign : sign;
      i++;
      if (!term(s)) return false;
    }
    return true;
  };
  const term = (sign: number): boolean => {
    let s = sign;
    while (isOp('+') || isOp('-')) {
      if (isOp('-')) s = -s;
      i++;
    }
    const t = tokens[i++];
    if (!t) return false;
    if (t.t === 'num') return true;
    if (t.t === 'ref') return add(t.a, s), true;
    if (t.t === 'op' && t.op === '(') {
      if (!expr(s) || !isOp(')')) return false;
      i++;
      return true;
    }
    if (t.t === 'sum') {
      for (;;) {
        const a = tokens[i++];
        if (!a) return false;
        if (a.t === 'ref') add(a.a, s);
        else if (a.t === 'range') for (const c of a.cells) add(c, s);
        else if (a.t !== 'num') return false;
        if (isOp(',')) i++;
        else if (isOp(')')) return i++, true;
        else return false;
      }
    }
    return false;
  };
  if (!expr(1) || i !== tokens.length) return undefined;
  return { terms: [...weights.values()].filter((t) => t.weight !== 0) };
}
