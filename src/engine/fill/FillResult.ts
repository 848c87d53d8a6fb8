import type { ContentPlan } from '../plans';
import type { FillColumnRole } from './fillVocabulary';
import type { IndicatorValue } from './IndicatorTable';
import type { MatchMethod } from './matchRows';

/** An indicator table as offered for filling (the source, or a candidate for it). */
export interface SourceTableSummary {
  /** The checker's table id (`T2`). */
  readonly id: string;
  readonly sheet: string;
  /** A1 range. */
  readonly range: string;
  readonly years: readonly number[];
  /** Indicator rows read. */
  readonly rows: number;
  /** How many report rows and placeholders it matches (filled in when the source must be chosen). */
  readonly matched?: number;
}

/** A source row, for showing a match: its sheet, the cell of its name, number and name. */
export interface IndicatorRef {
  readonly sheet: string;
  /** A1 of the name cell. */
  readonly cell: string;
  readonly code: string | null;
  /** For a continuation row without a number, the number it stands under. */
  readonly underCode: string | null;
  readonly name: string;
  readonly unit: string | null;
}

/** What is being filled: a report row, or a placeholder cell. */
export type FillTarget =
  | { readonly kind: 'row'; readonly sheet: string; readonly row: number; readonly cell: string; readonly code: string | null; readonly name: string; readonly unit: string | null }
  | { readonly kind: 'placeholder'; readonly sheet: string; readonly cell: string; readonly raw: string; readonly code: string | null; readonly name: string };

/**
 * One target cell:
 * - `write`: empty, and gets the value; `overwrite`: held something, replaced (asked for);
 * - `same`: already holds the value (nothing written);
 * - `occupied`: holds something else: left alone (reported);
 * - `formula`: holds a formula giving something else: kept, even when asked to overwrite;
 * - `no-value`: the source cell is empty; `unreadable`: the source cell is not a figure (`2600,,0`).
 */
export type CellFillStatus = 'write' | 'overwrite' | 'same' | 'occupied' | 'formula' | 'no-value' | 'unreadable';

export interface CellFill {
  readonly cell: string;
  readonly what: 'plan' | 'fact' | 'base';
  readonly year: number | null;
  readonly value: IndicatorValue;
  readonly status: CellFillStatus;
  /** What the target cell holds now, as text (for `occupied`, `formula`, `overwrite`, `same`). */
  readonly current: string | null;
}

export interface FillMatch {
  readonly target: FillTarget;
  readonly indicator: IndicatorRef;
  readonly method: MatchMethod;
  /** 0..1. */
  readonly confidence: number;
  /** A source row with the report row's number but another name (the match went by name). */
  readonly codeConflict?: IndicatorRef;
  /** The report row's unit differs from the source's (`%` / `чел.`). */
  readonly unitDiffers: boolean;
  readonly cells: readonly CellFill[];
}

export interface UnmatchedTarget {
  readonly target: FillTarget;
  readonly reason: 'no-clear-match' | 'code-name-conflict' | 'taken';
  /** The closest indicators, best first, with their name similarity (0..1). */
  readonly candidates: readonly { readonly indicator: IndicatorRef; readonly score: number; readonly sameCode: boolean }[];
}

/** A formula written into an empty deviation column: `=E4-D4` (fact − plan) or `=E4/D4*100`. */
export interface FormulaFill {
  readonly cell: string;
  readonly kind: 'deviation' | 'percent';
  readonly formula: string;
}

export type FillProblemCode =
  | 'template-not-found'
  | 'no-template'
  | 'sheet-protected'
  | 'no-source-table'
  | 'template-is-source'
  | 'template-is-funding-table'
  | 'source-not-found'
  | 'ambiguous-source'
  | 'year-unknown'
  | 'year-not-in-template'
  | 'year-not-in-source'
  | 'bad-placeholder'
  | 'percent-of-zero-plan';

/**
 * Something about the fill the user must know: `blocking` (nothing is filled), `warning`
 * (part of the template is not filled), `note`.
 */
export interface FillProblem {
  readonly code: FillProblemCode;
  readonly severity: 'blocking' | 'warning' | 'note';
  readonly sheet?: string;
  readonly cell?: string;
  readonly params: {
    readonly year?: number;
    readonly years?: readonly number[];
    /** What the user named (a sheet, `'Sheet'!A3:K17`, `T2`). */
    readonly name?: string;
    readonly text?: string;
    readonly candidates?: readonly SourceTableSummary[];
    readonly source?: SourceTableSummary;
    /** A funding table where a template was asked for: its id and range. */
    readonly table?: string;
    readonly range?: string;
  };
}

export interface TemplateSummary {
  readonly sheet: string;
  /** A1 range of the report table, if the sheet has one. */
  readonly range: string | null;
  /** The report table's columns (A1 of the header's bottom cell), what each is for and its year. */
  readonly columns: readonly { readonly cell: string; readonly role: FillColumnRole; readonly year: number | null; readonly header: string }[];
  readonly rows: number;
  readonly placeholders: number;
  /** The year the title names, if one. */
  readonly titleYear: number | null;
}

/** Everything a fill found and would write. `plan` carries it out; `undo` puts every cell back. */
export interface FillResult {
  /** False when a blocking problem stopped the fill (then the plans are empty). */
  readonly ok: boolean;
  readonly template: TemplateSummary | null;
  readonly source: SourceTableSummary | null;
  /** Every indicator table that could be the source. */
  readonly candidates: readonly SourceTableSummary[];
  readonly matches: readonly FillMatch[];
  readonly unmatched: readonly UnmatchedTarget[];
  readonly formulas: readonly FormulaFill[];
  readonly problems: readonly FillProblem[];
  /** Number of cells the plan writes. */
  readonly written: number;
  readonly plan: ContentPlan;
  readonly undo: ContentPlan;
}
