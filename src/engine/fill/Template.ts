import type { CellRange } from '../address';
import type { FillColumnRole } from './fillVocabulary';

/** A column of a report table: what it asks for, and the year its header names. */
export interface TemplateColumn {
  readonly col: number;
  readonly role: FillColumnRole;
  readonly header: string;
  /** The year the header names; columns that name none take the title's year or the one asked for. */
  readonly year?: number;
}

/** A row of a report table that names an indicator. */
export interface TemplateRow {
  /** Sheet row, 0-based. */
  readonly row: number;
  readonly code: string | null;
  readonly name: string;
  readonly unit: string | null;
}

/** A report form laid out as a table: rows name indicators, columns ask for values. */
export interface TableTemplate {
  readonly header: CellRange;
  /** Header and body. */
  readonly range: CellRange;
  readonly columns: readonly TemplateColumn[];
  readonly rows: readonly TemplateRow[];
}

/**
 * A placeholder in a free-form cell: `{{1.2 | 2024}}`, `{{Доля жителей ... | 2024 | факт}}`,
 * `{{1.2 | база}}`. The indicator by number or name (or both: `{{1.2 Доля жителей | 2024}}`),
 * then, in any order, the year and what to take (план/plan, the default; факт/fact; база/base).
 */
export interface Placeholder {
  readonly cell: string;
  readonly row: number;
  readonly col: number;
  /** The whole placeholder as typed, braces included. */
  readonly raw: string;
  readonly code: string | null;
  readonly name: string;
  readonly year?: number;
  readonly kind: 'plan' | 'fact' | 'base';
}

/** A `{{...}}` the fill cannot read (reported, left as it is). */
export interface BadPlaceholder {
  readonly cell: string;
  readonly raw: string;
}

/** What one sheet asks to be filled. */
export interface Template {
  readonly sheet: string;
  readonly table?: TableTemplate;
  /** Placeholders, each with the text of the cell that holds it. */
  readonly placeholders: readonly Placeholder[];
  readonly badPlaceholders: readonly BadPlaceholder[];
  /** The year the title above the table (or the sheet name) names, when exactly one. */
  readonly titleYear?: number;
}
