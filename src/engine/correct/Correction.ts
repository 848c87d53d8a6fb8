/**
 * One consistent correction of a table: the fewest cell changes after which every relation
 * of the table holds (exactly, or within the rounding the check accepts). Amounts are
 * decimal strings; cells are A1 on the table's sheet. Wording is added at the edge.
 */

/** Why a change looks like a typing slip: what the cell holds against what it should. */
export type SlipKind =
  /** Two digits swapped: 1 234,5 typed for 1 324,5. */
  | 'transposition'
  /** One digit wrong: 1 284,5 typed for 1 234,5. */
  | 'one-digit'
  /** The decimal point shifted: 12 345 typed for 1 234,5. */
  | 'decimal-shift'
  /** The figure belongs in another cell of the correction (typed one row or column off). */
  | 'wrong-cell'
  /** A total typed as a figure where the table's other totals are formulas. */
  | 'typed-total';

/** One cell to change. */
export interface CellChange {
  readonly cell: string;
  /** What it holds now; null when blank (or a dash). */
  readonly from: string | null;
  /** What it should hold. */
  readonly to: string;
  /**
   * For a formula total whose cells are not the relation's parts (a `SUM` that leaves a
   * part out): the formula to write instead, which gives `to`.
   */
  readonly formula?: string;
  /** Set when the change looks like a typing slip. */
  readonly slip?: SlipKind;
  /** The digits the cell shows after the decimal point (for writing `to` as the cell shows it). */
  readonly decimals?: number;
}

export interface Correction {
  /** The cells to change, in sheet order. Formula cells are never changed, except a formula rewritten (`formula`). */
  readonly cells: readonly CellChange[];
  /** Formula cells that follow the change (their value after it), for the preview. */
  readonly follow: readonly CellChange[];
}

/**
 * Why this correction, among the equally small ones:
 * - `only`: it is the only smallest correction;
 * - `formula`: a formula total reads other cells than its parts: the formula is what is wrong;
 * - `slip`: its changes look like typing slips (see {@link CellChange.slip}) and the others' do not;
 * - `totals`: it changes totals rather than the figures they add (a total is where a sum is copied by hand);
 * - `first`: nothing tells the equally small ones apart; the first in sheet order is shown.
 */
export type CorrectionBasis = 'only' | 'formula' | 'slip' | 'totals' | 'first';

/** Why no correction is given. */
export type NoCorrectionReason =
  /** The table has more figures or relations than the solver is given. */
  | 'too-large'
  /** The solver's time ran out. */
  | 'time'
  /** No change of the cells a correction may touch makes every relation hold (formulas, unreadable figures). */
  | 'none-consistent'
  /** A correction needs more cells than the search goes to without a solver. */
  | 'no-solver';

export type TableCorrection =
  | {
      readonly tableId: string;
      readonly sheet: string;
      readonly status: 'found';
      readonly correction: Correction;
      /** How many other corrections are equally small (counted up to a few; `alternativesMore`: more than counted). */
      readonly alternatives: number;
      readonly alternativesMore?: boolean;
      /** Up to three of them, for "either … or …". */
      readonly others: readonly Correction[];
      readonly basis: CorrectionBasis;
      /** How many failing relations it settles. */
      readonly settles: number;
      /** How it was found: by trying every cell (and pair), or by the integer-programming solver. */
      readonly method: 'search' | 'solver';
    }
  | {
      readonly tableId: string;
      readonly sheet: string;
      readonly status: 'gave-up';
      readonly reason: NoCorrectionReason;
      readonly settles: 0;
    };
