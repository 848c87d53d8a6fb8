import { rangeContains } from '../address';
import { SheetFigures } from '../numbers';
import { SheetGrid, type WorkbookSnapshot } from '../snapshot';
import { buildYearColumnsTable } from './buildYearColumnsTable';
import { buildYearRowsTable } from './buildYearRowsTable';
import { scanSheet, type YearCell } from './scanSheet';
import type { SheetContext } from './SheetContext';
import type { DetectedTable } from './Table';

export interface DetectedSheet {
  readonly context: SheetContext;
  readonly tables: DetectedTable[];
}

export interface Detection {
  readonly sheets: DetectedSheet[];
  readonly tables: DetectedTable[];
}

type Candidate =
  | { readonly kind: 'year-columns'; readonly row: number; readonly years: readonly YearCell[] }
  | { readonly kind: 'year-rows'; readonly row: number; readonly col: number; readonly years: readonly YearCell[] };

/**
 * Finds every funding and indicator table of a workbook. Tables are numbered T1, T2 ... in
 * sheet order, then top to bottom. `sheetNames` limits the search to some sheets.
 */
export function detectTables(workbook: WorkbookSnapshot, sheetNames?: readonly string[]): Detection {
  const sheets: DetectedSheet[] = [];
  const all: DetectedTable[] = [];
  for (const snapshot of workbook.sheets) {
    if (sheetNames && !sheetNames.includes(snapshot.name)) continue;
    const grid = new SheetGrid(snapshot);
    const scan = scanSheet(grid);
    const context: SheetContext = { grid, scan, figures: new SheetFigures(grid, scan.cyrillic), claimed: [] };
    const candidates: Candidate[] = [];
    for (const [row, years] of scan.yearRows) candidates.push({ kind: 'year-columns', row, years });
    for (const [col, years] of scan.yearColumns) candidates.push({ kind: 'year-rows', row: years[0].row - 1, col, years });
    candidates.sort((a, b) => a.row - b.row);
    const tables: DetectedTable[] = [];
    for (const cand of candidates) {
      const anchor = cand.years[0];
      if (context.claimed.some((r) => rangeContains(r, anchor))) continue;
      const id = `T${all.length + 1}`;
      const table = cand.kind === 'year-columns' ? buildYearColumnsTable(context, cand.years, id) : buildYearRowsTable(context, cand.col, cand.years, id);
      if (!table) continue;
      context.claimed.push(table.range);
      tables.push(table);
      all.push(table);
    }
    sheets.push({ context, tables });
  }
  return { sheets, tables: all };
}
