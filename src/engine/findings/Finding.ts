import type { RelationKind, RelationSubject } from '../check/Relation';
import type { Shown } from '../numbers/Shown';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITY_ORDER: readonly Severity[] = ['info', 'warning', 'error'];

export type FindingCode =
  | 'sum-mismatch'
  | 'rounding-difference'
  | 'relation-unchecked'
  | 'part-exceeds-whole'
  | 'unparsable-number'
  | 'error-value'
  | 'formula-not-calculated'
  | 'not-a-figure'
  | 'table-mismatch'
  | 'text-sum-mismatch'
  | 'text-table-mismatch'
  | 'typed-total'
  | 'formula-skips-part'
  | 'inconsistent-formula'
  | 'figure-as-text'
  | 'year-gap';

/** Data for the wording of a finding; every field optional, each code uses what it needs. */
export interface FindingParams {
  readonly relation?: RelationKind;
  readonly subject?: RelationSubject;
  /** The text of the cell, for unparsable figures and error values. */
  readonly text?: string;
  /** Cells a relation could not use (not numbers). */
  readonly badCells?: readonly string[];
  /** Of badCells, the formulas the file holds no result for (the workbook was not calculated). */
  readonly uncalculated?: readonly string[];
  /** For `not-a-figure`: what the cell holds instead of an amount. */
  readonly valueKind?: 'boolean' | 'date';
  /** The cell that, corrected, would settle this and the related findings. */
  readonly likelyCell?: string;
  readonly likelyChange?: string;
  /** For figures in text: the words of the figure that, corrected, would settle the related findings. */
  readonly likelyText?: string;
  /** How many failing checks the likely cell would settle. */
  readonly settles?: number;
  /** Other findings' cells (sheet-qualified when on another sheet) that the same cause explains. */
  readonly related?: readonly string[];
  /** For comparisons across tables: the other table's id, sheet and cell. */
  readonly otherTable?: string;
  readonly otherSheet?: string;
  readonly otherCell?: string;
  /** For figures read out of passport text: what the figure is and the words it came from. */
  readonly excerpt?: string;
  readonly year?: number;
  readonly source?: string;
  /** For fragile totals: the cell's formula, the parts it leaves out, the cells it adds that are no parts. */
  readonly formula?: string;
  readonly skipped?: readonly string[];
  readonly extra?: readonly string[];
  /** A sibling total written as the family's other totals are, and its formula. */
  readonly sibling?: string;
  readonly siblingFormula?: string;
  /** Formula totals that read a figure typed as text (and so leave it out). */
  readonly readBy?: readonly string[];
  /** For a typed total: whether it adds up today (false: it is also a `sum-mismatch`). */
  readonly addsUp?: boolean;
  /** How many totals of a table are typed figures. */
  readonly typedTotals?: number;
  /** For `year-gap`: the table's years jump from `after` to `before` (the years between have no figures in it). */
  readonly gap?: { readonly after: number; readonly before: number };
  /**
   * How the cells behind the message's amounts show them (number format decimals, percent):
   * `actual`, the finding's cell; `expected`, what it is compared with (a sum of parts: the most
   * decimals of the parts; another table's cell); `likely`, the likely wrong figure. The wording
   * writes each amount so (`4 084,50` for a `#,##0.00` cell holding 4084.5), never with fewer
   * digits than its exact value has; the difference with the most decimals of the two. The
   * decimal strings `expected`, `actual`, `difference` stay exact.
   */
  readonly shown?: { readonly actual?: Shown; readonly expected?: Shown; readonly likely?: Shown };
  /**
   * For a failed relation of a table with a correction (see `correct/`): the table, how many
   * cells the correction changes, and those of this relation with their new values.
   */
  readonly correction?: { readonly table: string; readonly size: number; readonly here: readonly { readonly cell: string; readonly to: string; readonly decimals?: number }[] };
}

/**
 * One thing the checker found, as data: amounts as decimal strings, cells as A1 (no `$`,
 * no sheet name; `parts` may name another sheet as `'Sheet'!A1`). Wording is added at
 * the edge by `localizeFinding`.
 */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly tableId: string | null;
  readonly expected: string | null;
  readonly actual: string | null;
  readonly difference: string | null;
  readonly parts: readonly string[];
  readonly params: FindingParams;
}

export function severityRank(s: Severity): number {
  return SEVERITY_ORDER.indexOf(s);
}
