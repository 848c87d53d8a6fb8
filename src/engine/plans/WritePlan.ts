/**
 * What a host should write into the workbook, as data: the engine decides what to mark and
 * say; hosts (the Office adapter) only carry it out and record how to undo it.
 */
export interface CellMark {
  readonly sheet: string;
  /** A1, no `$`, no sheet. */
  readonly cell: string;
  /** Fill colour, `#RRGGBB`. */
  readonly fill: string;
  /** The explanation to show at the cell (a comment), in the user's language. */
  readonly note: string;
}

export interface WritePlan {
  readonly kind: 'highlight';
  readonly marks: readonly CellMark[];
}
