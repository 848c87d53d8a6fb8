import type { CellRange } from '../address';
import type { TableKind } from '../detect/Table';

/** A value of an indicator as the source table holds it. */
export type IndicatorValue =
  /** A number: `value` is its exact decimal string (`94.6`), as shown in the source. */
  | { readonly kind: 'number'; readonly value: string; readonly cell: string }
  /** `-`, `–`, `х`, or words (`н/д`): copied as text. */
  | { readonly kind: 'text'; readonly text: string; readonly cell: string }
  /** Nothing in the cell. */
  | { readonly kind: 'empty'; readonly cell: string }
  /** Looks like a figure but is not one (`2600,,0`), or an Excel error: never copied. */
  | { readonly kind: 'unreadable'; readonly text: string; readonly cell: string };

export type ValueKind = 'plan' | 'fact';

/** A year column of an indicator table: the plan (target) or the fact of a year. */
export interface IndicatorYearColumn {
  readonly col: number;
  readonly year: number;
  readonly kind: ValueKind;
  readonly header: string;
}

export interface IndicatorRow {
  /** Sheet row, 0-based. */
  readonly row: number;
  /** The indicator's number as written (`1.1`, `2.3.`); null on a continuation row under one number. */
  readonly code: string | null;
  /** The number of the row above that a continuation row stands under (`1.2.`), for showing where it is. */
  readonly underCode: string | null;
  readonly name: string;
  readonly unit: string | null;
  readonly base: IndicatorValue | null;
  /** One value per year column, in the order of `IndicatorTable.columns`. */
  readonly values: readonly IndicatorValue[];
}

/** An indicator table read into rows: number, name, unit, base value, values per year (plan/fact). */
export interface IndicatorTable {
  /** The checker's table id (`T2`). */
  readonly id: string;
  readonly sheet: string;
  readonly range: CellRange;
  /** What the checker took the table for (a table the user names as the source may be a funding table). */
  readonly kind: TableKind;
  /** Years with a value column, ascending. */
  readonly years: readonly number[];
  readonly columns: readonly IndicatorYearColumn[];
  readonly codeCol: number | null;
  readonly nameCol: number;
  readonly unitCol: number | null;
  readonly baseCol: number | null;
  /** Every indicator row in sheet order (continuation rows in their place). */
  readonly rows: readonly IndicatorRow[];
}

/** The value of a row for a year and kind, or undefined when the table has no such column. */
export function valueOf(table: IndicatorTable, row: IndicatorRow, year: number, kind: ValueKind): IndicatorValue | undefined {
  const i = table.columns.findIndex((c) => c.year === year && c.kind === kind);
  return i < 0 ? undefined : row.values[i];
}
