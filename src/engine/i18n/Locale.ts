import type { Finding, FindingCode } from '../findings';
import type { Shown } from '../numbers/Shown';
import type { DetectedTable } from '../detect/Table';
import type { RelationReport } from '../check/checkWorkbook';
import type { CellChange, Correction, NoCorrectionReason, SlipKind, TableCorrection } from '../correct/Correction';

export type Lang = 'ru' | 'en';

/** Everything the engine says in words, in one language. */
export interface Locale {
  readonly lang: Lang;
  readonly finding: { readonly [C in FindingCode]: (f: Finding) => string };
  /** `Источник финансирования: 2024 год, районный бюджет`-like words for a (year, source) figure. */
  readonly figureOf: (year: number | null | undefined, source: string | null | undefined) => string;
  /** `Increase D51 by 119.8 (to 3,655.463)`: `to` when the figure after the change is known; both as the cell shows figures (`shown`). */
  readonly likely: (cell: string, change: string, settles: number, related: readonly string[], to?: string, shown?: Shown) => string;
  readonly table: (t: DetectedTable) => string;
  /** Words for a table's correction (the command line's `--suggest`, the pane). */
  readonly correction: {
    /** `Change 6 cells so that every total of table T3 agrees`. */
    readonly heading: (tableId: string, cells: number) => string;
    /** `D51: 3,535.663 → 3,655.463 (one digit wrong?)`. */
    readonly change: (c: CellChange) => string;
    /** `Follows: D145 23,084.76 → 23,086.56` (formula cells that change with it). */
    readonly follow: (cells: readonly CellChange[]) => string;
    /** Why this one among the equally small ones, and how many there are. */
    readonly basis: (c: Extract<TableCorrection, { status: 'found' }>) => string;
    /** `Or, instead of D27, G27: D35 → 168.0, G35 → 168.0.` */
    readonly other: (c: Correction, best: Correction) => string;
    readonly gaveUp: (tableId: string, reason: NoCorrectionReason) => string;
    readonly slip: { readonly [K in SlipKind]: string };
  };
  readonly layout: { readonly [L in DetectedTable['layout']]: string };
  readonly severity: { readonly error: string; readonly warning: string; readonly info: string };
  readonly severityPlural: { readonly error: string; readonly warning: string; readonly info: string };
  readonly ui: {
    readonly tablesFound: (n: number) => string;
    readonly noTables: string;
    readonly noFindings: string;
    readonly sheet: (name: string) => string;
    readonly fileError: string;
    /** One sentence per reason a file could not be read (the command line's file error codes). */
    readonly fileErrors: { readonly [code: string]: string };
    readonly summary: (errors: number, warnings: number, infos: number) => string;
    /** The heading of risks (fragile totals) in the pane, below errors. */
    readonly risks: string;
    /** `D51 = D52:D57 (down a column; by labels): mismatch` */
    readonly relation: (r: RelationReport) => string;
  };
}
