import type { CellRange } from '../address';

/** An Excel error value as Excel shows it: `#REF!`, `#DIV/0!`, `#N/A` ... */
export interface CellError {
  readonly error: string;
}

/** A cell's raw value as Excel holds it. `null` is an empty cell. */
export type CellValue = number | string | boolean | CellError | null;

/**
 * One sheet, as dense row-major arrays over its used range, the shape Office.js
 * `Range.values` / `formulas` / `numberFormat` return. `origin` is the used range's
 * top-left cell (0-based); rows may be ragged (missing cells are empty).
 */
export interface SheetSnapshot {
  readonly name: string;
  readonly origin?: { readonly row: number; readonly col: number };
  readonly values: readonly (readonly CellValue[])[];
  /** Formula text (`=SUM(D9:D14)`) where the cell has one; null or missing otherwise. */
  readonly formulas?: readonly (readonly (string | null | undefined)[] | undefined)[];
  /** Number format code (`#,##0.0`, `General`); missing means General. */
  readonly numberFormats?: readonly (readonly (string | null | undefined)[] | undefined)[];
  /** Merged areas in sheet coordinates (not relative to origin). */
  readonly merges?: readonly CellRange[];
  /** True when the sheet is protected (hosts that write must refuse). */
  readonly protected?: boolean;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as CellError).error === 'string';
}
