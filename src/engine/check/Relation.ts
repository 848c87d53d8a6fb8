import type { CellAddress } from '../address';

/**
 * What kind of "adds up" a relation states, which is also how a finding explains it:
 * - `row-total`: a row's total column = the sum of its year (or source) columns;
 * - `block-total`: a block's ВСЕГО row = the sum of its year rows;
 * - `subtotal`: a subtotal = the sum of the rows (or blocks) it closes;
 * - `grand-total`: a programme total = the sum of its subtotals (or of all items);
 * - `parent-total`: a numbered item = the sum of its numbered children (1 = 1.1 + 1.2);
 * - `group-total`: a group's total row = the sum of the group's source rows;
 * - `breakdown`: a `в том числе` row = the sum of the items' rows of that source;
 * - `breakdown-sum`: a total = the sum of its `в том числе` rows;
 * - `part-of`: an `из них` row is at most its parent (checked as ≤, not =);
 * - `listed-parts`: a total whose listed parts (`в т.ч.:`) may be only some of its parts:
 *   their sum must not exceed it (checked as ≥; a shortfall is a partial list, not an error).
 */
export type RelationKind =
  | 'row-total'
  | 'block-total'
  | 'subtotal'
  | 'grand-total'
  | 'parent-total'
  | 'group-total'
  | 'breakdown'
  | 'breakdown-sum'
  | 'part-of'
  | 'listed-parts';

/**
 * Why the engine believes a relation: the labels say so (`Итого`, `1` over `1.1`, `Total`),
 * a formula of the table states it (`=SUM(D8:D11)` in a sibling column), or the data: it
 * holds exactly on most members of its family (most columns, or most rows).
 */
export type RelationBasis = 'label' | 'formula' | 'data';

/** Words that say which figure a relation is about, for messages. */
export interface RelationSubject {
  /** The row's (or block's) label, e.g. `Итого по задаче 2`. */
  readonly label?: string;
  readonly year?: number;
  /** The column's header or the row's source, e.g. `районного бюджета`. */
  readonly column?: string;
  readonly source?: string;
}

/**
 * "the total cell should equal the sum of its parts", on one sheet. The parts are the cells
 * `partRows × partCols`: every relation is one row across some columns, or some rows down
 * one column, so a table's relations share these arrays. Flat fields, one object per
 * relation: a 200,000-row table has hundreds of thousands of them.
 */
export interface Relation {
  readonly kind: RelationKind;
  readonly sheet: string;
  readonly tableId: string | null;
  readonly totalRow: number;
  readonly totalCol: number;
  readonly partRows: readonly number[];
  readonly partCols: readonly number[];
  /** Words for messages: the row's (or block's) label, the year, the column's name. */
  readonly label?: string;
  readonly year?: number;
  readonly column?: string;
  /** Why the relation is believed; `label` when missing (the layouts' relations). */
  readonly basis?: RelationBasis;
  /**
   * How many of the parts are themselves rounded figures (totals stated to their shown
   * digits, figures visibly rounded): each adds half a unit to the rounding allowed.
   */
  readonly roundedParts?: number;
  /** The shown precision of the figures when coarser than their digits (all rounded to 100 000: −5). */
  readonly shownDecimals?: number;
}

/** A relation whose parts run across its row (a total column); every other runs down a column. */
export function isAcross(relation: Relation): boolean {
  return relation.kind === 'row-total';
}

/** The total cell of a relation. */
export function totalOf(relation: Relation): CellAddress {
  return { row: relation.totalRow, col: relation.totalCol };
}

/** What a relation is about, for the wording of a finding. */
export function subjectOf(relation: Relation): RelationSubject {
  const { label, year, column } = relation;
  return { label, year, column };
}

/** The part cells of a relation, row by row. */
export function partsOf(relation: Relation): CellAddress[] {
  const out: CellAddress[] = [];
  for (const row of relation.partRows) for (const col of relation.partCols) out.push({ row, col });
  return out;
}
