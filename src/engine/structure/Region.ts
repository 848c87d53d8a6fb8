import type { CellRange } from '../address';

/**
 * A block of figures on a sheet with the header rows above it and the label columns to its
 * left: what a table is before anything is known of what adds up to what. Found from the
 * sheet's structure alone (findRegions), whatever the headers say.
 */
export interface Region {
  readonly sheet: string;
  /** First header row; equal to `top` when the block has no header. */
  readonly headerTop: number;
  /** First and last body rows. */
  readonly top: number;
  readonly bottom: number;
  /** Body rows that hold figures, top to bottom. */
  readonly rows: readonly number[];
  /** Columns of figures, left to right. */
  readonly cols: readonly number[];
  /** Columns of labels: names, numbering (`1.1`, `I.`), years down the rows; left to right. */
  readonly labelCols: readonly number[];
  /** The whole block: header, labels and figures. */
  readonly range: CellRange;
}
