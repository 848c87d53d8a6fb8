import { toA1 } from '../address';
import type { DetectedSheet } from '../detect/detectTables';
import type { DetectedTable, SummaryEntry } from '../detect/Table';
import { ruleOf, type Finding } from '../findings';
import { compareExact, shownAt, toDec, toDecimalString, ZERO, type Dec as DecT, type Exact, type Shown } from '../numbers';
import { AMOUNT, BIG_AMOUNT, DASH, decimalsOf, EMPTY, scaleOf, STRIDE, type SheetFigures } from '../numbers/SheetFigures';
import { halfUnit } from './evaluateRelation';

/**
 * One summary figure of a table, read straight from the figure store: its exact value as
 * `units × 10^−scale` with the trailing zeros removed (so equal figures have equal units and
 * scale), `big` instead when the units are past the safe range; `decimals` is its shown
 * precision (undefined for zeros and dashes, which round nothing).
 */
export interface SummaryFigure {
  readonly entry: SummaryEntry;
  readonly units: number;
  readonly scale: number;
  readonly big?: Exact;
  readonly decimals?: number;
  /** How its cell shows it (for the wording). */
  readonly shown?: Shown;
}

/** A funding table and its summary figures that are numbers, by `year|source` key. */
export interface TableSummary {
  readonly table: DetectedTable;
  readonly figures: ReadonlyMap<string, SummaryFigure>;
}

/** The summaries of every funding table of the sheets (read once, for both comparisons). */
export function tableSummaries(sheets: readonly DetectedSheet[]): TableSummary[] {
  const out: TableSummary[] = [];
  for (const s of sheets) {
    for (const t of s.tables) if (t.kind === 'funding' && t.summary.length > 0) out.push({ table: t, figures: summaryFigures(t, s.context.figures) });
  }
  return out;
}

/** The summary figures of a table that are numbers, by `year|source` key. */
function summaryFigures(table: DetectedTable, figures: SheetFigures): Map<string, SummaryFigure> {
  const out = new Map<string, SummaryFigure>();
  for (const entry of table.summary) {
    const key = summaryKey(entry.year, entry.source);
    if (out.has(key)) continue;
    const { row, col } = entry.cell;
    const kind = figures.kindAt(row, col);
    if (kind === AMOUNT) {
      const i = figures.rowStart(row) + col * STRIDE;
      const code = figures.cells[i];
      let units = figures.cells[i + 1];
      let scale = scaleOf(code);
      while (scale > 0 && units % 10 === 0) {
        units /= 10;
        scale--;
      }
      out.set(key, { entry, units, scale, decimals: units === 0 ? undefined : decimalsOf(code), shown: shownAt(figures, row, col) });
    } else if (kind === BIG_AMOUNT) {
      const f = figures.at(row, col);
      if (f.kind === 'amount') out.set(key, { entry, units: 0, scale: 0, big: f.exact, decimals: f.decimals, shown: shownAt(figures, row, col) });
    } else if (kind === DASH || kind === EMPTY) {
      out.set(key, { entry, units: 0, scale: 0 });
    }
  }
  return out;
}

/** The exact value of a summary figure. */
export function exactOf(f: SummaryFigure): Exact {
  return f.big ?? { units: BigInt(f.units), scale: f.scale };
}

/** Half a unit of a summary figure's last shown digit (zero for zeros and dashes). */
export function toleranceOf(f: SummaryFigure): DecT {
  return f.decimals === undefined ? ZERO : halfUnit(f.decimals);
}

/** Whether two summary figures are the same figure (equal, or within the rounding of the coarser). */
export function sameFigure(x: SummaryFigure, y: SummaryFigure): boolean {
  if (!x.big && !y.big && x.units === y.units && x.scale === y.scale) return true;
  const a = exactOf(x);
  const b = exactOf(y);
  if (compareExact(a, b) === 0) return true;
  const tx = toleranceOf(x);
  const ty = toleranceOf(y);
  return toDec(a).minus(toDec(b)).abs().lte(tx.gt(ty) ? tx : ty);
}

/**
 * The key of a figure's value in the index of shared figures: the value as a double. Equal
 * figures have equal units and scale, so equal keys; two different figures could share a key
 * only past 15 significant digits, and then they are merely compared in full (sameFigure).
 */
function valueKey(f: SummaryFigure): number {
  if (f.big) return Number(f.big.units) / 10 ** f.big.scale;
  return f.scale === 0 ? f.units : f.units / 10 ** f.scale;
}

export function summaryKey(year: number | null, source: string | null): string {
  return `${year ?? 'all'}|${source ?? 'all'}`;
}

/**
 * Compares the same figures across the funding tables of a workbook (a passport against its
 * appendices), by year and by source. Two tables are taken for the same programme when at
 * least two of the non-zero figures they share agree, and at least as many as disagree
 * (one wrong figure of a passport also makes its totals disagree); otherwise they are different programmes and are not compared (zeros agree for
 * any two tables). Tables under the same header are items of one list and are not compared. The finding goes on the summary table (the passport, or the smaller).
 */
export function checkCrossTables(funding: readonly TableSummary[]): Finding[] {
  // candidate pairs: tables that share at least one non-zero figure (same year, source, value);
  // tables that share none cannot agree on most of what they share, so are never compared
  // every non-zero figure once, chained to the previous figure of the same value: no object
  // per figure (a workbook of many tables has thousands)
  const tableOf: number[] = [];
  const keyOf: string[] = [];
  const next: number[] = [];
  const lastOfValue = new Map<number, number>();
  funding.forEach((t, i) => {
    for (const [key, f] of t.figures) {
      if (!f.big && f.units === 0) continue;
      const v = valueKey(f);
      next.push(lastOfValue.get(v) ?? -1);
      lastOfValue.set(v, tableOf.length);
      tableOf.push(i);
      keyOf.push(key);
    }
  });
  const pairs = new Set<number>();
  for (const last of lastOfValue.values()) {
    if (next[last] < 0) continue; // no other figure has this value
    // the tables that hold this value, by year and source (a table holds a key once)
    const byKey = new Map<string, number[]>();
    for (let id = last; id >= 0; id = next[id]) {
      const list = byKey.get(keyOf[id]);
      if (list) list.push(tableOf[id]);
      else byKey.set(keyOf[id], [tableOf[id]]);
    }
    for (const list of byKey.values()) {
      if (list.length < 2 || list.length > 50) continue; // a figure fifty tables share says nothing
      list.sort((x, y) => x - y);
      for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) pairs.add(list[a] * 100_000 + list[b]);
    }
  }
  const out: Finding[] = [];
  for (const pair of [...pairs].sort((x, y) => x - y)) {
    const i = Math.floor(pair / 100_000);
    const j = pair % 100_000;
    {
      const [a, b] = isSummaryOf(funding[i].table, funding[j].table) ? [funding[i], funding[j]] : [funding[j], funding[i]];
      if (siblings(a.table, b.table)) continue;
      const shared = [...a.figures.keys()].filter((k) => b.figures.has(k));
      if (shared.length === 0) continue;
      const disagree = shared.filter((k) => !sameFigure(a.figures.get(k)!, b.figures.get(k)!));
      // the same programme when most of the non-zero figures they share agree: zeros agree for any two tables
      const agree = shared.filter((k) => !isZero(a.figures.get(k)!) && sameFigure(a.figures.get(k)!, b.figures.get(k)!)).length;
      if (agree < 2 || disagree.length > agree) continue; // different programmes
      for (const k of disagree) {
        const x = a.figures.get(k)!;
        const y = b.figures.get(k)!;
        const expected = toDec(exactOf(y));
        const actual = toDec(exactOf(x));
        out.push({
          code: 'table-mismatch',
          severity: ruleOf('table-mismatch').severity,
          sheet: a.table.sheet,
          cell: toA1(x.entry.cell),
          tableId: a.table.id,
          expected: toDecimalString(expected),
          actual: toDecimalString(actual),
          difference: toDecimalString(actual.minus(expected)),
          parts: [qualified(b.table.sheet, toA1(y.entry.cell), a.table.sheet)],
          params: {
            year: x.entry.year ?? undefined,
            source: x.entry.sourceLabel ?? y.entry.sourceLabel,
            otherTable: b.table.id,
            otherSheet: b.table.sheet,
            otherCell: toA1(y.entry.cell),
            shown: { ...shownOfSummary('actual', x), ...shownOfSummary('expected', y) },
          },
        });
      }
    }
  }
  return out;
}

/** How a summary figure's cell shows it, as `{ actual }` or `{ expected }` (nothing for a dash or a blank). */
export function shownOfSummary<K extends 'actual' | 'expected'>(key: K, f: SummaryFigure): { [k in K]?: Shown } {
  return (f.shown ? { [key]: f.shown } : {}) as { [k in K]?: Shown };
}

const PASSPORT = /паспорт|passport|summary|свод/i;

function isZero(f: SummaryFigure): boolean {
  return !f.big && f.units === 0;
}

/**
 * Tables under the very same header are items of one list (a project's table after
 * another's), never a summary and its detail: they are not compared.
 */
function siblings(a: DetectedTable, b: DetectedTable): boolean {
  if (a.valueColumns.length !== b.valueColumns.length) return false;
  // a header that carries a figure of its own (`Impact on FY 2019 Operating Budget : 208`) is the same header
  const words = (h: string) => h.replace(/[\d\s.,]+/g, ' ').trim();
  return a.valueColumns.every((c, k) => {
    const d = b.valueColumns[k];
    return c.col === d.col && c.year === d.year && words(c.header) === words(d.header);
  });
}

/** Whether `a` is the summary side of the pair: a passport sheet, else the smaller table. */
function isSummaryOf(a: DetectedTable, b: DetectedTable): boolean {
  const pa = PASSPORT.test(a.sheet);
  const pb = PASSPORT.test(b.sheet);
  if (pa !== pb) return pa;
  return a.figureRows.length <= b.figureRows.length;
}

/** `'Sheet name'!D5` when on another sheet, `D5` on the same one. */
export function qualified(sheet: string, cell: string, fromSheet: string): string {
  if (sheet === fromSheet) return cell;
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
