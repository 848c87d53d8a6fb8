import type { Structure } from './analyseStructure';
import type { Entry } from './Entry';
import type { SummaryEntry, ValueColumn } from './Table';

/** What one cell of a total row means for the table's summary; undefined: not part of it. */
export type CellMeaning = (key: string, column: ValueColumn, rowSource: Entry['source']) => { year: number | null; source: SummaryEntry['source']; sourceLabel?: string } | undefined;

/** Summary entries of a table: its grand total by key and column, and its breakdown by source. */
export function summaryOf(structure: Structure, columns: readonly ValueColumn[], meaning: CellMeaning): SummaryEntry[] {
  const out: SummaryEntry[] = [];
  const add = (entry: Entry, rowSource: Entry['source']) => {
    for (let k = 0; k < entry.keys.length; k++) {
      const key = entry.keys[k];
      const row = entry.keyRows[k];
      for (const column of columns) {
        const m = meaning(key, column, rowSource);
        if (m) out.push({ year: m.year, source: m.source, sourceLabel: m.sourceLabel, cell: { row, col: column.col } });
      }
    }
  };
  if (structure.grandTotal) add(structure.grandTotal, undefined);
  // by source: the grand total's breakdown, or (a passport) the source rows it adds up
  let sourceRows: readonly Entry[] = structure.grandBreakdown;
  if (sourceRows.length === 0 && structure.leaves.length > 0 && structure.leaves.every((l) => l.source?.key)) sourceRows = structure.leaves;
  const bySource = new Map<string, Entry[]>();
  for (const e of sourceRows) {
    if (!e.source?.key) continue;
    const list = bySource.get(e.source.key) ?? [];
    list.push(e);
    bySource.set(e.source.key, list);
  }
  for (const list of bySource.values()) {
    if (list.length === 1) add(list[0], list[0].source); // two rows of one kind of source: no single figure
  }
  return out;
}
