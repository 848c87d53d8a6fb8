import { toA1 } from '../address';
import type { DetectedSheet } from '../detect/detectTables';
import type { DetectedTable, SummaryEntry } from '../detect/Table';
import { ruleOf, type Finding } from '../findings';
import { Dec, toDecimalString, type Dec as DecT, type SheetFigures } from '../numbers';
import { halfUnit } from './evaluateRelation';


export interface SummaryFigure {
  readonly entry: SummaryEntry;
  readonly value: DecT;
  readonly tolerance: DecT;
}

/** The summary figures of a table that are numbers, by `year|source` key. */
export function summaryFigures(table: DetectedTable, figures: SheetFigures): Map<string, SummaryFigure> {
  const out = new Map<string, SummaryFigure>();
  for (const entry of table.summary) {
    const f = figures.at(entry.cell.row, entry.cell.col);
    const key = summaryKey(entry.year, entry.source);
    if (out.has(key)) continue;
    if (f.kind === 'amount') out.set(key, { entry, value: f.value, tolerance: f.value.isZero() ? new Dec(0) : halfUnit(f.decimals) });
    else if (f.kind === 'dash' || f.kind === 'empty') out.set(key, { entry, value: new Dec(0), tolerance: new Dec(0) });
  }
  return out;
}

export function summaryKey(year: number | null, source: string | null): string {
  return `${year ?? 'all'}|${source ?? 'all'}`;
}

/**
 * Compares the same figures across the funding tables of a workbook (a passport against its
 * appendices), by year and by source. Two tables are taken for the same programme when at
 * least half of the figures they share agree; otherwise they are different programmes and
 * are not compared. The finding goes on the summary table (the passport, or the smaller).
 */
export function checkCrossTables(sheets: readonly DetectedSheet[]): Finding[] {
  const funding: { table: DetectedTable; figures: Map<string, SummaryFigure> }[] = [];
  for (const s of sheets) {
    for (const t of s.tables) if (t.kind === 'funding' && t.summary.length > 0) funding.push({ table: t, figures: summaryFigures(t, s.context.figures) });
  }
  const out: Finding[] = [];
  for (let i = 0; i < funding.length; i++) {
    for (let j = i + 1; j < funding.length; j++) {
      const [a, b] = isSummaryOf(funding[i].table, funding[j].table) ? [funding[i], funding[j]] : [funding[j], funding[i]];
      const shared = [...a.figures.keys()].filter((k) => b.figures.has(k));
      if (shared.length === 0) continue;
      const disagree = shared.filter((k) => {
        const x = a.figures.get(k)!;
        const y = b.figures.get(k)!;
        return x.value.minus(y.value).abs().gt(Dec.max(x.tolerance, y.tolerance));
      });
      if (disagree.length * 2 > shared.length) continue; // different programmes
      for (const k of disagree) {
        const x = a.figures.get(k)!;
        const y = b.figures.get(k)!;
        out.push({
          code: 'table-mismatch',
          severity: ruleOf('table-mismatch').severity,
          sheet: a.table.sheet,
          cell: toA1(x.entry.cell),
          tableId: a.table.id,
          expected: toDecimalString(y.value),
          actual: toDecimalString(x.value),
          difference: toDecimalString(x.value.minus(y.value)),
          parts: [qualified(b.table.sheet, toA1(y.entry.cell), a.table.sheet)],
          params: {
            year: x.entry.year ?? undefined,
            source: x.entry.sourceLabel ?? y.entry.sourceLabel,
            otherTable: b.table.id,
            otherSheet: b.table.sheet,
            otherCell: toA1(y.entry.cell),
          },
        });
      }
    }
  }
  return out;
}

const PASSPORT = /паспорт|passport|summary|свод/i;

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
