import { columnIndex, type CellAddress } from '../address';
import type { DetectedSheet } from '../detect/detectTables';
import type { DetectedTable } from '../detect/Table';
import { AMOUNT, BIG_AMOUNT, type SheetFigures } from '../numbers/SheetFigures';
import { ROLLUP_LABELS, type RollupKind } from '../rollup/labels';
import type { SheetGrid } from '../snapshot';
import { sumFormulaRefs } from '../structure/sumFormulaRefs';
import { isAcross, type Relation } from './Relation';

/**
 * How a table's totals are written, for the checks of fragile totals (typed-total,
 * formula-skips-part, inconsistent-formula, figure-as-text): each relation's total cell,
 * typed or a formula, grouped into families. A family is one rule over many members: a
 * subtotal row in every year column (same total row, same part rows), or a total column on
 * every row of a block (same total column, same part columns).
 */

/** How a total cell is written. */
export type Written =
  /** A number typed in (or a formula of constants only, `=1055848.8+50000`): it will not follow its parts. */
  | 'typed'
  /** A formula that reads cells of this sheet. */
  | 'formula'
  /** A formula that reads another sheet or workbook (a link): live, but not a sum of the table's cells. */
  | 'linked'
  /** Blank, a dash, text: nothing to say. */
  | 'none';

export interface Member {
  readonly relation: Relation;
  readonly cell: CellAddress;
  readonly written: Written;
  readonly formula?: string;
  /** The cells a `SUM`/`+` formula adds (undefined for any other formula). */
  readonly refs?: readonly CellAddress[];
  /** The formula's shape relative to its cell (R1C1): equal shapes are the same formula copied. */
  readonly shape?: string;
  /** Whether the formula's cells lie along the family's direction (down its column, or across its row). */
  readonly alongFamily: boolean;
}

export interface Family {
  readonly kind: Relation['kind'];
  /** True: a total column, its parts across each row; false: a total row, its parts down each column. */
  readonly across: boolean;
  readonly members: readonly Member[];
}

export interface TableTotals {
  readonly table: DetectedTable;
  readonly families: readonly Family[];
  /** Whether any total of the table is a live formula (this sheet's cells or a link). */
  readonly anyFormula: boolean;
}

/** An `из них` row is compared as at most its parent: the parent is a sum of something else. */
const SKIPPED_KINDS = new Set<Relation['kind']>(['part-of']);

const cache = new WeakMap<DetectedTable, TableTotals>();

/** The totals of each table of a sheet, read once per table (every check of this kind shares them). */
export function tableTotals(sheet: DetectedSheet): TableTotals[] {
  const { grid, figures } = sheet.context;
  if (isRollupSheet(grid)) return [];
  return sheet.tables.map((table) => {
    let t = cache.get(table);
    if (!t) cache.set(table, (t = readTotals(table, grid, figures)));
    return t;
  });
}

function readTotals(table: DetectedTable, grid: SheetGrid, figures: SheetFigures): TableTotals {
  const families = new Map<string, { kind: Relation['kind']; across: boolean; members: Member[]; cells: Set<string> }>();
  let anyFormula = false;
  for (const relation of table.relations) {
    if (SKIPPED_KINDS.has(relation.kind)) continue;
    const across = isAcross(relation);
    const key = across ? `a|${relation.kind}|${relation.totalCol}|${relation.partCols.join(',')}` : `d|${relation.kind}|${relation.totalRow}|${relation.partRows.join(',')}`;
    let family = families.get(key);
    if (!family) families.set(key, (family = { kind: relation.kind, across, members: [], cells: new Set() }));
    const cellKey = `${relation.totalRow},${relation.totalCol}`;
    if (family.cells.has(cellKey)) continue;
    family.cells.add(cellKey);
    const member = readMember(relation, across, grid, figures);
    if (member.written === 'formula' || member.written === 'linked') anyFormula = true;
    family.members.push(member);
  }
  return { table, families: [...families.values()].map(({ kind, across, members }) => ({ kind, across, members })), anyFormula };
}

function readMember(relation: Relation, across: boolean, grid: SheetGrid, figures: SheetFigures): Member {
  const cell = { row: relation.totalRow, col: relation.totalCol };
  const formula = grid.formulaAt(cell.row, cell.col);
  if (!formula) {
    const kind = figures.kindAt(cell.row, cell.col);
    return { relation, cell, written: kind === AMOUNT || kind === BIG_AMOUNT ? 'typed' : 'none', alongFamily: false };
  }
  if (formula.includes('!')) return { relation, cell, written: 'linked', formula, alongFamily: false };
  const read = cellRefs(formula);
  if (read.length === 0) {
    const kind = figures.kindAt(cell.row, cell.col);
    return { relation, cell, written: kind === AMOUNT || kind === BIG_AMOUNT ? 'typed' : 'none', formula, alongFamily: false };
  }
  const refs = sumFormulaRefs(formula);
  const alongFamily = read.every((a) => (across ? a.row === cell.row : a.col === cell.col));
  return { relation, cell, written: 'formula', formula, refs, shape: shapeOf(formula, refs, cell), alongFamily };
}

/**
 * A formula's shape relative to its cell: for a plain sum, the set of offsets it adds
 * (`=D8+D9+D10` and `=SUM(E8:E10)` one column over are the same shape); for any other
 * formula, its text with every reference in R1C1 relative form.
 */
export function shapeOf(formula: string, refs: readonly CellAddress[] | undefined, at: CellAddress): string {
  if (refs) return `sum:${[...new Set(refs.map((a) => `${a.row - at.row},${a.col - at.col}`))].sort().join(' ')}`;
  return formula.toUpperCase().replace(REF, (_m, colAbs: string, col: string, rowAbs: string, row: string) => {
    const r = Number(row) - 1;
    const c = columnIndex(col);
    return `R${rowAbs ? r : `[${r - at.row}]`}C${colAbs ? c : `[${c - at.col}]`}`;
  });
}

/** A1 references in a formula (not inside quotes, not a function name: `LOG10(` is not a cell). */
const REF = /(?<![A-Z0-9_."'])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Z0-9_(])/g;

/** Every cell a formula refers to (ranges expanded up to a bound), for where its cells lie. */
export function cellRefs(formula: string): CellAddress[] {
  const text = formula.toUpperCase().replace(/"[^"]*"/g, '""');
  const out: CellAddress[] = [];
  for (const m of text.matchAll(REF)) out.push({ row: Number(m[4]) - 1, col: columnIndex(m[2]) });
  return out;
}

/** A sheet the add-in wrote (a rollup): its formulas are ours, and never a risk. */
function isRollupSheet(grid: SheetGrid): boolean {
  for (let row = grid.top; row <= Math.min(grid.bottom, grid.top + 2); row++) {
    for (let col = grid.left; col <= Math.min(grid.right, grid.left + 2); col++) {
      const text = grid.textAt(row, col);
      if (text && ROLLUP_TITLES.some((t) => text.startsWith(t))) return true;
    }
  }
  return false;
}

/** The words each rollup sheet's title starts with (`Свод по годам: таблица `), in every language. */
const ROLLUP_TITLES: readonly string[] = Object.values(ROLLUP_LABELS).flatMap((labels) =>
  (['year', 'source', 'item'] as const satisfies readonly RollupKind[]).map((kind) => {
    const title = labels.title(kind, '\u0000', '', null);
    return title.slice(0, title.indexOf('\u0000'));
  }),
);

/** Whether a cell holds a number that is not zero. */
export function nonZeroAt(figures: SheetFigures, cell: CellAddress): boolean {
  const f = figures.at(cell.row, cell.col);
  return f.kind === 'amount' && f.exact.units !== 0n;
}

/** The member of a list nearest to a cell (rows and columns apart). */
export function nearest<T extends { readonly cell: CellAddress }>(list: readonly T[], at: CellAddress): T {
  let best = list[0];
  let d = Infinity;
  for (const x of list) {
    const e = Math.abs(x.cell.row - at.row) + Math.abs(x.cell.col - at.col);
    if (e < d) {
      d = e;
      best = x;
    }
  }
  return best;
}
