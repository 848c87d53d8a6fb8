import ExcelJS from 'exceljs';
import { columnIndex } from '../engine';

/** What a formula gives: a number, text, a truth value, nothing (an empty cell), or an Excel error (`#VALUE!`). */
export type Calculated = number | string | boolean | null | { readonly error: string };

/** A rectangle of cells of one sheet (a reference, `A1` or `A1:B3`), 1-based. */
interface Area {
  readonly area: true;
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

type Value = Calculated | Area;

type Node =
  | { readonly kind: 'value'; readonly value: Calculated }
  | { readonly kind: 'ref'; readonly area: Area }
  | { readonly kind: 'neg'; readonly of: Node }
  | { readonly kind: 'op'; readonly op: '+' | '-' | '*' | '/'; readonly left: Node; readonly right: Node }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Node[] };

/** A formula outside what the calculator knows (a function, an operator): the page shows its text. */
class Unsupported extends Error {}

const VALUE_ERROR = { error: '#VALUE!' } as const;
const isError = (v: Value): v is { readonly error: string } => v !== null && typeof v === 'object' && 'error' in v;
const isArea = (v: Value): v is Area => v !== null && typeof v === 'object' && 'area' in v;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)/;

/**
 * Calculates the formulas the pane writes into the standalone page's workbook, which ExcelJS
 * stores without results: the rollups' `SUM`s of cells and ranges on other sheets, `+ - * /`,
 * and the text-figure reading `IF(ISNUMBER(r),r,NUMBERVALUE(...))` (with `SUBSTITUTE`,
 * `UNICHAR`), as Excel does (doubles; SUM skips text and empty cells in references). A formula
 * with anything else is not calculated (`undefined`): the page shows its text, never a figure
 * of its own making. Cells with a result saved in the file give that result.
 */
export class FormulaCalculator {
  private readonly done = new Map<string, Calculated | undefined>();
  private readonly busy = new Set<string>();

  constructor(private readonly workbook: ExcelJS.Workbook) {}

  /** A formula cell's value, calculated where the file has none; undefined where it cannot be. */
  result(sheet: string, cell: ExcelJS.Cell): Calculated | undefined {
    const key = `${sheet}!${cell.address}`;
    if (this.done.has(key)) return this.done.get(key);
    if (this.busy.has(key)) throw new Unsupported('circular');
    this.busy.add(key);
    let out: Calculated | undefined;
    try {
      out = this.scalar(this.evaluate(parse(cell.formula, sheet), sheet));
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      out = undefined;
    } finally {
      this.busy.delete(key);
    }
    this.done.set(key, out);
    return out;
  }

  /** A cell's value as a formula reads it. */
  private cellValue(sheet: string, row: number, col: number): Calculated {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) return { error: '#REF!' };
    const cell = ws.getCell(row, col);
    const v = cell.value;
    switch (cell.type) {
      case ExcelJS.ValueType.Null:
      case ExcelJS.ValueType.Merge:
        return null;
      case ExcelJS.ValueType.Number:
      case ExcelJS.ValueType.String:
      case ExcelJS.ValueType.Boolean:
        return v as number | string | boolean;
      case ExcelJS.ValueType.RichText:
        return cell.text;
      case ExcelJS.ValueType.Error:
        return { error: (v as ExcelJS.CellErrorValue).error };
      case ExcelJS.ValueType.Formula: {
        const saved = cell.result as unknown;
        if (saved !== undefined && saved !== null) {
          if (typeof saved === 'number' || typeof saved === 'string' || typeof saved === 'boolean') return saved;
          if (typeof saved === 'object' && 'error' in saved) return { error: String((saved as { error: unknown }).error) };
          throw new Unsupported('a result of another kind');
        }
        const calculated = this.result(sheet, cell);
        if (calculated === undefined) throw new Unsupported('depends on a formula not calculated');
        return calculated;
      }
      default:
        throw new Unsupported('a date or a link');
    }
  }

  private scalar(v: Value): Calculated {
    if (!isArea(v)) return v;
    if (v.top !== v.bottom || v.left !== v.right) return VALUE_ERROR;
    return this.cellValue(v.sheet, v.top, v.left);
  }

  private number(v: Value): number | { error: string } {
    const s = this.scalar(v);
    if (s === null) return 0;
    if (typeof s === 'number') return s;
    if (typeof s === 'boolean') return s ? 1 : 0;
    if (typeof s === 'string') return s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : VALUE_ERROR;
    return s;
  }

  private text(v: Value): string | { error: string } {
    const s = this.scalar(v);
    if (s === null) return '';
    if (typeof s === 'string') return s;
    if (typeof s === 'number') return String(s);
    if (typeof s === 'boolean') return s ? 'TRUE' : 'FALSE';
    return s;
  }

  private evaluate(node: Node, sheet: string): Value {
    switch (node.kind) {
      case 'value':
        return node.value;
      case 'ref':
        return node.area;
      case 'neg': {
        const x = this.number(this.evaluate(node.of, sheet));
        return isError(x) ? x : -x;
      }
      case 'op': {
        const a = this.number(this.evaluate(node.left, sheet));
        if (isError(a)) return a;
        const b = this.number(this.evaluate(node.right, sheet));
        if (isError(b)) return b;
        if (node.op === '/' && b === 0) return { error: '#DIV/0!' };
        return node.op === '+' ? a + b : node.op === '-' ? a - b : node.op === '*' ? a * b : a / b;
      }
      case 'call':
        return this.call(node.name, node.args, sheet);
    }
  }

  private call(name: string, args: readonly Node[], sheet: string): Value {
    const arg = (i: number) => this.evaluate(args[i], sheet);
    switch (name) {
      case 'SUM': {
        let sum = 0;
        for (let i = 0; i < args.length; i++) {
          const v = arg(i);
          if (isArea(v)) {
            // in a reference, SUM adds the numbers and skips text, truth values and empty cells
            for (let r = v.top; r <= v.bottom; r++) {
              for (let c = v.left; c <= v.right; c++) {
                const x = this.cellValue(v.sheet, r, c);
                if (isError(x)) return x;
                if (typeof x === 'number') sum += x;
              }
            }
          } else {
            const x = this.number(v);
            if (isError(x)) return x;
            sum += x;
          }
        }
        return sum;
      }
      case 'IF': {
        if (args.length < 2 || args.length > 3) throw new Unsupported('IF');
        const test = this.scalar(arg(0));
        if (isError(test)) return test;
        const truth = typeof test === 'string' ? undefined : Boolean(test);
        if (truth === undefined) return VALUE_ERROR;
        return truth ? arg(1) : args.length === 3 ? arg(2) : false;
      }
      case 'ISNUMBER':
        if (args.length !== 1) throw new Unsupported('ISNUMBER');
        return typeof this.scalar(arg(0)) === 'number';
      case 'UNICHAR': {
        if (args.length !== 1) throw new Unsupported('UNICHAR');
        const n = this.number(arg(0));
        return isError(n) ? n : String.fromCodePoint(Math.trunc(n));
      }
      case 'SUBSTITUTE': {
        if (args.length !== 3) throw new Unsupported('SUBSTITUTE');
        const [t, from, to] = [this.text(arg(0)), this.text(arg(1)), this.text(arg(2))];
        if (isError(t)) return t;
        if (isError(from)) return from;
        if (isError(to)) return to;
        return from === '' ? t : t.split(from).join(to);
      }
      case 'NUMBERVALUE': {
        if (args.length < 1 || args.length > 3) throw new Unsupported('NUMBERVALUE');
        const v = this.scalar(arg(0));
        if (isError(v)) return v;
        if (typeof v === 'number') return v;
        if (v === null) return 0;
        if (typeof v === 'boolean') return VALUE_ERROR;
        const dec = args.length > 1 ? this.text(arg(1)) : '.';
        const group = args.length > 2 ? this.text(arg(2)) : ',';
        if (isError(dec)) return dec;
        if (isError(group)) return group;
        return numberValue(v, dec.charAt(0), group.charAt(0));
      }
      default:
        throw new Unsupported(name);
    }
  }
}

/** Excel's NUMBERVALUE: spaces dropped, group separators before the decimal one dropped, a trailing % divides by 100. */
function numberValue(text: string, dec: string, group: string): Calculated {
  let t = text.replace(/ /g, '');
  if (t === '') return 0;
  let percent = 0;
  while (t.endsWith('%')) {
    percent++;
    t = t.slice(0, -1);
  }
  const at = t.indexOf(dec);
  if (at >= 0 && t.indexOf(dec, at + 1) >= 0) return VALUE_ERROR;
  const whole = (at >= 0 ? t.slice(0, at) : t).split(group).join('');
  const fraction = at >= 0 ? t.slice(at + 1) : '';
  if (fraction.includes(group)) return VALUE_ERROR;
  const plainText = fraction ? `${whole}.${fraction}` : whole;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(plainText)) return VALUE_ERROR;
  return Number(plainText) / 100 ** percent;
}

/** The formula's syntax tree (`=` left off, as ExcelJS keeps it). */
function parse(formula: string, sheet: string): Node {
  const p = new Parser(formula.replace(/^=/, ''), sheet);
  const node = p.expression();
  p.space();
  if (!p.end()) throw new Unsupported(`unexpected ${p.rest()}`);
  return node;
}

class Parser {
  private at = 0;
  constructor(
    private readonly text: string,
    /** The formula's own sheet, for references without one. */
    private readonly sheet: string,
  ) {}

  end(): boolean {
    return this.at >= this.text.length;
  }

  rest(): string {
    return this.text.slice(this.at, this.at + 10);
  }

  space(): void {
    while (this.text[this.at] === ' ') this.at++;
  }

  private take(s: string): boolean {
    this.space();
    if (this.text.startsWith(s, this.at)) {
      this.at += s.length;
      return true;
    }
    return false;
  }

  expression(): Node {
    let left = this.term();
    for (;;) {
      if (this.take('+')) left = { kind: 'op', op: '+', left, right: this.term() };
      else if (this.take('-')) left = { kind: 'op', op: '-', left, right: this.term() };
      else return left;
    }
  }

  private term(): Node {
    let left = this.unary();
    for (;;) {
      if (this.take('*')) left = { kind: 'op', op: '*', left, right: this.unary() };
      else if (this.take('/')) left = { kind: 'op', op: '/', left, right: this.unary() };
      else return left;
    }
  }

  private unary(): Node {
    if (this.take('-')) return { kind: 'neg', of: this.unary() };
    if (this.take('+')) return this.unary();
    return this.primary();
  }

  private primary(): Node {
    this.space();
    const rest = this.text.slice(this.at);
    if (this.take('(')) {
      const inner = this.expression();
      if (!this.take(')')) throw new Unsupported('a parenthesis not closed');
      return inner;
    }
    const number = /^(\d+\.?\d*|\.\d+)(E[+-]?\d+)?/i.exec(rest);
    if (number && !/^[A-Za-z]/.test(rest.slice(number[0].length))) {
      this.at += number[0].length;
      return { kind: 'value', value: Number(number[0]) };
    }
    if (rest.startsWith('"')) {
      const m = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!m) throw new Unsupported('a string not closed');
      this.at += m[0].length;
      return { kind: 'value', value: m[1].replace(/""/g, '"') };
    }
    // functions newer than the file format carry its prefix (`_xlfn.NUMBERVALUE`)
    const call = /^(?:_xlfn\.|_xlws\.)?([A-Za-z][A-Za-z0-9.]*)\(/.exec(rest);
    if (call) {
      this.at += call[0].length;
      const args: Node[] = [];
      if (!this.take(')')) {
        do args.push(this.expression());
        while (this.take(','));
        if (!this.take(')')) throw new Unsupported('a call not closed');
      }
      return { kind: 'call', name: call[1].toUpperCase(), args };
    }
    const bool = /^(TRUE|FALSE)\b/i.exec(rest);
    if (bool) {
      this.at += bool[0].length;
      return { kind: 'value', value: bool[1].toUpperCase() === 'TRUE' };
    }
    return { kind: 'ref', area: this.reference() };
  }

  /** `A1`, `$A$1:B3`, `'Приложение 2'!E9`, `Sheet1!A1:A5`. */
  private reference(): Area {
    let rest = this.text.slice(this.at);
    let sheet: string | undefined;
    const quoted = /^'((?:[^']|'')+)'!/.exec(rest);
    const bare = /^([^\s'!:,()+\-*/"]+)!/.exec(rest);
    if (quoted) sheet = quoted[1].replace(/''/g, "'");
    else if (bare) sheet = bare[1];
    const prefix = (quoted ?? bare)?.[0].length ?? 0;
    this.at += prefix;
    rest = this.text.slice(this.at);
    const first = CELL.exec(rest);
    if (!first) throw new Unsupported(`not a reference: ${rest.slice(0, 10)}`);
    this.at += first[0].length;
    let last = first;
    if (this.text[this.at] === ':') {
      const second = CELL.exec(this.text.slice(this.at + 1));
      if (!second) throw new Unsupported('a range of another kind');
      this.at += 1 + second[0].length;
      last = second;
    }
    const [c1, r1, c2, r2] = [columnIndex(first[1].toUpperCase()) + 1, Number(first[2]), columnIndex(last[1].toUpperCase()) + 1, Number(last[2])];
    return { area: true, sheet: sheet ?? this.sheet, top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  }
}
