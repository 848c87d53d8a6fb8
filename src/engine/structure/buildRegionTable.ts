import type { Relation, RelationKind } from '../check/Relation';
import { looksLikeIndicators } from '../detect/looksLikeIndicators';
import { makeTable } from '../detect/makeTable';
import type { SheetContext } from '../detect/SheetContext';
import type { DetectedTable, ValueColumn } from '../detect/Table';
import { rowMemberOutcome, type ColumnRule, type RegionInput, type RowRule } from './inferRelations';
import { VALUE } from './RegionFigures';

/**
 * A region as a table of the engine (layout `generic`): its figure columns with their keys,
 * and the relations established for it, one per member (a row rule in each figure column
 * where it holds somewhere, a column rule on each body row). Indicator tables get none.
 */
export function buildRegionTable(ctx: SheetContext, input: RegionInput, columnRules: readonly ColumnRule[], rowRules: readonly RowRule[], unit: string | null, id: string): DetectedTable {
  const { region, rows: rowHeads, cols: heads } = input;
  const { grid } = ctx;
  const header = { top: region.headerTop, left: region.range.left, bottom: Math.max(region.headerTop, region.top - 1), right: region.range.right };
  // every header cell speaks: the label columns' (`Показатели ..., единицы измерения`) as much as the figures'
  const headerTexts: string[] = [];
  for (let r = header.top; r < region.top; r++) for (let c = header.left; c <= header.right; c++) if (grid.valueAt(r, c) !== null) headerTexts.push(grid.textAt(r, c));
  const indicators = looksLikeIndicators(grid, header, region.rows, headerTexts);
  const rowYear = new Map<number, number>();
  for (const [col, cells] of ctx.scan.yearColumns) {
    if (!region.labelCols.includes(col)) continue;
    for (const y of cells) if (y.row >= region.top && y.row <= region.bottom) rowYear.set(y.row, y.year);
  }
  const years = [...new Set([...heads.map((h) => h.year).filter((y): y is number => y !== undefined), ...rowYear.values()])].sort((a, b) => a - b);
  const sources: string[] = [];
  for (const h of heads) if (h.source && !sources.includes(h.leaf)) sources.push(h.leaf);
  for (const r of rowHeads) {
    const name = r.name.replace(/^[-–—•\s]+/, '');
    if (r.source && !sources.includes(name)) sources.push(name);
  }
  const valueColumns: ValueColumn[] = heads.map((h) => ({
    col: h.col,
    role: h.total ? 'total' : h.source ? 'source' : h.year !== undefined ? 'year' : 'other',
    header: h.text,
    year: h.year,
    sourceKey: h.source,
    additive: !h.nonAdditive,
  }));
  const relations = indicators ? [] : regionRelations(input, columnRules, rowRules, rowYear, id, grid.name);
  return makeTable(
    {
      id,
      sheet: grid.name,
      range: region.range,
      kind: indicators ? 'indicators' : 'funding',
      layout: indicators ? 'indicators' : 'generic',
      years,
      sources,
      unit,
      valueColumns,
      figureRows: region.rows,
      relations,
      summary: [],
    },
    [],
  );
}

/**
 * Rounded parts add half a unit each to the rounding allowed, up to this many: a grand total of
 * hundreds of rounded subtotals could in the worst case be off by hundreds of half units, but a
 * wrong figure in it must still be found.
 */
const MAX_ROUNDED_PARTS = 12;

function regionRelations(input: RegionInput, columnRules: readonly ColumnRule[], rowRules: readonly RowRule[], rowYear: ReadonlyMap<number, number>, tableId: string, sheet: string): Relation[] {
  const { region, figures: F, rows: rowHeads, cols: heads } = input;
  const out: Relation[] = [];
  const totalCols = new Set(columnRules.map((r) => r.total));
  const ruleRows = new Set(rowRules.map((r) => r.total));
  const isTotalRow = (i: number) => ruleRows.has(i);
  // a column where row rules fail again and again and hold nowhere is no column of amounts (a rate, a count)
  const additive = heads.map((h, j) => {
    if (h.nonAdditive) return false;
    let ok = 0;
    let bad = 0;
    for (const r of rowRules) {
      const o = rowMemberOutcome(F, j, r.total, r.parts, r.listed, isTotalRow, totalCols);
      if (o > 0) ok++;
      else if (o < 0) bad++;
    }
    return ok > 0 || bad < 2;
  });
  for (const rule of rowRules) {
    const head = rowHeads[rule.total];
    const kind: RelationKind = rule.listed ? 'listed-parts' : rule.declared === 'numbering' ? 'parent-total' : head.total === 'grand' ? 'grand-total' : 'subtotal';
    const partRows = rule.parts.map((i) => region.rows[i]);
    for (let j = 0; j < F.m; j++) {
      if (!additive[j]) continue;
      const roundedColumn = F.roundedFigures[j] || (F.roundedTotals && totalCols.has(j));
      let roundedParts = 0;
      for (const p of rule.parts) if (F.state[j][p] === VALUE && F.units[j][p] !== 0 && (roundedColumn || (F.roundedTotals && isTotalRow(p)))) roundedParts++;
      out.push({
        kind,
        sheet,
        tableId,
        totalRow: region.rows[rule.total],
        totalCol: region.cols[j],
        partRows,
        partCols: [region.cols[j]],
        label: head.name,
        year: heads[j].year ?? rowYear.get(region.rows[rule.total]),
        column: heads[j].text,
        basis: rule.basis,
        roundedParts: Math.min(roundedParts, MAX_ROUNDED_PARTS),
        shownDecimals: F.shown[j],
      });
    }
  }
  for (const rule of columnRules) {
    const partCols = rule.parts.map((j) => region.cols[j]);
    const shown = [rule.total, ...rule.parts].map((j) => F.shown[j]).filter((d): d is number => d !== undefined);
    for (let i = 0; i < F.n; i++) {
      let roundedParts = 0;
      for (const q of rule.parts) if (F.state[q][i] === VALUE && F.units[q][i] !== 0 && (F.roundedFigures[q] || (F.roundedTotals && (totalCols.has(q) || isTotalRow(i))))) roundedParts++;
      const row = region.rows[i];
      out.push({
        kind: 'row-total',
        sheet,
        tableId,
        totalRow: row,
        totalCol: region.cols[rule.total],
        partRows: [row],
        partCols,
        label: rowHeads[i].name,
        year: heads[rule.total].year ?? rowYear.get(row),
        column: heads[rule.total].text,
        basis: rule.basis,
        roundedParts: Math.min(roundedParts, MAX_ROUNDED_PARTS),
        shownDecimals: shown.length ? Math.min(...shown) : undefined,
      });
    }
  }
  return out;
}
