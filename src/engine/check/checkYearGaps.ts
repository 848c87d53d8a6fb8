import { toA1 } from '../address';
import type { DetectedSheet } from '../detect/detectTables';
import { yearOfCell } from '../detect/scanSheet';
import type { DetectedTable } from '../detect/Table';
import { ruleOf, type Finding } from '../findings';
import type { SheetGrid } from '../snapshot';

/** A break in a table's years: `after` is followed by `before`, the years between have no figures in the table. */
export interface YearGap {
  readonly after: number;
  readonly before: number;
}

/** The breaks in a run of years (in any order: they are sorted first): 2019, 2024, 2025 → 2019 to 2024. */
export function yearGaps(years: readonly number[]): YearGap[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const out: YearGap[] = [];
  for (let i = 1; i < sorted.length; i++) if (sorted[i] > sorted[i - 1] + 1) out.push({ after: sorted[i - 1], before: sorted[i] });
  return out;
}

/**
 * `year-gap`: a funding table of a known layout (the tables rollups are made of) whose years
 * skip some (2019, then 2024, 2025). Every year it has
 * is read and checked; the finding says which years it has no figures for, so that a missing
 * column (or block of year rows) is noticed. The cell is the one that names the year after the
 * gap (its header). The same findings go with the table's rollups (planRollups), so the check and
 * the rollups say it alike.
 */
export function yearGapFindings(table: DetectedTable, grid: SheetGrid): Finding[] {
  // a table read from its structure takes years from any header (`Actual 2012`, `Budget 2014`): no programme's run of years
  if (table.kind !== 'funding' || table.layout === 'generic') return [];
  return yearGaps(table.years).map((gap) => ({
    code: 'year-gap',
    severity: ruleOf('year-gap').severity,
    sheet: table.sheet,
    cell: toA1(yearCellOf(table, grid, gap.before) ?? { row: table.range.top, col: table.range.left }),
    tableId: table.id,
    expected: null,
    actual: null,
    difference: null,
    parts: [],
    params: { gap },
  }));
}

export function checkYearGaps(sheets: readonly DetectedSheet[]): Finding[] {
  return sheets.flatMap((s) => s.tables.flatMap((t) => yearGapFindings(t, s.context.grid)));
}

/** The first cell of the table (row by row) that names the year and is no figure of it: a header cell, or a year row's label. */
function yearCellOf(table: DetectedTable, grid: SheetGrid, year: number): { row: number; col: number } | undefined {
  const figureRows = new Set(table.figureRows);
  const valueCols = new Set(table.valueColumns.map((c) => c.col));
  for (let row = table.range.top; row <= table.range.bottom; row++) {
    for (let col = table.range.left; col <= table.range.right; col++) {
      if (figureRows.has(row) && valueCols.has(col)) continue;
      if (yearOfCell(grid.valueAt(row, col))?.year === year) return { row, col };
    }
  }
  return undefined;
}
