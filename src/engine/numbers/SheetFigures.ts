import type { SheetGrid } from '../snapshot';
import type { Figure } from './Figure';
import { parseFigure } from './parseFigure';

const EMPTY: Figure = { kind: 'empty' };

/**
 * The figures of one sheet, parsed once on first use. A merged cell's non-anchor cells
 * read as empty, as in Excel. `decimalComma` settles `1,567` for the whole sheet.
 */
export class SheetFigures {
  readonly grid: SheetGrid;
  private readonly decimalComma: boolean;
  private readonly cache = new Map<number, Figure>();

  constructor(grid: SheetGrid, decimalComma: boolean) {
    this.grid = grid;
    this.decimalComma = decimalComma;
  }

  at(row: number, col: number): Figure {
    const key = row * 16384 + col;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const value = this.grid.valueAt(row, col);
    const figure = value === null ? EMPTY : parseFigure(value, this.grid.numberFormatAt(row, col), { decimalComma: this.decimalComma });
    this.cache.set(key, figure);
    return figure;
  }
}
