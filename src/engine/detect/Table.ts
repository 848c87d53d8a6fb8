import type { CellAddress, CellRange } from '../address';
import type { Relation } from '../check/Relation';
import type { SourceKey } from '../vocabulary/vocabulary';

export type TableKind = 'funding' | 'indicators';

/**
 * - `source-by-year`: sources down the rows, years across, a total row and column (a passport);
 * - `items-by-year`: items (subprogrammes, activities) down the rows, years across, subtotal rows;
 * - `items-by-source-and-year`: items with one row per source, years across, `в том числе` by source;
 * - `year-rows-by-source`: blocks of one row per year (with ВСЕГО rows), sources across;
 * - `generic`: any other block of figures: what adds up to what is established from its
 *   labels, formulas and figures (src/engine/structure);
 * - `indicators`: indicator targets by year: reported, never added up.
 */
export type TableLayout = 'source-by-year' | 'items-by-year' | 'items-by-source-and-year' | 'year-rows-by-source' | 'generic' | 'indicators';

export type ColumnRole = 'year' | 'total' | 'source' | 'other';

export interface ValueColumn {
  readonly col: number;
  readonly role: ColumnRole;
  readonly header: string;
  readonly year?: number;
  readonly sourceKey?: SourceKey;
  /** False for columns that never add into a total (base values, columns for reference). */
  readonly additive: boolean;
}

/** One figure of a table's programme totals: what the table says for (year, source). */
export interface SummaryEntry {
  /** null: all years (the total). */
  readonly year: number | null;
  /** null: all sources. */
  readonly source: SourceKey | null;
  readonly sourceLabel?: string;
  readonly cell: CellAddress;
}

/** A sheet row of an outline node's figures: `key` is '' (a row with years across), a year, or 'all' (a block's ВСЕГО row). */
export interface OutlineRow {
  readonly key: string;
  readonly row: number;
}

/**
 * One item of a funding table's body, as a tree: a leaf holds figures that are no total
 * (an activity, a source row); a group is a total over the leaves under it (a task, a
 * subprogramme, a numbered parent). For rollups, which add the leaves and compare with
 * what the groups state.
 */
export interface OutlineNode {
  readonly label: string;
  /** The source a leaf's figures are of (a source row), when the row names one. */
  readonly source?: { readonly key?: SourceKey; readonly label: string };
  /** A leaf: the rows of its figures. A group: the rows of its stated total (none when the table states none). */
  readonly rows: readonly OutlineRow[];
  /** Empty for a leaf. */
  readonly children: readonly OutlineNode[];
}

export interface DetectedTable {
  readonly id: string;
  readonly sheet: string;
  readonly range: CellRange;
  readonly kind: TableKind;
  readonly layout: TableLayout;
  readonly years: readonly number[];
  /** Sources as labelled in the table, in order of appearance. */
  readonly sources: readonly string[];
  readonly unit: string | null;
  readonly valueColumns: readonly ValueColumn[];
  /** Rows of the table's body (under the header) that hold figures. */
  readonly figureRows: readonly number[];
  readonly relations: readonly Relation[];
  /** The table's programme totals by year and source, for comparing tables with each other. */
  readonly summary: readonly SummaryEntry[];
  /** The body's items as a tree (funding tables; empty for indicators). */
  readonly outline: readonly OutlineNode[];
}
