import type { CellAddress } from '../address';
import type { DetectedTable, OutlineNode } from '../detect/Table';
import type { SourceKey } from '../vocabulary/vocabulary';

/** One figure cell of a leaf row: its year and source (`null`: the row's total over its sources). */
export interface LeafCell {
  readonly row: number;
  readonly col: number;
  readonly year: number;
  /** A source id (see RollupSource); '' for a table that names no sources; null for a leaf's total column. */
  readonly source: string | null;
}

export interface RollupSource {
  /** The label lower-cased: two rows or columns of one source are one source. */
  readonly id: string;
  readonly label: string;
  readonly key?: SourceKey;
}

/** What a rollup adds: the table's leaves, their figure cells by year and source, and where groups state totals. */
export interface TableLeaves {
  readonly years: readonly number[];
  /** The named sources, in order; empty when the table names none (items by year). */
  readonly sources: readonly RollupSource[];
  /**
   * True when leaf rows carry their own total over sources (the `Объем финансирования`
   * column of activity rows): an activity's figure for a year is that cell, which stays
   * readable where one of its source cells is not.
   */
  readonly leafTotals: boolean;
  /** The leaves under a node (the node itself for a leaf). */
  readonly leavesOf: (node: OutlineNode) => readonly OutlineNode[];
  readonly cellsOf: (leaf: OutlineNode) => readonly LeafCell[];
  /** The cell where a group states its total for a year (null: all years), if it does. */
  readonly statedOf: (node: OutlineNode, year: number | null) => CellAddress | undefined;
}

export const sourceId = (label: string): string => label.trim().toLowerCase();

/** Reads a funding table's outline and columns into the cells a rollup adds. */
export function tableLeaves(table: DetectedTable): TableLeaves {
  const yearRows = table.layout === 'year-rows-by-source';
  const additive = table.valueColumns.filter((c) => c.additive);
  const totalCol = table.valueColumns.find((c) => c.role === 'total')?.col;
  const yearCol = new Map(additive.filter((c) => c.role === 'year').map((c) => [c.year!, c.col]));
  const sourceCols = yearRows ? additive.filter((c) => c.role === 'source') : [];
  const named = table.layout !== 'items-by-year';

  const sources: RollupSource[] = [];
  const addSource = (label: string, key?: SourceKey): string => {
    const id = sourceId(label);
    if (!sources.some((s) => s.id === id)) sources.push({ id, label, key });
    return id;
  };
  for (const c of sourceCols) addSource(c.header, c.sourceKey);

  const cells = new Map<OutlineNode, LeafCell[]>();
  const leavesCache = new Map<OutlineNode, OutlineNode[]>();
  const leavesOf = (node: OutlineNode): OutlineNode[] => {
    let hit = leavesCache.get(node);
    if (!hit) leavesCache.set(node, (hit = node.children.length === 0 ? [node] : node.children.flatMap(leavesOf)));
    return hit;
  };
  const visit = (node: OutlineNode): void => {
    if (node.children.length > 0) {
      node.children.forEach(visit);
      return;
    }
    const out: LeafCell[] = [];
    if (yearRows) {
      for (const { key, row } of node.rows) {
        const year = Number(key);
        if (!key || !Number.isInteger(year)) continue;
        for (const c of sourceCols) out.push({ row, col: c.col, year, source: sourceId(c.header) });
        if (totalCol !== undefined) out.push({ row, col: totalCol, year, source: null });
      }
    } else {
      const source = named && node.source ? addSource(node.source.label, node.source.key) : '';
      for (const { key, row } of node.rows) {
        if (key !== '') continue;
        for (const [year, col] of yearCol) out.push({ row, col, year, source });
      }
    }
    cells.set(node, out);
  };
  table.outline.forEach(visit);

  const statedOf = (node: OutlineNode, year: number | null): CellAddress | undefined => {
    if (node.children.length === 0) return undefined;
    if (yearRows) {
      const row = node.rows.find((r) => r.key === (year === null ? 'all' : String(year)))?.row;
      return row !== undefined && totalCol !== undefined ? { row, col: totalCol } : undefined;
    }
    const row = node.rows.find((r) => r.key === '')?.row;
    const col = year === null ? totalCol : yearCol.get(year);
    return row !== undefined && col !== undefined ? { row, col } : undefined;
  };

  return {
    years: table.years.filter((y) => yearRows || yearCol.has(y)),
    sources,
    leafTotals: yearRows && totalCol !== undefined,
    leavesOf,
    cellsOf: (leaf) => cells.get(leaf) ?? [],
    statedOf,
  };
}
