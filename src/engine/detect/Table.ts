import type { CellAddress, CellRange } from '../address';
import type { Relation } from '../check/Relation';
import type { SourceKey } from '../vocabulary/vocabulary';

export type TableKind = 'funding' | 'indicators';

/**
 * - `source-by-year`: sources down the rows, years across, a total row and column (a passport);
 * - `items-by-year`: items (subprogrammes, activities) down the rows, years across, subtotal rows;
 * - `items-by-source-and-year`: items with one row per source, years across, `в том числе` by source;
 * - `year-rows-by-source`: blocks of one row per year (with ВСЕГО rows), sources across;
 * - `indicators`: indicator targets by year: reported, never added up.
 */
export type TableLayout = 'source-by-year' | 'items-by-year' | 'items-by-source-and-year' | 'year-rows-by-source' | 'indicators';

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
}
