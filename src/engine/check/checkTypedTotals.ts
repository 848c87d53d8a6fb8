import { toA1 } from '../address';
import type { DetectedSheet } from '../detect/detectTables';
import { ruleOf, type Finding } from '../findings';
import { evaluateRelation } from './evaluateRelation';
import { subjectOf } from './Relation';
import { nearest, tableTotals, type Family, type TableTotals } from './formulaTotals';

/**
 * `typed-total`: a total typed as a number where the other totals of its family (the same
 * subtotal row in the other year columns, the same total column on the other rows) are
 * formulas. It adds up now and will not follow its parts. A table whose totals are all typed
 * (a pasted appendix) gets at most one `info`, and only in a workbook that has formula totals
 * elsewhere: in a workbook of typed figures throughout, every table is typed and saying so
 * table by table tells nothing. The note counts totals the labels declare (`Итого`, `Total`,
 * numbering), not sums the figures alone suggest.
 */
export function checkTypedTotals(sheets: readonly DetectedSheet[]): Finding[] {
  const out: Finding[] = [];
  const all = sheets.map((sheet) => ({ sheet, totals: tableTotals(sheet) }));
  const formulasElsewhere = all.some(({ totals }) => totals.some((t) => t.anyFormula));
  for (const { sheet, totals } of all) {
    for (const t of totals) {
      if (t.anyFormula) {
        // a cell both a row's and a column's total is named once
        const named = new Set<string>();
        for (const family of t.families) pushAllTyped(out, sheet, family, named);
      } else if (formulasElsewhere) {
        const typed = typedTable(sheet, t);
        if (typed) out.push(typed);
      }
    }
  }
  return out;
}

function pushAllTyped(out: Finding[], sheet: DetectedSheet, family: Family, named: Set<string>): void {
  const formulas = family.members.filter((m) => m.written === 'formula' || m.written === 'linked');
  const typed = family.members.filter((m) => m.written === 'typed');
  if (typed.length === 0 || formulas.length < 2 || formulas.length < typed.length) return;
  // the sibling named is one written along the family when there is one (the same sum one column over)
  const along = formulas.filter((m) => m.alongFamily);
  for (const m of typed) {
    const cell = toA1(m.cell);
    if (named.has(cell)) continue;
    named.add(cell);
    const sibling = nearest(along.length > 0 ? along : formulas, m.cell);
    out.push({
      code: 'typed-total',
      severity: ruleOf('typed-total').severity,
      sheet: sheet.context.grid.name,
      cell,
      tableId: m.relation.tableId,
      expected: null,
      actual: null,
      difference: null,
      parts: [],
      params: { relation: m.relation.kind, subject: subjectOf(m.relation), addsUp: evaluateRelation(m.relation, sheet.context.figures).status !== 'mismatch', sibling: toA1(sibling.cell), siblingFormula: sibling.formula, formula: m.formula },
    });
  }
}

/** The one note of a table whose totals are all typed figures. */
function typedTable(sheet: DetectedSheet, t: TableTotals): Finding | undefined {
  // totals the labels declare (a sum the figures alone suggest, such as revenue = expenditure + surplus, is no one's total)
  const typed = t.families.flatMap((f) => f.members.filter((m) => m.written === 'typed' && m.relation.basis !== 'data'));
  if (typed.length === 0) return undefined;
  const first = typed.reduce((a, b) => (b.cell.row < a.cell.row || (b.cell.row === a.cell.row && b.cell.col < a.cell.col) ? b : a));
  const cells = new Set(typed.map((m) => `${m.cell.row},${m.cell.col}`));
  return {
    code: 'typed-total',
    severity: 'info',
    sheet: sheet.context.grid.name,
    cell: toA1(first.cell),
    tableId: t.table.id,
    expected: null,
    actual: null,
    difference: null,
    parts: [],
    params: { typedTotals: cells.size },
  };
}
