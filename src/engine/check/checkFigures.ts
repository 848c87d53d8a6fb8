import { toA1 } from '../address';
import type { DetectedSheet } from '../detect/detectTables';
import { ruleOf, type Finding } from '../findings';
import { ERROR, MALFORMED } from '../numbers/SheetFigures';

/** `unparsable-number`, `error-value` and `formula-not-calculated`: cells in a table's figure places that are not numbers. */
export function checkFigures(sheet: DetectedSheet): Finding[] {
  const out: Finding[] = [];
  const { figures, grid } = sheet.context;
  for (const table of sheet.tables) {
    const rows = table.figureRows;
    const columns = table.valueColumns;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      for (let j = 0; j < columns.length; j++) {
        const column = columns[j];
        const kind = figures.kindAt(row, column.col);
        if (kind !== MALFORMED && kind !== ERROR) continue;
        const f = figures.at(row, column.col) as { kind: 'malformed' | 'error'; text: string; uncalculated?: true };
        const code = f.kind === 'malformed' ? 'unparsable-number' : f.uncalculated ? 'formula-not-calculated' : 'error-value';
        out.push({
          code,
          severity: ruleOf(code).severity,
          sheet: grid.name,
          cell: toA1({ row, col: column.col }),
          tableId: table.id,
          expected: null,
          actual: null,
          difference: null,
          parts: [],
          params: { text: f.text },
        });
      }
    }
  }
  return out;
}
