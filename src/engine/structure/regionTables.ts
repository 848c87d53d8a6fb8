import type { SheetContext } from '../detect/SheetContext';
import type { DetectedTable } from '../detect/Table';
import { moneyUnitOf } from '../vocabulary/classifyLabel';
import { normalizeLabel } from '../vocabulary/normalizeLabel';
import { buildRegionTable } from './buildRegionTable';
import { findRegions } from './findRegions';
import type { Region } from './Region';
import { inferColumnRules, inferRowRules, type ColumnRule, type RegionInput } from './inferRelations';
import { readColumns, type ColumnHead } from './readColumns';
import { readRows } from './readRows';
import { RegionFigures } from './RegionFigures';

/**
 * Amounts stated "in thousands" (`Amounts in Thousands`): a note that figures kept in a finer
 * unit are shown rounded, so whole figures each carry half a unit of rounding. A unit of
 * measure (`тыс. руб.`, `thousand USD`) says no such thing: its typed figures are exact.
 */
const ROUNDED_UNIT = /^(?:thousands|millions)$/;
/** Units that are a multiple of the currency: totals stated in them are rounded figures. */
const MULTIPLE_UNIT = /тыс|млн|млрд|thousand|million|billion/i;

/**
 * The tables of the sheets that the layouts did not find, found from structure alone: the
 * stages one after the other, each a function of its own folder file — the sheet's blocks of
 * figures (findRegions), their header model (readColumns) and row model (readRows), the
 * column rules (inferColumnRules, pooled over blocks that share a header) and the row rules
 * (inferRowRules), then one table per block (buildRegionTable). `taken` says which blocks
 * need no reading of their own (a layout's table reads them); they still lend their evidence
 * to blocks under the same header. Tables get a provisional id (`sheet index:n`);
 * detectTables numbers every table of the workbook in the end.
 */
export function regionTables(
  sheets: readonly { readonly context: SheetContext; readonly taken: (region: Region, regions: readonly Region[]) => boolean; readonly skipRow?: (row: number) => boolean }[],
): DetectedTable[][] {
  // blocks a layout's table already reads are read too, for their evidence only: the column
  // rule of a header is learnt from every block under it. Their figures are read only when a
  // block to be read shares their header.
  interface Block {
    sheet: number;
    region: Region;
    cols: ColumnHead[];
    unit: string | null;
    taken: boolean;
    input?: RegionInput;
  }
  const blocks: Block[] = [];
  sheets.forEach(({ context, taken, skipRow }, s) => {
    const { grid, figures, scan } = context;
    let units: { row: number; unit: string }[] | undefined;
    const regions = findRegions(grid, figures, scan, skipRow);
    for (const region of regions) {
      const isTaken = taken(region, regions);
      // a block a layout reads needs no unit of its own (the scan of the sheet's words is done once, when needed)
      const unit = isTaken ? null : unitAbove((units ??= unitCells(context)), region.top);
      blocks.push({ sheet: s, region, cols: readColumns(grid, region), unit, taken: isTaken });
    }
  });
  const inputOf = (b: Block): RegionInput => {
    if (!b.input) {
      const { grid, figures } = sheets[b.sheet].context;
      b.input = { region: b.region, figures: new RegionFigures(figures, b.region, b.unit !== null && ROUNDED_UNIT.test(b.unit), b.unit !== null && MULTIPLE_UNIT.test(b.unit)), rows: readRows(grid, b.region), cols: b.cols };
    }
    return b.input;
  };
  // blocks that share a header (one project table after another) share their column rules
  const groups = new Map<string, Block[]>();
  blocks.forEach((b, i) => {
    const key = b.cols.every((h) => h.text === '') ? `#${i}` : b.cols.map((h) => normalizeLabel(h.text)).join('|');
    const g = groups.get(key);
    if (g) g.push(b);
    else groups.set(key, [b]);
  });
  const columnRules = new Map<Block, ColumnRule[]>();
  for (const group of groups.values()) {
    if (group.every((b) => b.taken)) continue;
    const grid = sheets[group[0].sheet].context.grid;
    const rules = inferColumnRules(grid, group.map(inputOf));
    for (const b of group) columnRules.set(b, rules);
  }
  const out: DetectedTable[][] = sheets.map(() => []);
  for (const b of blocks) {
    if (b.taken) continue;
    const { context } = sheets[b.sheet];
    const input = inputOf(b);
    const cols = columnRules.get(b)!;
    const rows = inferRowRules(context.grid, input, cols);
    out[b.sheet].push(buildRegionTable(context, input, cols, rows, b.unit, `${b.sheet}:${out[b.sheet].length}`));
  }
  return out;
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
