import type { CellRange } from '../address';
import type { SheetFigures } from '../numbers';
import type { SheetGrid } from '../snapshot';
import type { SheetScan } from './scanSheet';

/** What every table builder of one sheet needs. */
export interface SheetContext {
  readonly grid: SheetGrid;
  readonly figures: SheetFigures;
  readonly scan: SheetScan;
  /** Ranges already taken by tables on this sheet. */
  readonly claimed: CellRange[];
}
