/**
 * How far a check is, for a progress bar: finding the tables sheet by sheet, reading the blocks'
 * structure (one step for the workbook), then the checks one by one.
 */
export type CheckProgress =
  | { readonly stage: 'sheets'; readonly done: number; readonly total: number; readonly sheet: string }
  | { readonly stage: 'structure' }
  | { readonly stage: 'checks'; readonly done: number; readonly total: number };
