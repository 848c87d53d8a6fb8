import type { CellRange } from '../address';
import type { Relation } from '../check/Relation';
import type { DetectedTable, OutlineNode, SummaryEntry, TableKind, TableLayout, ValueColumn } from './Table';

export type TableFields = Omit<DetectedTable, 'outline'>;

/**
 * A detected table. Every table is one of these, its fields set in one order: one hidden
 * class for all of them, so the checks that read table fields stay monomorphic (tables built
 * by object spreads, with a getter defined on each, had one hidden class per table). The
 * outline is made on first read (rollups need it; a check does not), then kept.
 */
class Table implements DetectedTable {
  readonly id: string;
  readonly sheet: string;
  readonly range: CellRange;
  readonly kind: TableKind;
  readonly layout: TableLayout;
  readonly years: readonly number[];
  readonly sources: readonly string[];
  readonly unit: string | null;
  readonly valueColumns: readonly ValueColumn[];
  readonly figureRows: readonly number[];
  readonly relations: readonly Relation[];
  readonly summary: readonly SummaryEntry[];
  private made: readonly OutlineNode[] | undefined;
  private readonly makeOutline: (() => readonly OutlineNode[]) | undefined;

  constructor(fields: TableFields, outline: readonly OutlineNode[] | (() => readonly OutlineNode[])) {
    this.id = fields.id;
    this.sheet = fields.sheet;
    this.range = fields.range;
    this.kind = fields.kind;
    this.layout = fields.layout;
    this.years = fields.years;
    this.sources = fields.sources;
    this.unit = fields.unit;
    this.valueColumns = fields.valueColumns;
    this.figureRows = fields.figureRows;
    this.relations = fields.relations;
    this.summary = fields.summary;
    this.made = typeof outline === 'function' ? undefined : outline;
    this.makeOutline = typeof outline === 'function' ? outline : undefined;
  }

  get outline(): readonly OutlineNode[] {
    return (this.made ??= this.makeOutline!());
  }
}

/** A detected table from its fields and its outline (or how to make it, on first read). */
export function makeTable(fields: TableFields, outline: readonly OutlineNode[] | (() => readonly OutlineNode[])): DetectedTable {
  return new Table(fields, outline);
}
