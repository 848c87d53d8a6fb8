import type { Relation } from '../check/Relation';
import { isNonAdditiveHeader, isTotalColumnHeader } from '../vocabulary/classifyLabel';
import { analyseStructure } from './analyseStructure';
import { makeTable } from './makeTable';
import { tableOutline } from './tableOutline';
import { summaryOf } from './summaryOf';
import { detectUnit } from './detectUnit';
import { SINGLE_ROW, type Entry } from './Entry';
import { columnHeaderText, headerBlock, isColumnNumberRow } from './headerBlock';
import { rowTotalRelations } from './rowTotals';
import { headerYears, type YearCell } from './scanSheet';
import type { SheetContext } from './SheetContext';
import type { DetectedTable, TableLayout, ValueColumn } from './Table';
import { entryFromLabels, rowLabels } from './entryFromLabels';
import { isFigureColumn } from './isFigureColumn';
import { looksLikeIndicators } from './looksLikeIndicators';
import { holdsFigure, tableBody } from './tableBody';

/**
 * A table with years across its columns: a passport's source × year matrix, items by year,
 * items × sources by year, or indicator targets by year. `run` is the run of consecutive years that
 * found it; its year columns are every year of that header row (headerYears), in any order, with gaps.
 */
export function buildYearColumnsTable(ctx: SheetContext, run: readonly YearCell[], id: string): DetectedTable | undefined {
  const { grid, figures } = ctx;
  const yearRow = run[0].row;
  const header = headerBlock(grid, yearRow, Math.min(run[0].col, run[run.length - 1].col), Math.max(run[0].col, run[run.length - 1].col));
  // every year of the header row, not only the run that found the table: 2019 beside 2024, 2025 is a year column too
  const years = headerYears(grid, run, header.left, header.right);
  let bodyStart = header.bottom + 1;
  if (isColumnNumberRow(grid, bodyStart, header.left, header.right)) bodyStart++;
  const yearCols = years.map((y) => y.col);
  const body = tableBody({ grid, figures, isOtherHeader: (r) => ctx.scan.yearRows.has(r) }, bodyStart, header.left, header.right, yearCols);
  const { isFigureRow, end } = body;
  const figureRows = body.rows;
  if (figureRows.length === 0) return undefined;

  // columns: years, and any other column that holds figures on most rows
  const columns: ValueColumn[] = [];
  const labelCols: number[] = [];
  const headerTexts: string[] = [];
  for (let c = header.left; c <= header.right; c++) {
    const text = columnHeaderText(grid, header, c);
    headerTexts.push(text);
    const year = years.find((y) => y.col === c);
    if (year) {
      columns.push({ col: c, role: 'year', header: text, year: year.year, additive: !isNonAdditiveHeader(text) });
      continue;
    }
    if (isFigureColumn(figures, figureRows, c, text)) {
      const total = isTotalColumnHeader(text) && !isNonAdditiveHeader(text);
      columns.push({ col: c, role: total ? 'total' : 'other', header: text, additive: total || !isNonAdditiveHeader(text) });
    } else {
      labelCols.push(c);
    }
  }
  const firstValueCol = Math.min(...columns.map((c) => c.col));
  const leftLabels = labelCols.filter((c) => c < firstValueCol);
  const range = { top: header.top, left: header.left, bottom: end, right: header.right };
  const base = { id, sheet: grid.name, range, years: years.map((y) => y.year).sort((a, b) => a - b), valueColumns: columns, figureRows };

  if (looksLikeIndicators(grid, header, figureRows, headerTexts)) {
    return makeTable({ ...base, kind: 'indicators', layout: 'indicators', sources: [], unit: null, relations: [], summary: [] }, []);
  }

  const entries: Entry[] = [];
  const labelOf = new Map<number, string>();
  for (let r = bodyStart; r <= end; r++) {
    const labels = rowLabels(grid, r, leftLabels);
    const hasFigures = isFigureRow(r) || columns.some((c) => c.role === 'total' && holdsFigure(figures, r, c.col));
    if (!hasFigures && labels.length === 0) continue;
    const e = entryFromLabels(grid, SINGLE_ROW, [r], r, labels, leftLabels, hasFigures);
    entries.push(e);
    labelOf.set(r, e.label);
  }

  const rowTotals = rowTotalRelations({
    sheet: grid.name,
    tableId: id,
    rows: figureRows,
    columns,
    partRole: 'year',
    figures,
    rowSubject: (r, column) => ({ label: labelOf.get(r), column }),
  });
  const additive = columns.filter((c) => c.additive);
  const structure = analyseStructure({
    sheet: grid.name,
    tableId: id,
    entries,
    columns: additive,
    figures,
    describe: (_key, column, label) => ({ label, year: column.year, column: column.header }),
  });
  const relations: Relation[] = [...rowTotals.relations, ...structure.relations];
  const summary = summaryOf(structure, columns, (_key, column, rowSource) => {
    const year = column.role === 'year' ? column.year! : column.role === 'total' || rowTotals.totalColumns.has(column.col) ? null : undefined;
    if (year === undefined) return undefined;
    return { year, source: rowSource?.key ?? null, sourceLabel: rowSource?.label };
  });

  const sources: string[] = [];
  const seenSources = new Set<string>();
  for (const list of [structure.leaves, structure.grandBreakdown]) {
    for (const e of list) {
      if (!e.source || seenSources.has(e.source.norm)) continue;
      seenSources.add(e.source.norm);
      sources.push(e.source.label);
    }
  }
  const leaves = structure.leaves;
  const allSources = leaves.length > 0 && leaves.every((l) => l.source);
  const itemLabels = allSources && leaves.some((l) => l.labels.some((t) => t !== l.source!.label));
  const layout: TableLayout = allSources ? (itemLabels ? 'items-by-source-and-year' : 'source-by-year') : 'items-by-year';
  const unit = detectUnit(grid, header, entries);
  return makeTable({ ...base, kind: 'funding', layout, sources, unit, relations, summary }, () => tableOutline(entries, structure));
}
