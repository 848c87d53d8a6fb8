import type { CellRange } from '../address';
import type { SheetContext } from '../detect/SheetContext';
import type { DetectedTable } from '../detect/Table';
import { moneyUnitOf } from '../vocabulary/classifyLabel';
import { normalizeLabel } from '../vocabulary/normalizeLabel';
import { buildRegionTable } from './buildRegionTable';
import { findRegions } from './findRegions';
import { inferColumnRules, inferRowRules, type ColumnRule, type RegionInput } from './inferRelations';
import { readColumns } from './readColumns';
import { readRows } from './readRows';
import { RegionFigures } from './RegionFigures';

/**
 * Amounts stated "in thousands" (`Amounts in Thousands`): a note that figures kept in a finer
 * unit are shown rounded, so whole figures each carry half a unit of rounding. A unit of
 * measure (`тыс. руб.`, `thousand USD`) says no such thing: its typed figures are exact.
 */
const ROUNDED_UNIT = /^(?:thousands|millions)$/;

/**
 * The tables of the sheets that the layouts did not find, found from structure alone: the
 * stages one after the other, each a function of its own folder file — the sheet's blocks of
 * figures (findRegions), their header model (readColumns) and row model (readRows), the
 * column rules (inferColumnRules, pooled over blocks that share a header) and the row rules
 * (inferRowRules), then one table per block (buildRegionTable). Tables get a provisional id
 * (`sheet index:n`); detectTables numbers every table of the workbook in the end.
 */
export function regionTables(sheets: readonly { readonly context: SheetContext; readonly taken: readonly CellRange[] }[]): DetectedTable[][] {
  // blocks a layout's table already reads are read too, for their evidence only: the column
  // rule of a header is learnt from every block under it
  const inputs: { sheet: number; input: RegionInput; unit: string | null; taken: boolean }[] = [];
  sheets.forEach(({ context, taken }, s) => {
    const { grid, figures, scan } = context;
    const units = unitCells(context);
    for (const region of findRegions(grid, figures, scan)) {
      const isTaken = taken.some((t) => coverage(region.range, t) > 0);
      const unit = unitAbove(units, region.top);
      const input: RegionInput = {
        region,
        figures: new RegionFigures(figures, region, unit !== null && ROUNDED_UNIT.test(unit)),
        rows: readRows(grid, region),
        cols: readColumns(grid, region),
      };
      inputs.push({ sheet: s, input, unit, taken: isTaken });
    }
  });
  // blocks that share a header (one project table after another) share their column rules
  const groups = new Map<string, typeof inputs>();
  inputs.forEach((x, i) => {
    const heads = x.input.cols;
    const key = heads.every((h) => h.text === '') ? `#${i}` : heads.map((h) => normalizeLabel(h.text)).join('|');
    const g = groups.get(key);
    if (g) g.push(x);
    else groups.set(key, [x]);
  });
  const columnRules = new Map<RegionInput, ColumnRule[]>();
  for (const group of groups.values()) {
    if (group.every((x) => x.taken)) continue;
    const grid = sheets[group[0].sheet].context.grid;
    const rules = inferColumnRules(grid, group.map((x) => x.input));
    for (const x of group) columnRules.set(x.input, rules);
  }
  const out: DetectedTable[][] = sheets.map(() => []);
  for (const { sheet, input, unit, taken } of inputs) {
    if (taken) continue;
    const { context } = sheets[sheet];
    const cols = columnRules.get(input)!;
    const rows = inferRowRules(context.grid, input, cols);
    out[sheet].push(buildRegionTable(context, input, cols, rows, unit, `${sheet}:${out[sheet].length}`));
  }
  return out;
}

/** The share of range a's cells that lie inside b (a block a layout's table overlaps is that table's). */
function coverage(a: CellRange, b: CellRange): number {
  const rows = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) + 1;
  const cols = Math.min(a.right, b.right) - Math.max(a.left, b.left) + 1;
  if (rows <= 0 || cols <= 0) return 0;
  return (rows * cols) / ((a.bottom - a.top + 1) * (a.right - a.left + 1));
}

/** Cells of a sheet that name a money unit (`тыс. руб.`, `Amounts in Thousands`), top to bottom. */
function unitCells(context: SheetContext): { row: number; unit: string }[] {
  const { grid } = context;
  const out: { row: number; unit: string }[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    for (const v of grid.rowValues(r)) {
      if (typeof v !== 'string' || v.length > 300) continue;
      const unit = moneyUnitOf(v);
      if (unit) {
        out.push({ row: r, unit });
        break;
      }
    }
  }
  return out;
}

/** The unit named nearest above a block's first body row (in its header, its title or further up). */
function unitAbove(units: readonly { row: number; unit: string }[], top: number): string | null {
  let found: string | null = null;
  for (const u of units) {
    if (u.row >= top) break;
    found = u.unit;
  }
  return found;
}
