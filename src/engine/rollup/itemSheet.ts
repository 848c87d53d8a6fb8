import type { OutlineNode } from '../detect/Table';
import { Dec } from '../numbers/Dec';
import type { CellStyle, NewSheet } from '../plans/WritePlan';
import { FIRST_ROW, reconciliationHeader } from './matrixSheet';
import type { RollupContext } from './RollupContext';
import { SheetBuilder } from './SheetBuilder';

/**
 * The rollup by item and year, shaped as the usual `Ресурсное обеспечение` appendix: one row
 * per subprogramme or task (bold) and its activities or source rows (indented), years across
 * and a total; each figure the SUM of the leaf cells under the row, all sources. Beside it,
 * what the table states for the rows that have a stated total, and the differences.
 */
export function itemSheet(ctx: RollupContext, name: string, title: string): { sheet: NewSheet; differences: number } {
  const { labels, numberFormat, data } = ctx;
  const years = data.years;
  const s = new SheetBuilder();
  const n = years.length;
  const totalCol = n + 1;
  const statedFirst = n + 3;
  const diffFirst = statedFirst + n + 2;
  const fig: CellStyle = { border: true, numberFormat };

  reconciliationHeader(s, ctx, title, labels.item, years.map(String));

  let r = FIRST_ROW;
  const topRows: number[] = [];
  const grandValues = years.map(() => ({ value: new Dec(0), coarsest: Infinity }));
  const writeNode = (node: OutlineNode, depth: number): void => {
    const row = r++;
    if (depth === 0) topRows.push(row);
    const group = node.children.length > 0;
    const style: CellStyle = group ? { ...fig, bold: true } : fig;
    s.text(row, 0, node.label, { border: true, bold: group, indent: depth, wrap: true });
    let total = new Dec(0);
    let coarsest = Infinity;
    years.forEach((year, j) => {
      const rolled = ctx.rolled(ctx.cells([node], year));
      s.sum(row, 1 + j, rolled.args, style, rolled.value);
      total = total.plus(rolled.value);
      coarsest = Math.min(coarsest, rolled.coarsest);
      if (depth === 0) {
        grandValues[j].value = grandValues[j].value.plus(rolled.value);
        grandValues[j].coarsest = Math.min(grandValues[j].coarsest, rolled.coarsest);
      }
      ctx.reconcile(s, data.statedOf(node, year), rolled, { row, col: 1 + j }, { row, col: statedFirst + j }, { row, col: diffFirst + j }, fig);
    });
    s.sum(row, totalCol, [SheetBuilder.span(row, 1, row, n)], { ...fig, bold: true }, total);
    ctx.reconcile(s, data.statedOf(node, null), { value: total, coarsest }, { row, col: totalCol }, { row, col: statedFirst + n }, { row, col: diffFirst + n }, fig);
    for (const child of node.children) writeNode(child, depth + 1);
  };
  for (const node of ctx.table.outline) writeNode(node, 0);

  const totalRow = r;
  const bold: CellStyle = { ...fig, bold: true };
  s.text(totalRow, 0, labels.total, { bold: true, border: true });
  let grand = new Dec(0);
  let grandCoarsest = Infinity;
  years.forEach((year, j) => {
    s.sum(totalRow, 1 + j, topRows.map((tr) => SheetBuilder.a1(tr, 1 + j)), bold, grandValues[j].value);
    grand = grand.plus(grandValues[j].value);
    grandCoarsest = Math.min(grandCoarsest, grandValues[j].coarsest);
    ctx.reconcile(s, ctx.statedSummary(year, null), grandValues[j], { row: totalRow, col: 1 + j }, { row: totalRow, col: statedFirst + j }, { row: totalRow, col: diffFirst + j }, bold);
  });
  s.sum(totalRow, totalCol, [SheetBuilder.span(totalRow, 1, totalRow, n)], bold, grand);
  ctx.reconcile(s, ctx.statedSummary(null, null), { value: grand, coarsest: grandCoarsest }, { row: totalRow, col: totalCol }, { row: totalRow, col: statedFirst + n }, { row: totalRow, col: diffFirst + n }, bold);

  const { notes, differences } = ctx.takeNotes();
  notes.forEach((note, k) => s.text(totalRow + 2 + k, 0, note));
  s.width(0, 60);
  for (let c = 1; c <= diffFirst + n; c++) s.width(c, c === n + 2 || c === statedFirst + n + 1 ? 3 : 14);
  return { sheet: s.build(name, { rows: FIRST_ROW, columns: 1 }), differences };
}
