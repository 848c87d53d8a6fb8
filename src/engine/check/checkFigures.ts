import { toA1 } from '../address';
import type { DetectedSheet } from '../detect/detectTables';
import { ruleOf, type Finding } from '../findings';

/** `unparsable-number` and `error-value`: cells in a table's figure places that are not numbers. */
export function checkFigures(sheet: DetectedSheet): Finding[] {
  const out: Finding[] = [];
  const { figures, grid } = sheet.context;
  for (const table of sheet.tables) {
    for (const row of table.figureRows) {
      for (const column of table.valueColumns) {
        const f = figures.at(row, column.col);
        if (f.kind !== 'malformed' && f.kind !== 'error') continue;
        const code = f.kind === 'malformed' ? 'unparsable-number' : 'error-value';
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
