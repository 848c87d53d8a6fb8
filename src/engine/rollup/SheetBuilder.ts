import { columnLetters, toA1 } from '../address';
import type { CellContent, CellStyle, CellWrite, NewSheet } from '../plans/WritePlan';
import { localSum, MAX_ARGS } from './figureTerm';
import { toDecimalString } from '../numbers';
import type { Dec } from '../numbers/Dec';

/** Excel allows 8,192 characters in a formula: longer sums go through partial sums, with room to spare. */
const MAX_FORMULA = 8000;

/** Collects the writes of one new sheet by 0-based row and column. */
export class SheetBuilder {
  private readonly cells = new Map<string, CellWrite>();
  private readonly merges: string[] = [];
  private readonly widths = new Map<number, number>();
  private helper: { col: number; headerRow: number; label: string; next: number } | undefined;

  /**
   * Where partial sums go when a sum is too long for one formula (past Excel's 8,192
   * characters): down column `col` from `firstRow`, under a header saying what they are.
   */
  helpers(col: number, headerRow: number, label: string): void {
    this.helper = { col, headerRow, label, next: headerRow + 1 };
  }

  /** `=SUM(args)` at (row, col), its result `value` when known; a sum too long for one formula adds partial sums in the helper column. */
  sum(row: number, col: number, args: readonly string[], style?: CellStyle, value?: Dec): void {
    this.formula(row, col, this.sumOf(args, style), style, value);
  }

  private sumOf(args: readonly string[], style?: CellStyle): string {
    const direct = localSum(args);
    const h = this.helper;
    if (direct.length <= MAX_FORMULA || !h) return direct;
    if (h.next === h.headerRow + 1) {
      this.text(h.headerRow, h.col, h.label, { bold: true, wrap: true });
      this.width(h.col, 16);
    }
    const first = h.next;
    let chunk: string[] = [];
    let length = 6;
    const flush = () => {
      this.formula(h.next++, h.col, localSum(chunk), { ...style, bold: false });
      chunk = [];
      length = 6;
    };
    for (const a of args) {
      if (chunk.length > 0 && (chunk.length === MAX_ARGS || length + a.length + 1 > MAX_FORMULA)) flush();
      chunk.push(a);
      length += a.length + 1;
    }
    flush();
    return localSum([SheetBuilder.span(first, h.col, h.next - 1, h.col)]);
  }

  /** A1 of a cell of this sheet. */
  static a1(row: number, col: number): string {
    return toA1({ row, col });
  }

  /** A1 range of a column between two rows, or of a row between two columns. */
  static span(r1: number, c1: number, r2: number, c2: number): string {
    return `${toA1({ row: r1, col: c1 })}:${toA1({ row: r2, col: c2 })}`;
  }

  text(row: number, col: number, text: string, style?: CellStyle): void {
    this.put(row, col, { kind: 'text', text }, style);
  }

  /** A formula at (row, col); `value`, its result as the engine computed it, is written as its cached result. */
  formula(row: number, col: number, formula: string, style?: CellStyle, value?: Dec): void {
    this.put(row, col, value === undefined ? { kind: 'formula', formula } : { kind: 'formula', formula, value: toDecimalString(value) }, style);
  }

  style(row: number, col: number, style: CellStyle): void {
    const cell = toA1({ row, col });
    const old = this.cells.get(cell);
    this.cells.set(cell, { cell, content: old?.content, style: { ...old?.style, ...style } });
  }

  merge(row: number, c1: number, c2: number): void {
    if (c2 > c1) this.merges.push(`${columnLetters(c1)}${row + 1}:${columnLetters(c2)}${row + 1}`);
  }

  width(col: number, width: number): void {
    this.widths.set(col, width);
  }

  build(name: string, freeze: { rows: number; columns: number }): NewSheet {
    return {
      name,
      cells: [...this.cells.values()],
      merges: this.merges,
      columnWidths: [...this.widths].map(([col, width]) => ({ col, width })),
      freeze,
    };
  }

  private put(row: number, col: number, content: CellContent, style?: CellStyle): void {
    const cell = toA1({ row, col });
    this.cells.set(cell, { cell, content, style });
  }
}
