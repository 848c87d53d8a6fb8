import { toA1 } from '../address';
import type { DetectedSheet } from '../detect/detectTables';
import { ruleOf, type Finding } from '../findings';
import { nonZeroAt, tableTotals } from './formulaTotals';

/**
 * `figure-as-text`: a figure typed as text (`'1 567,0`, a number stored as text) inside a
 * table whose totals are formulas. The engine reads it as the figure it shows, but Excel's
 * `SUM` leaves text out: a `warning` when a formula total of the table reads it (that total
 * is short by it today), an `info` otherwise (it will be, once a formula adds it). Zeros
 * typed as text are left alone: leaving them out changes nothing.
 */
export function checkFigureAsText(sheets: readonly DetectedSheet[]): Finding[] {
  const out: Finding[] = [];
  for (const sheet of sheets) {
    const { grid, figures } = sheet.context;
    for (const t of tableTotals(sheet)) {
      if (!t.anyFormula) continue;
      // which formula totals read each cell
      const readers = new Map<string, Set<string>>();
      for (const family of t.families) {
        for (const m of family.members) {
          for (const ref of m.refs ?? []) {
            const k = `${ref.row},${ref.col}`;
            let set = readers.get(k);
            if (!set) readers.set(k, (set = new Set()));
            set.add(toA1(m.cell));
          }
        }
      }
      for (const row of t.table.figureRows) {
        for (const column of t.table.valueColumns) {
          const col = column.col;
          if (typeof grid.valueAt(row, col) !== 'string' || grid.formulaAt(row, col) || !nonZeroAt(figures, { row, col })) continue;
          const readBy = [...(readers.get(`${row},${col}`) ?? [])];
          out.push({
            code: 'figure-as-text',
            severity: readBy.length > 0 ? 'warning' : ruleOf('figure-as-text').severity,
            sheet: grid.name,
            cell: toA1({ row, col }),
            tableId: t.table.id,
            expected: null,
            actual: null,
            difference: null,
            parts: [],
            params: { text: String(grid.valueAt(row, col)).trim(), readBy },
          });
        }
      }
    }
  }
  return out;
}
