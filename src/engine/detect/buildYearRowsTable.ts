import type { Relation } from '../check/Relation';
import { isNonAdditiveHeader, isTotalColumnHeader, sourceKeyOf, totalScopeOf } from '../vocabulary/classifyLabel';
import { parseYear } from '../vocabulary/parseYear';
import { analyseStructure } from './analyseStructure';
import { makeTable } from './makeTable';
import { tableOutline } from './tableOutline';
import { summaryOf } from './summaryOf';
import { detectUnit } from './detectUnit';
import { rowOfKey, type Entry } from './Entry';
import { columnHeaderText, columnOwnHeader, headerBlock, isColumnNumberRow } from './headerBlock';
import { rowTotalRelations } from './rowTotals';
import type { YearCell } from './scanSheet';
import type { SheetContext } from './SheetContext';
import type { DetectedTable, ValueColumn } from './Table';
import { entryFromLabels, rowLabels } from './entryFromLabels';
import { isFigureColumn } from './isFigureColumn';
import { looksLikeIndicators } from './looksLikeIndicators';
import { tableBody } from './tableBody';

const HEADER_SEARCH_ROWS = 30;

/**
 * A table with years down the rows: activity blocks (a label row, then one row per year),
 * `Итого по задаче N` blocks with a ВСЕГО row and year rows, and a programme total block;
 * sources (and a total) across the columns.
 */
export function buildYearRowsTable(ctx: SheetContext, yearCol: number, yearCells: readonly YearCell[], id: string): DetectedTable | undefined {
  const { grid, figures } = ctx;
  const headerRow = findHeaderRow(ctx, yearCol, yearCells[0].row);
  if (headerRow === undefined) return undefined;
  let first = grid.right;
  let last = grid.left;
  for (let c = grid.left; c <= grid.right; c++) {
    if (!grid.isBlank(headerRow, c)) {
      first = Math.min(first, c);
      last = Math.max(last, c);
    }
  }
  if (first > last) return undefined;
  const header = headerBlock(grid, headerRow, Math.min(first, yearCol), Math.max(last, yearCol));
  let bodyStart = header.bottom + 1;
  if (isColumnNumberRow(grid, bodyStart, header.left, header.right)) bodyStart++;

  // value columns: the ones with figures on most year rows
  // a loop, not filter().map(): V8's inlined map deoptimised here on every check ("out of bounds")
  const yearRows: number[] = [];
  for (const y of yearCells) if (y.row >= bodyStart) yearRows.push(y.row);
  const columns: ValueColumn[] = [];
  const labelCols: number[] = [];
  const headerTexts: string[] = [];
  for (let c = header.left; c <= header.right; c++) {
    const text = columnHeaderText(grid, header, c);
    headerTexts.push(text);
    if (c === yearCol) continue;
    if (isFigureColumn(figures, yearRows, c, text)) {
      const own = columnOwnHeader(grid, header, c);
      const sourceKey = sourceKeyOf(own) ?? sourceKeyOf(text);
      const role = isTotalColumnHeader(own) || (!sourceKey && isTotalColumnHeader(text)) ? 'total' : sourceKey ? 'source' : 'other';
      columns.push({ col: c, role, header: own || text, sourceKey, additive: !isNonAdditiveHeader(text) });
    } else {
      labelCols.push(c);
    }
  }
  if (columns.length === 0) return undefined;
  const valueCols = columns.map((c) => c.col);
  const body = tableBody({ grid, figures, isOtherHeader: (r) => ctx.scan.yearRows.has(r) }, bodyStart, header.left, header.right, valueCols);
  const { isFigureRow, end } = body;
  const figureRows = body.rows;
  if (figureRows.length === 0) return undefined;
  const firstValueCol = Math.min(...valueCols);
  const leftLabels = labelCols.filter((c) => c < firstValueCol && c !== yearCol);
  const range = { top: header.top, left: header.left, bottom: end, right: header.right };
  // the year of each body row (0: none), and the label of the block each row belongs to
  const yearOf = new Int32Array(end - bodyStart + 1);
  const years = new Set<number>();
  for (const r of figureRows) {
    const y = parseYear(grid.valueAt(r, yearCol));
    if (y !== undefined) {
      yearOf[r - bodyStart] = y;
      years.add(y);
    }
  }
  const labelOf: (string | undefined)[] = [];
  const base = { id, sheet: grid.name, range, years: [...years].sort((a, b) => a - b), valueColumns: columns, figureRows };
  if (looksLikeIndicators(grid, header, figureRows, headerTexts)) {
    return makeTable({ ...base, kind: 'indicators', layout: 'indicators', sources: [], unit: null, relations: [], summary: [] }, []);
  }

  // blocks: a label row opens one; year rows fill it; a ВСЕГО / Итого row opens a total block
  const entries: Entry[] = [];
  let pendingLabels: readonly string[] | undefined;
  let current: { keys: string[]; keyRows: number[]; firstRow: number; labels: readonly string[] } | undefined;
  const flush = () => {
    if (!current) return;
    const e = entryFromLabels(grid, current.keys, current.keyRows, current.firstRow, current.labels, leftLabels, true);
    entries.push(e);
    for (const r of current.keyRows) labelOf[r - bodyStart] = e.label;
    current = undefined;
  };
  for (let r = bodyStart; r <= end; r++) {
    const labels = rowLabels(grid, r, leftLabels);
    const year = yearOf[r - bodyStart];
    if (!isFigureRow(r)) {
      const marker = grid.textAt(r, yearCol);
      if (labels.length > 0 || marker) {
        flush();
        pendingLabels = labels.length > 0 ? labels : [marker];
        // a label-only row that is a heading (`в том числе:`) still tells the structure
        entries.push(entryFromLabels(grid, [], [], r, pendingLabels, leftLabels, false));
      }
      continue;
    }
    if (year !== 0) {
      const key = String(year);
      if (!current || current.keys.includes(key)) {
        flush();
        current = { keys: [], keyRows: [], firstRow: r, labels: pendingLabels ?? labels };
        pendingLabels = undefined;
      }
      current.keys.push(key);
      current.keyRows.push(r);
      continue;
    }
    // a total row (ВСЕГО in the year column, or a total label), or a row with no year: opens a block
    const marker = grid.textAt(r, yearCol);
    const labelledTotal = labels.some((l) => totalScopeOf(l) !== undefined);
    const isTotal = labelledTotal || totalScopeOf(marker) !== undefined;
    flush();
    const ownLabels = labels.length > 0 ? labels : pendingLabels ?? (marker ? [marker] : []);
    const blockLabels = labelledTotal || !pendingLabels ? ownLabels : pendingLabels;
    current = { keys: ['all'], keyRows: [r], firstRow: r, labels: blockLabels.length > 0 || !isTotal ? blockLabels : [marker] };
    pendingLabels = undefined;
  }
  flush();

  const rowTotals = rowTotalRelations({
    sheet: grid.name,
    tableId: id,
    rows: figureRows,
    columns,
    partRole: 'source',
    figures,
    rowSubject: (r, column) => ({ label: labelOf[r - bodyStart], year: yearOf[r - bodyStart] || undefined, column }),
  });
  const additive = columns.filter((c) => c.additive);
  const describe = (key: string, column: ValueColumn, label: string) => ({
    label,
    year: key === 'all' || key === '' ? undefined : Number(key),
    column: column.header,
  });
  // each block: its ВСЕГО row = the sum of its year rows
  const blockTotals: Relation[] = [];
  for (const e of entries) {
    const all = rowOfKey(e, 'all');
    if (all === undefined) continue;
    const yearRowsOfBlock = e.keyRows.filter((_, i) => e.keys[i] !== 'all');
    if (yearRowsOfBlock.length === 0) continue;
    for (const column of additive) {
      blockTotals.push({
        kind: 'block-total',
        sheet: grid.name,
        tableId: id,
        totalRow: all,
        totalCol: column.col,
        partRows: yearRowsOfBlock,
        partCols: [column.col],
        ...describe('all', column, e.label),
      });
    }
  }
  const structure = analyseStructure({ sheet: grid.name, tableId: id, entries, columns: additive, figures, describe });
  const summary = summaryOf(structure, columns, (key, column) => {
    const year = key === 'all' ? null : Number(key);
    if (column.role === 'total') return { year, source: null };
    if (column.role === 'source' && column.sourceKey) {
      const sameKey = columns.filter((c) => c.sourceKey === column.sourceKey);
      return sameKey.length === 1 ? { year, source: column.sourceKey, sourceLabel: column.header } : undefined;
    }
    return undefined;
  });
  const unit = detectUnit(grid, header, entries);
  return makeTable(
    {
      ...base,
      kind: 'funding',
      layout: 'year-rows-by-source',
      sources: columns.filter((c) => c.role === 'source').map((c) => c.header),
      unit,
      relations: [...rowTotals.relations, ...blockTotals, ...structure.relations],
      summary,
    },
    () => tableOutline(entries, structure),
  );
}

/** The nearest row above the first year row that names sources or a total column. */
function findHeaderRow(ctx: SheetContext, yearCol: number, firstYearRow: number): number | undefined {
  const { grid } = ctx;
  let fallback: number | undefined;
  for (let r = firstYearRow - 1; r >= Math.max(grid.top, firstYearRow - HEADER_SEARCH_ROWS); r--) {
    let hits = 0;
    let texts = 0;
    for (let c = grid.left; c <= grid.right; c++) {
      if (c === yearCol) continue;
      const t = grid.textAt(r, c);
      if (!t) continue;
      texts++;
      if (t.length <= 120 && (sourceKeyOf(t) || isTotalColumnHeader(t))) hits++;
    }
    if (hits >= 2) return r;
    if (fallback === undefined && hits >= 1 && texts >= 2) fallback = r;
  }
  return fallback;
}
