import type { CellRange } from '../address';
import type { CellValue, SheetSnapshot } from './WorkbookSnapshot';

const NO_VALUES: readonly CellValue[] = [];

/**
 * Read access to one sheet in sheet coordinates (0-based), hiding the snapshot's origin
 * and ragged rows, and knowing merged areas: `anchorOf` gives the top-left cell of the
 * merge a cell belongs to, so a label merged over several rows or columns can be read
 * from any of its cells (`textAt`), while `valueAt` stays Excel's raw value (empty for
 * the non-anchor cells of a merge).
 */
export class SheetGrid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  /** Last row / column with any value (inclusive); top-1 / left-1 when the sheet is empty. */
  readonly bottom: number;
  readonly right: number;
  readonly merges: readonly CellRange[];
  private readonly snapshot: SheetSnapshot;
  /** row → (col → merge index), only for cells inside merges. */
  private readonly mergeIndex = new Map<number, Map<number, number>>();

  constructor(snapshot: SheetSnapshot) {
    this.snapshot = snapshot;
    this.name = snapshot.name;
    this.top = snapshot.origin?.row ?? 0;
    this.left = snapshot.origin?.col ?? 0;
    let width = 0;
    for (const row of snapshot.values) if (row && row.length > width) width = row.length;
    this.bottom = this.top + snapshot.values.length - 1;
    this.right = this.left + width - 1;
    this.merges = snapshot.merges ?? [];
    this.merges.forEach((m, i) => {
      // Cap absurd merges (a whole column merged) to the used area, so indexing stays bounded.
      const bottom = Math.min(m.bottom, Math.max(this.bottom, m.top));
      const right = Math.min(m.right, Math.max(this.right, m.left));
      for (let r = m.top; r <= bottom; r++) {
        let cols = this.mergeIndex.get(r);
        if (!cols) this.mergeIndex.set(r, (cols = new Map()));
        for (let c = m.left; c <= right; c++) cols.set(c, i);
      }
    });
  }

  get rowCount(): number {
    return this.bottom - this.top + 1;
  }

  valueAt(row: number, col: number): CellValue {
    const r = this.snapshot.values[row - this.top];
    if (!r) return null;
    const v = r[col - this.left];
    return v === undefined ? null : v;
  }

  /**
   * The raw values of a row as the snapshot holds them, indexed from the grid's left column
   * (`values[c - grid.left]`); empty for rows outside the used range. Hot loops read this
   * array directly: a row of numbers is a double array, and reading through a function call
   * would box every number.
   */
  rowValues(row: number): readonly CellValue[] {
    return this.snapshot.values[row - this.top] ?? NO_VALUES;
  }

  /** The number formats of a row, indexed like rowValues; undefined when the row has none. */
  rowFormats(row: number): readonly (string | null | undefined)[] | undefined {
    return this.snapshot.numberFormats?.[row - this.top];
  }


  /** The formulas of a row, indexed like rowValues; undefined when the row has none. */
  rowFormulas(row: number): readonly (string | null | undefined)[] | undefined {
    return this.snapshot.formulas?.[row - this.top];
  }

  formulaAt(row: number, col: number): string | undefined {
    const r = this.snapshot.formulas?.[row - this.top];
    const f = r?.[col - this.left];
    return f ? f : undefined;
  }

  numberFormatAt(row: number, col: number): string | undefined {
    const r = this.snapshot.numberFormats?.[row - this.top];
    const f = r?.[col - this.left];
    return f ? f : undefined;
  }

  /** The merge a cell belongs to, if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    const i = this.mergeIndex.get(row)?.get(col);
    return i === undefined ? undefined : this.merges[i];
  }

  /** The value shown in a cell: a merged area shows its anchor's value in every cell. */
  shownValueAt(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    if (m) return this.valueAt(m.top, m.left);
    return this.valueAt(row, col);
  }

  /** Trimmed text shown in a cell (merge-aware); '' for empty, numbers as typed by JS. */
  textAt(row: number, col: number): string {
    const v = this.shownValueAt(row, col);
    if (v === null || typeof v === 'object') return '';
    if (typeof v === 'string') return v.trim();
    return String(v);
  }

  /** True when the cell and, if merged, its anchor are empty. */
  isBlank(row: number, col: number): boolean {
    const v = this.shownValueAt(row, col);
    return v === null || (typeof v === 'string' && v.trim() === '');
  }
}
