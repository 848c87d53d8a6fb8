import type { SourceKey, TotalScope } from '../vocabulary/vocabulary';

/**
 * One additive unit of a table's body, in order: a row (years across) or a block of year
 * rows (years down). `keys[i]` names what sheet row `keyRows[i]` holds: '' for a single
 * row; a year, or 'all' for a block's ВСЕГО row.
 */
export interface Entry {
  readonly keys: readonly string[];
  readonly keyRows: readonly number[];
  readonly firstRow: number;
  /** The row's label cells, in column order, without repeats. */
  readonly labels: readonly string[];
  readonly label: string;
  readonly totalScope?: TotalScope;
  readonly role: 'normal' | 'breakdown' | 'thereof' | 'memo';
  /** A total whose label ends with `в том числе:`: the rows after it are its breakdown. */
  readonly announcesBreakdown: boolean;
  /** `norm`: the label lower-cased, to compare sources without doing it again. */
  readonly source?: { readonly key?: SourceKey; readonly label: string; readonly norm: string };
  readonly code?: string;
  /** The vertical merge of the first label column the row sits in (rows of one item). */
  readonly group?: number;
  /** True when the row is the first row of that merge (a group's total row, when it comes first). */
  readonly opensGroup: boolean;
  readonly hasFigures: boolean;
}

/** The sheet row holding an entry's figures for a key, if it has one. */
export function rowOfKey(entry: Entry, key: string): number | undefined {
  const i = entry.keys.indexOf(key);
  return i < 0 ? undefined : entry.keyRows[i];
}

/** The keys of a single-row entry (years across): shared, not allocated per row. */
export const SINGLE_ROW: readonly string[] = [''];
