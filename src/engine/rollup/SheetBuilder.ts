import { columnLetters, toA1 } from '../address';
import type { CellContent, CellStyle, CellWrite, NewSheet } from '../plans/WritePlan';

/** Collects the writes of one new sheet by 0-based row and column. */
export class SheetBuilder {
  private readonly cells = new Map<string, CellWrite>();
  private readonly merges: string[] = [];
  private readonly widths = new Map<number, number>();

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

  formula(row: number, col: number, formula: string, style?: CellStyle): void {
    this.put(row, col, { kind: 'formula', formula }, style);
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
