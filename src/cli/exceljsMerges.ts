/**
 * ExcelJS makes a cell object for every cell of a merged area when it loads a sheet: one
 * `<mergeCell ref="A7:XFD1048576"/>` is 17 billion cells, and the process runs out of memory.
 * `boundExcelJsMerges()` changes how a loaded sheet's merges are taken in (ExcelJS is pinned to
 * 4.4.0): the cells of a merge are linked only as far as the sheet has rows and columns with
 * cells, and the merge is recorded whole, so it is written back as it was. Overlapping merges are
 * refused as before ("Cannot merge already merged cells"), found cell by cell instead of by
 * comparing every merge with every other. No file system here: the standalone page uses it too.
 */
import ExcelJS from 'exceljs';

interface Dimensions {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
interface SheetInternals {
  _rows: ({ number: number; cellCount: number } | undefined)[];
  _merges: Record<string, Dimensions>;
  getCell(row: number, col: number): ExcelJS.Cell & { merge(master: ExcelJS.Cell, ignoreStyle?: boolean): void };
}

let done = false;

export function boundExcelJsMerges(): void {
  if (done) return;
  done = true;
  // the classes are taken from instances, so that this works with ExcelJS's node and browser builds alike
  const scratch = new ExcelJS.Workbook().addWorksheet('scratch');
  scratch.mergeCells('A1:B1');
  const proto = Object.getPrototypeOf(scratch) as { _parseMergeCells(model: { mergeCells?: string[] }): void };
  const Range = (scratch as unknown as SheetInternals)._merges.A1.constructor as new (ref: string) => Dimensions;
  proto._parseMergeCells = function (this: SheetInternals, model: { mergeCells?: string[] }): void {
    const refs = model.mergeCells ?? [];
    if (refs.length === 0) return;
    // the sheet's used extent: its last row and its widest row (1-based)
    let lastRow = 0;
    let lastCol = 0;
    for (const row of this._rows) {
      if (!row) continue;
      lastRow = row.number;
      if (row.cellCount > lastCol) lastCol = row.cellCount;
    }
    for (const ref of refs) {
      const d = new Range(ref);
      const bottom = Math.min(d.bottom, Math.max(lastRow, d.top));
      const right = Math.min(d.right, Math.max(lastCol, d.left));
      const master = this.getCell(d.top, d.left);
      if (master.isMerged) throw new Error('Cannot merge already merged cells');
      for (let r = d.top; r <= bottom; r++) {
        for (let c = d.left; c <= right; c++) {
          if (r === d.top && c === d.left) continue;
          const cell = this.getCell(r, c);
          if (cell.isMerged) throw new Error('Cannot merge already merged cells');
          // styles are not merged when a file is read: each cell may have its own on purpose
          cell.merge(master, true);
        }
      }
      this._merges[master.address] = d;
    }
  };
}
