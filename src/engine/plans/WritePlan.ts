/**
 * What a host should write into the workbook, as data: the engine decides what to write;
 * hosts (the Office adapter, the CLI's ExcelJS writer) only carry it out and record how to undo it.
 */

/** One highlighted cell: a fill and an explanation. */
export interface CellMark {
  readonly sheet: string;
  /** A1, no `$`, no sheet. */
  readonly cell: string;
  /** Fill colour, `#RRGGBB`. */
  readonly fill: string;
  /** The explanation to show at the cell (a comment), in the user's language. */
  readonly note: string;
}

export interface HighlightPlan {
  readonly kind: 'highlight';
  readonly marks: readonly CellMark[];
}

/**
 * What goes into a cell.
 * - `text` is always written as text, even when it starts with `=`, `+`, `-` or `@`, or looks
 *   like a number: hosts must not let Excel read it as a formula or a figure.
 * - `number` is a decimal string (`"345128.0"`), exact as the engine computed it.
 * - `formula` starts with `=`, uses English function names, `,` between arguments and A1
 *   references (other sheets quoted with {@link sheetRef}). `value`, when the engine knows it, is
 *   the formula's result as an exact decimal string: a host writing a file stores it as the
 *   cached result (the spreadsheet application computes the formula again on opening).
 * - `empty` clears the value (formats stay).
 */
export type CellContent =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: string }
  | { readonly kind: 'formula'; readonly formula: string; readonly value?: string }
  | { readonly kind: 'empty' };

/** Formatting to set on a cell; anything left out is left as it is. */
export interface CellStyle {
  /** Excel number format code, e.g. `#,##0.0` or `@`. */
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Indent level (Excel's `IndentLevel`), for items under their parent. */
  readonly indent?: number;
  readonly wrap?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  /** Fill colour, `#RRGGBB`. */
  readonly fill?: string;
  /** Font colour, `#RRGGBB`. */
  readonly fontColor?: string;
  /** Thin borders on all four sides. */
  readonly border?: boolean;
}

export interface CellWrite {
  /** A1, no `$`, no sheet. */
  readonly cell: string;
  /** Left out: the value is not touched (a style-only write). */
  readonly content?: CellContent;
  readonly style?: CellStyle;
}

/** A sheet to add (its name already made unique against the workbook's sheets). */
export interface NewSheet {
  readonly name: string;
  readonly cells: readonly CellWrite[];
  /** Merged areas, A1 ranges (`A1:F1`). */
  readonly merges?: readonly string[];
  /** Column widths in characters, by 0-based column. */
  readonly columnWidths?: readonly { readonly col: number; readonly width: number }[];
  /** Rows and columns to freeze (the header). */
  readonly freeze?: { readonly rows: number; readonly columns: number };
}

/** Writes into a sheet that exists. */
export interface SheetEdit {
  readonly sheet: string;
  readonly cells: readonly CellWrite[];
}

/**
 * New sheets and edits of existing cells, applied as one batch. Hosts add the new sheets in
 * order after the last sheet and activate the first one (`activate`, by default true).
 */
export interface ContentPlan {
  readonly kind: 'content';
  /** What the plan does, for the user and the undo history (`Rollup by year of 'Приложение 2'!A3:J151`). */
  readonly title: string;
  readonly newSheets: readonly NewSheet[];
  readonly edits: readonly SheetEdit[];
  readonly activate?: boolean;
}

export type WritePlan = HighlightPlan | ContentPlan;
