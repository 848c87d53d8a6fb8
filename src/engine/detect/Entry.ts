import type { SourceKey, TotalScope } from '../vocabulary/vocabulary';

/**
 * One additive unit of a table's body, in order: a row (years across) or a block of year
 * rows (years down). `rows` maps a key to the sheet row holding that key's figures:
 * '' for a single row; a year, or 'all' for a block's ВСЕГО row.
 */
export interface Entry {
  readonly rows: Map<string, number>;
  readonly firstRow: number;
  /** The row's label cells, in column order, without repeats. */
  readonly labels: readonly string[];
  readonly label: string;
  readonly totalScope?: TotalScope;
  readonly role: 'normal' | 'breakdown' | 'thereof' | 'memo';
  /** A total whose label ends with `в том числе:`: the rows after it are its breakdown. */
  readonly announcesBreakdown: boolean;
  readonly source?: { readonly key?: SourceKey; readonly label: string };
  readonly code?: string;
  /** The vertical merge of the first label column the row sits in (rows of one item). */
  readonly group?: number;
  readonly hasFigures: boolean;
}
