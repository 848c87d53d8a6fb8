import { rangeContains, type CellRange } from '../address';
import { evaluateRelation } from '../check/evaluateRelation';
import { isAcross, partsOf, type Relation } from '../check/Relation';
import { SheetFigures } from '../numbers';
import { regionTables } from '../structure/regionTables';
import type { CheckProgress } from '../check/CheckProgress';
import type { Region } from '../structure/Region';
import { SheetGrid, type WorkbookSnapshot } from '../snapshot';
import { buildYearColumnsTable } from './buildYearColumnsTable';
import { buildYearRowsTable } from './buildYearRowsTable';
import { scanSheet, type YearCell } from './scanSheet';
import type { SheetContext } from './SheetContext';
import { makeTable } from './makeTable';
import type { DetectedTable } from './Table';

export interface DetectedSheet {
  readonly context: SheetContext;
  readonly tables: DetectedTable[];
}

export interface Detection {
  readonly sheets: DetectedSheet[];
  readonly tables: DetectedTable[];
}

/** The largest layout table whose failures the structural reading may contest. */
const MAX_CONTESTED_ROWS = 2000;
/** A settled layout table larger than this is not scanned again: blocks that lend each other evidence are small. */
const MAX_POOLED_ROWS = 200;

type Candidate =
  | { readonly kind: 'year-columns'; readonly row: number; readonly years: readonly YearCell[] }
  | { readonly kind: 'year-rows'; readonly row: number; readonly col: number; readonly years: readonly YearCell[] };

/**
 * Finds every funding and indicator table of a workbook. The layouts the engine knows
 * (a row or column of years: buildYearColumnsTable, buildYearRowsTable) are tried first; a
 * table they build is kept when its relations hold on most of their members (a reading of
 * the layout that fails more often than it holds is the wrong reading). Every block of
 * figures they leave is read from its structure (src/engine/structure). Tables are numbered
 * T1, T2 ... in sheet order, then top to bottom. `sheetNames` limits the search to some sheets;
 * `onProgress` hears of each sheet, then of the structural reading.
 */
export function detectTables(workbook: WorkbookSnapshot, sheetNames?: readonly string[], onProgress?: (progress: CheckProgress) => void): Detection {
  const sheets: DetectedSheet[] = [];
  const all: DetectedTable[] = [];
  const talliesOf: { holds: number; fails: number }[][] = [];
  const wanted = sheetNames ? workbook.sheets.filter((s) => sheetNames.includes(s.name)) : workbook.sheets;
  for (const [done, snapshot] of wanted.entries()) {
    onProgress?.({ stage: 'sheets', done, total: wanted.length, sheet: snapshot.name });
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
      const id = `T${all.length + tables.length + 1}`;
      const table = cand.kind === 'year-columns' ? buildYearColumnsTable(context, cand.years, id) : buildYearRowsTable(context, cand.col, cand.years, id);
      if (cand.kind === 'year-rows') requeueBelow(candidates, cand, table ? [...context.claimed, table.range] : context.claimed);
      if (!table) continue;
      context.claimed.push(table.range);
      tables.push(table);
    }
    const tallied = tables.map((t) => ({ t, tally: tallyOf(t.relations, context) }));
    // a layout's funding table that fails on more members than it holds on reads its sheet wrong:
    // it is left to the structural reading
    const kept = tallied.filter(({ t, tally }) => t.kind !== 'funding' || tally.holds >= tally.fails);
    sheets.push({ context, tables: kept.map((x) => x.t) });
    talliesOf.push(kept.map((x) => x.tally));
  }
  // Every block is also read from its structure, but only where that can change something: a
  // layout table whose relations fail is contested by that reading (up to MAX_CONTESTED_ROWS
  // rows: the search is bounded), and one that adds up no row, or has a total column it never
  // adds up, gets the relations of the direction it lacks. The others are settled.
  const tallies = talliesOf;
  onProgress?.({ stage: 'structure' });
  const settled = (t: DetectedTable, fails: number) =>
    fails > 0
      ? t.figureRows.length > MAX_CONTESTED_ROWS
      : t.relations.some((r) => !isAcross(r)) && (t.relations.some(isAcross) || !t.valueColumns.some((c) => c.role === 'total'));
  const found = regionTables(
    sheets.map((s, i) => {
      const settledTables = s.tables.filter((t, k) => settled(t, tallies[i][k].fails));
      // the sheet's blocks as swallows() reads them, made once per sheet
      let blocks: { range: CellRange; bodyTop: number }[] | undefined;
      const blocksOf = (regions: readonly Region[]) => (blocks ??= regions.map((r) => ({ range: r.range, bodyTop: r.top })));
      // the rows of a large settled table are not even scanned (lists of small tables that lend each other evidence are small)
      const skipped = new Uint8Array(Math.max(0, s.context.grid.rowCount));
      for (const t of settledTables) if (t.figureRows.length > MAX_POOLED_ROWS) skipped.fill(1, t.range.top - s.context.grid.top, t.range.bottom - s.context.grid.top + 1);
      return {
        context: s.context,
        taken: (region: Region, regions: readonly Region[]) => settledTables.some((t) => overlaps(region.range, t.range) && !swallows(t, blocksOf(regions))),
        skipRow: (row: number) => skipped[row - s.context.grid.top] === 1,
      };
    }),
  );
  for (const [i, sheet] of sheets.entries()) {
    let generic = found[i];
    const layouts: DetectedTable[] = [];
    const replacing = new Set<DetectedTable>();
    sheet.tables.forEach((t, k) => {
      const rivals = generic.filter((g) => overlaps(g.range, t.range));
      if (rivals.length === 0) {
        layouts.push(t);
        return;
      }
      const own = tallies[i][k];
      const theirs = tallyOf(rivals.flatMap((g) => g.relations), sheet.context);
      // the structural reading wins when it holds everywhere the layout's fails, and checks about as much,
      // or when it finds a table with a header of its own inside the layout's body (the layout
      // read on across an indicator table into a funding matrix, or the other way round)
      const swallowed = swallows(t, rivals.map((g) => ({ range: g.range, bodyTop: g.figureRows[0] })));
      // (a wrong figure both readings see fails in both: the structure then fails less, and only where the layout's failures are)
      // (its answer to each of the layout's failures must then be a relation of its own on that total: it reads less otherwise)
      const failsLess = theirs.fails === 0 || (theirs.fails < own.fails && failsWithin(rivals, t, sheet.context));
      const wins = swallowed || (own.fails > 0 && failsLess && theirs.holds * 5 >= own.holds * 4 && answers(t, rivals, sheet.context, theirs.fails > 0));
      if (wins) {
        for (const g of rivals) replacing.add(g);
        return;
      }
      generic = generic.filter((g) => !rivals.includes(g));
      layouts.push(withMissingDirection(t, rivals));
    });
    // a block read from its structure is a table when something in it adds up, or when it takes
    // the place of a layout's table: figures with no total (a report form to fill) are no table
    const merged = [...layouts, ...generic.filter((g) => replacing.has(g) || (g.kind === 'funding' && g.relations.length > 0))].sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
    sheet.tables.length = 0;
    for (const t of merged) {
      const id = `T${all.length + 1}`;
      const table = t.id === id ? t : renumbered(t, id);
      sheet.tables.push(table);
      all.push(table);
    }
  }
  return { sheets, tables: all };
}

/**
 * Whether the structural reading has, for every total cell where the layout's relations fail,
 * a relation of its own in the same direction (one that holds, since it fails nowhere), or does
 * not take that row for figures at all: it reads those cells differently, rather than not
 * reading them.
 */
function answers(t: DetectedTable, rivals: readonly DetectedTable[], context: SheetContext, strict = false): boolean {
  const key = (r: Relation) => `${r.totalRow}:${r.totalCol}:${isAcross(r) ? 'row' : 'column'}`;
  // strict: a total the structure calls rounding where the layout calls it an error is no answer
  const theirs = new Set(rivals.flatMap((g) => g.relations.filter((r) => !strict || evaluateRelation(r, context.figures).status !== 'rounding').map(key)));
  // a row the structure does not take for figures (a row of column numbers under the header) is its answer too,
  // unless `strict`: where the structure fails as well, each failure must be answered by a relation on that total
  const bodyRows = new Set(rivals.flatMap((g) => g.figureRows));
  return t.relations.every((r) => (!strict && !bodyRows.has(r.totalRow)) || theirs.has(key(r)) || evaluateRelation(r, context.figures).status !== 'mismatch');
}

/** Whether every failing relation of the rivals has a cell (total or part) in a failing relation of the table. */
function failsWithin(rivals: readonly DetectedTable[], t: DetectedTable, context: SheetContext): boolean {
  const cellsOf = (r: Relation) => [r.totalRow * 16384 + r.totalCol, ...partsOf(r).map((p) => p.row * 16384 + p.col)];
  const failing = (g: DetectedTable) => g.relations.filter((r) => evaluateRelation(r, context.figures).status === 'mismatch');
  const cells = new Set(failing(t).flatMap(cellsOf));
  return rivals.every((g) => failing(g).every((r) => cellsOf(r).some((c) => cells.has(c))));
}

/** Members of relations that hold (with a figure that is not zero), and that fail. */
function tallyOf(relations: readonly Relation[], context: SheetContext): { holds: number; fails: number } {
  let holds = 0;
  let fails = 0;
  for (const r of relations) {
    const o = evaluateRelation(r, context.figures);
    if (o.status === 'mismatch') fails++;
    else if (o.status === 'rounding' || (o.status === 'exact' && o.nonZero)) holds++;
  }
  return { holds, fails };
}

/**
 * Whether a layout's table runs across two or more blocks, one with a header of its own inside
 * the table's body (the layout read on from an indicator table into the funding matrix under it).
 * A block's range starts at its header; its body below that.
 */
function swallows(t: DetectedTable, blocks: readonly { readonly range: CellRange; readonly bodyTop: number }[]): boolean {
  const inside = blocks.filter((b) => overlaps(b.range, t.range));
  return inside.length >= 2 && inside.some((b) => b.range.top < b.bodyTop && b.range.top > t.figureRows[0]);
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * A layout table with the structural reading's relations of a direction it has none of:
 * a table read as items by year that never says what its `Total` column adds gets the
 * column rule its block shows (the same rule as every other block under that header).
 */
function withMissingDirection(t: DetectedTable, rivals: readonly DetectedTable[]): DetectedTable {
  const hasAcross = t.relations.some(isAcross);
  const hasDown = t.relations.some((r) => !isAcross(r));
  const extra = rivals.flatMap((g) => g.relations).filter((r) => (isAcross(r) ? !hasAcross : !hasDown) && r.totalRow >= t.range.top && r.totalRow <= t.range.bottom);
  if (extra.length === 0) return t;
  return makeTable({ ...fieldsOf(t), relations: [...t.relations, ...extra.map((r) => ({ ...r, tableId: t.id }))] }, () => t.outline);
}

/** A table under another id (its relations name it). */
function renumbered(t: DetectedTable, id: string): DetectedTable {
  return makeTable({ ...fieldsOf(t), id, relations: t.relations.map((r) => ({ ...r, tableId: id })) }, () => t.outline);
}

function fieldsOf(t: DetectedTable) {
  const { sheet, range, kind, layout, years, sources, unit, valueColumns, figureRows, relations, summary } = t;
  return { id: t.id, sheet, range, kind, layout, years, sources, unit, valueColumns, figureRows, relations, summary };
}

/** The year cells of a year-rows candidate that lie below every table built from it, as a new candidate. */
function requeueBelow(candidates: Candidate[], cand: Extract<Candidate, { kind: 'year-rows' }>, claimed: readonly CellRange[]): void {
  const taken = claimed.filter((r) => r.left <= cand.col && r.right >= cand.col);
  const bottom = Math.max(...taken.map((r) => r.bottom), cand.years[0].row);
  const rest = cand.years.filter((y) => y.row > bottom);
  if (rest.length >= 2 && rest.length < cand.years.length) candidates.push({ kind: 'year-rows', row: rest[0].row - 1, col: cand.col, years: rest });
}
