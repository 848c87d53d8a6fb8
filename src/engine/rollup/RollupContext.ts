import { toA1, type CellAddress } from '../address';
import { halfUnit } from '../check/evaluateRelation';
import type { DetectedTable, OutlineNode } from '../detect/Table';
import { numberFormatInfo, type SheetFigures } from '../numbers';
import type { Dec } from '../numbers/Dec';
import { HIGHLIGHT_FILLS } from '../plans/highlightPlan';
import type { CellStyle } from '../plans/WritePlan';
import { figureTerm, sumArgs, termsValue, type FigureTerm } from './figureTerm';
import type { RollupLabels } from './labels';
import { sourceId, type LeafCell, type RollupSource, type TableLeaves } from './tableLeaves';
import { SheetBuilder } from './SheetBuilder';

/** A rolled-up figure: the arguments of its SUM, and its exact value and shown precision (for the reconciliation). */
export interface Rolled {
  readonly args: readonly string[];
  readonly value: Dec;
  readonly coarsest: number;
}

/** What every rollup sheet of one table needs: the table, its figures, its leaves, the wording and styles. */
export class RollupContext {
  readonly numberFormat: string;
  /** Unreadable cells met while building one sheet, by A1 (reset per sheet). */
  private notes = new Map<string, string>();
  private readonly terms = new Map<number, FigureTerm>();

  constructor(
    readonly table: DetectedTable,
    readonly figures: SheetFigures,
    readonly data: TableLeaves,
    readonly labels: RollupLabels,
    /** What every sheet of the table says first (the table's years skip some: the check's own sentence). */
    readonly tableNotes: readonly string[] = [],
  ) {
    this.numberFormat = this.pickNumberFormat();
  }

  term(cell: CellAddress): FigureTerm {
    const k = cell.row * 16384 + cell.col;
    let t = this.terms.get(k);
    if (!t) this.terms.set(k, (t = figureTerm(this.figures, this.table.sheet, cell)));
    if (t.kind === 'unreadable') this.notes.set(toA1(cell), (t.reason === 'text-figure' ? this.labels.textFigure : this.labels.unreadable)(toA1(cell), t.text));
    return t;
  }

  /** SUM of leaf cells, with its exact value. */
  rolled(cells: readonly LeafCell[]): Rolled {
    const terms = cells.map((c) => this.term(c));
    return { args: sumArgs(this.table.sheet, terms), ...termsValue(terms) };
  }

  /** The leaf cells of nodes for a year (all sources, or one). */
  cells(nodes: readonly OutlineNode[], year: number, source?: string): LeafCell[] {
    const out: LeafCell[] = [];
    for (const n of nodes) {
      for (const leaf of this.data.leavesOf(n)) {
        for (const c of this.data.cellsOf(leaf)) {
          if (c.year !== year) continue;
          if (source !== undefined ? c.source === source : this.data.leafTotals ? c.source === null : c.source !== null) out.push(c);
        }
      }
    }
    return out;
  }

  /** The table's stated total for a year (null: all) and a source (null: all), from its summary. */
  statedSummary(year: number | null, source: RollupSource | null): CellAddress | undefined {
    const same = this.table.summary.filter((e) => e.year === year);
    if (!source) return same.find((e) => e.source === null && !e.sourceLabel)?.cell;
    const byLabel = same.find((e) => e.sourceLabel !== undefined && sourceId(e.sourceLabel) === source.id);
    if (byLabel) return byLabel.cell;
    if (!source.key || this.data.sources.filter((s) => s.key === source.key).length !== 1) return undefined;
    const byKey = same.filter((e) => e.source === source.key);
    return byKey.length === 1 ? byKey[0].cell : undefined;
  }

  /**
   * Writes a reconciliation: the stated cell (by formula) at `statedAt`, the difference
   * (stated − rolled up, by formula) at `diffAt`, highlighted when it is beyond rounding.
   * Rounding is judged exactly by the engine (half a unit of the coarsest shown figure),
   * not by Excel's binary arithmetic.
   */
  reconcile(sheet: SheetBuilder, stated: CellAddress | undefined, rolled: { value: Dec; coarsest: number }, rolledAt: CellAddress, statedAt: CellAddress, diffAt: CellAddress, style: CellStyle): void {
    const blank = { ...style, numberFormat: this.numberFormat };
    if (!stated) {
      sheet.style(statedAt.row, statedAt.col, blank);
      sheet.style(diffAt.row, diffAt.col, blank);
      return;
    }
    const t = figureTerm(this.figures, this.table.sheet, stated);
    if (t.kind === 'unreadable') {
      this.notes.set(`stated ${toA1(stated)}`, this.labels.statedUnreadable(toA1(stated), t.text));
      sheet.style(statedAt.row, statedAt.col, blank);
      sheet.style(diffAt.row, diffAt.col, blank);
      return;
    }
    sheet.formula(statedAt.row, statedAt.col, `=${sumArgs(this.table.sheet, [t])[0]}`, blank, t.value);
    const coarsest = Math.min(rolled.coarsest, t.kind === 'ref' && t.value.isZero() ? Infinity : (t.decimals ?? Infinity));
    const tolerance = coarsest === Infinity ? 0 : halfUnit(coarsest);
    const beyond = t.value.minus(rolled.value).abs().gt(tolerance);
    sheet.formula(diffAt.row, diffAt.col, `=${toA1(statedAt)}-${toA1(rolledAt)}`, beyond ? { ...blank, fill: HIGHLIGHT_FILLS.error, bold: true } : blank, t.value.minus(rolled.value));
    if (beyond) this.beyond++;
  }

  /** Differences beyond rounding highlighted on the current sheet. */
  private beyond = 0;

  /** The notes of the current sheet (the table's, then unreadable cells), and a fresh start for the next one. */
  takeNotes(): { notes: string[]; differences: number } {
    const notes = [...this.tableNotes, ...this.notes.values()];
    const differences = this.beyond;
    if (differences > 0) notes.unshift(this.labels.highlighted);
    this.notes = new Map();
    this.beyond = 0;
    return { notes, differences };
  }

  /** The source's number format with the most decimals among the leaf cells, or one made from the figures' decimals. */
  private pickNumberFormat(): string {
    const grid = this.figures.grid;
    let best: string | undefined;
    let bestDecimals = -1;
    let figureDecimals = 0;
    const visit = (n: OutlineNode) => {
      for (const leaf of this.data.leavesOf(n)) {
        for (const c of this.data.cellsOf(leaf)) {
          const fmt = grid.numberFormatAt(c.row, c.col);
          const d = numberFormatInfo(fmt).decimals;
          if (fmt && d !== undefined && d > bestDecimals) {
            best = fmt;
            bestDecimals = d;
          }
          const f = this.figures.at(c.row, c.col);
          if (f.kind === 'amount') figureDecimals = Math.max(figureDecimals, Math.min(f.decimals, 6));
        }
      }
    };
    this.table.outline.forEach(visit);
    if (best && bestDecimals >= figureDecimals) return best;
    return figureDecimals > 0 ? `#,##0.${'0'.repeat(figureDecimals)}` : '#,##0';
  }
}
