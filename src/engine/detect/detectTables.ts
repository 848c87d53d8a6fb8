import { rangeContains, type CellRange } from '../address';
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
    const tables: DetectedTable[] = [];
    while (candidates.length > 0) {
      candidates.sort((a, b) => a.row - b.row);
      const cand = candidates.shift()!;
      const anchor = cand.years[0];
      if (context.claimed.some((r) => rangeContains(r, anchor))) {
        // a column of years may run through several tables: what is below this one may start another
        if (cand.kind === 'year-rows') requeueBelow(candidates, cand, context.claimed);
        continue;
      }
      const id = `T${all.length + 1}`;
      const table = cand.kind === 'year-columns' ? buildYearColumnsTable(context, cand.years, id) : buildYearRowsTable(context, cand.col, cand.years, id);
      if (cand.kind === 'year-rows') requeueBelow(candidates, cand, table ? [...context.claimed, table.range] : context.claimed);
      if (!table) continue;
      context.claimed.push(table.range);
      tables.push(table);
      all.push(table);
    }
    sheets.push({ context, tables });
  }
  return { sheets, tables: all };
}

/** The year cells of a year-rows candidate that lie below every table built from it, as a new candidate. */
function requeueBelow(candidates: Candidate[], cand: Extract<Candidate, { kind: 'year-rows' }>, claimed: readonly CellRange[]): void {
  const taken = claimed.filter((r) => r.left <= cand.col && r.right >= cand.col);
  const bottom = Math.max(...taken.map((r) => r.bottom), cand.years[0].row);
  const rest = cand.years.filter((y) => y.row > bottom);
  if (rest.length >= 2 && rest.length < cand.years.length) candidates.push({ kind: 'year-rows', row: rest[0].row - 1, col: cand.col, years: rest });
}
