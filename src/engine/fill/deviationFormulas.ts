import { toA1 } from '../address';
import type { CellContent, CellWrite } from '../plans';
import type { FillProblem, FormulaFill } from './FillResult';
import type { CellNow } from './fillCell';
import type { TableTemplate, TemplateColumn } from './Template';

/** Cells the fill writes, with what they held (for the undo), by A1. */
export type PlannedWrites = Map<string, { readonly write: CellWrite; readonly before: CellContent }>;

/**
 * Formulas for the empty deviation (`=E4-D4`, fact − plan) and percent (`=E4/D4*100`) cells of a
 * report table, on the rows whose fact and plan are there (in the sheet or being written); a blank
 * form stays blank. Adds them to `writes`; a percentage of a zero plan is a note, not a formula.
 */
export function deviationFormulas(
  sheet: string,
  table: TableTemplate,
  year: number | undefined,
  current: (row: number, col: number) => CellNow,
  writes: PlannedWrites,
): { formulas: FormulaFill[]; problems: FillProblem[] } {
  const formulas: FormulaFill[] = [];
  const problems: FillProblem[] = [];
  const cols = table.columns;
  for (const dev of cols.filter((c) => c.role === 'deviation' || c.role === 'percent')) {
    const pair = planAndFact(cols, dev, year);
    if (!pair) continue;
    for (const row of table.rows) {
      const cell = toA1({ row: row.row, col: dev.col });
      if (!current(row.row, dev.col).empty || writes.has(cell) || current(row.row, dev.col).insideMerge) continue;
      const factCell = toA1({ row: row.row, col: pair.fact });
      const planCell = toA1({ row: row.row, col: pair.plan });
      const fact = writes.get(factCell)?.write.content ?? current(row.row, pair.fact).content;
      const plan = writes.get(planCell)?.write.content ?? current(row.row, pair.plan).content;
      if (fact.kind === 'empty' || fact.kind === 'text' || plan.kind === 'empty' || plan.kind === 'text') continue;
      if (dev.role === 'percent' && plan.kind === 'number' && Number(plan.value) === 0) {
        problems.push({ code: 'percent-of-zero-plan', severity: 'note', sheet, cell, params: {} });
        continue;
      }
      const formula = dev.role === 'deviation' ? `=${factCell}-${planCell}` : `=${factCell}/${planCell}*100`;
      formulas.push({ cell, kind: dev.role === 'deviation' ? 'deviation' : 'percent', formula });
      writes.set(cell, { write: { cell, content: { kind: 'formula', formula } }, before: { kind: 'empty' } });
    }
  }
  return { formulas, problems };
}

/**
 * The fact and plan columns a deviation column compares: the nearest fact column to its left
 * (else the first), and the plan column of the same year (else the nearest plan left of the fact).
 */
function planAndFact(cols: readonly TemplateColumn[], dev: TemplateColumn, year: number | undefined): { plan: number; fact: number } | undefined {
  const facts = cols.filter((c) => c.role === 'fact');
  const fact = [...facts].reverse().find((c) => c.col < dev.col) ?? facts[0];
  if (!fact) return undefined;
  const factYear = fact.year ?? year;
  const plans = cols.filter((c) => c.role === 'plan');
  const sameYear = plans.find((c) => (c.year ?? year) === factYear && factYear !== undefined);
  const plan = sameYear ?? [...plans].reverse().find((c) => c.col < fact.col) ?? plans[0];
  if (!plan) return undefined;
  return { plan: plan.col, fact: fact.col };
}
