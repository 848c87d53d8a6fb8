import { toA1 } from '../address';
import type { DetectedSheet } from '../detect/detectTables';
import { ruleOf, type Finding } from '../findings';
import { subjectOf } from './Relation';
import { nearest, tableTotals, type Member } from './formulaTotals';

/**
 * `inconsistent-formula`: in a family of totals (a subtotal row in every year column, a total
 * column on every row of a block) whose formulas mostly share one shape (R1C1-relative: the
 * same formula copied), a formula of another shape, e.g. `=SUM(D8:D11)` beside `=SUM(E8:E12)`
 * and `=SUM(F8:F12)`. Plain sums compare by the cells they add, so `=D8+D9` beside
 * `=SUM(E8:E9)` is the same shape. Not reported: a formula that adds along the other
 * direction (a subtotal row's total column adding the column above it: it belongs to the
 * other family), and a cell `formula-skips-part` already names.
 */
export function checkInconsistentFormulas(sheets: readonly DetectedSheet[], skipped: ReadonlySet<string> = new Set()): Finding[] {
  const out: Finding[] = [];
  for (const sheet of sheets) {
    const name = sheet.context.grid.name;
    for (const t of tableTotals(sheet)) {
      if (!t.anyFormula) continue;
      for (const family of t.families) {
        // a partial list (`в т.ч.:`) need not add every part
        if (family.kind === 'listed-parts') continue;
        const members = family.members.filter((m) => m.written === 'formula' && m.alongFamily);
        if (members.length < 3) continue;
        const byShape = new Map<string, Member[]>();
        for (const m of members) {
          const list = byShape.get(m.shape!);
          if (list) list.push(m);
          else byShape.set(m.shape!, [m]);
        }
        const [usual, most] = [...byShape].sort((a, b) => b[1].length - a[1].length)[0];
        if (most.length < 2 || most.length * 2 <= members.length) continue;
        for (const m of members) {
          if (m.shape === usual || skipped.has(`${name}!${toA1(m.cell)}`)) continue;
          const sibling = nearest(most, m.cell);
          out.push({
            code: 'inconsistent-formula',
            severity: ruleOf('inconsistent-formula').severity,
            sheet: name,
            cell: toA1(m.cell),
            tableId: t.table.id,
            expected: null,
            actual: null,
            difference: null,
            parts: [],
            params: { relation: m.relation.kind, subject: subjectOf(m.relation), formula: m.formula, sibling: toA1(sibling.cell), siblingFormula: sibling.formula },
          });
        }
      }
    }
  }
  return out;
}
