import type { CellRange } from '../address';
import { columnHeaderText, headerBlock, isBlankRow, isColumnNumberRow } from '../detect/headerBlock';
import type { SheetGrid } from '../snapshot';
import { classifyFillColumn } from './classifyFillColumn';
import { findPlaceholders, PLACEHOLDER } from './findPlaceholders';
import type { TableTemplate, Template, TemplateColumn, TemplateRow } from './Template';
import { yearsInText } from './yearInText';

/** How far down a sheet a report table's header may start. */
const HEADER_SEARCH_ROWS = 60;
const FILLABLE = new Set(['plan', 'fact', 'base']);

/** What a sheet asks to be filled: a report table (see readTableTemplate) and placeholders. */
export function readTemplate(grid: SheetGrid): Template {
  const table = readTableTemplate(grid);
  const { placeholders, bad } = findPlaceholders(grid);
  const titleYears = new Set<number>();
  // the title: the rows above the report table, or above the first placeholder
  const firstPlaceholder = placeholders.length ? Math.min(...placeholders.map((p) => p.row)) : grid.bottom + 1;
  const titleBottom = (table ? Math.min(table.header.top, firstPlaceholder) : firstPlaceholder) - 1;
  for (let r = grid.top; r <= Math.min(titleBottom, grid.top + HEADER_SEARCH_ROWS); r++) {
    for (const v of grid.rowValues(r)) {
      if (typeof v === 'string') for (const y of yearsInText(v)) titleYears.add(y);
    }
  }
  if (titleYears.size === 0) for (const y of yearsInText(grid.name)) titleYears.add(y);
  const titleYear = titleYears.size === 1 ? [...titleYears][0] : undefined;
  return { sheet: grid.name, table, placeholders, badPlaceholders: bad, ...(titleYear !== undefined ? { titleYear } : {}) };
}

/**
 * A report table: the first header (top down) with a column of indicator names or numbers and a
 * column asking for a plan, fact or base value; headers merged over several rows are read whole.
 * The body runs down to the first blank row (a blank row followed by a numbered row is a gap,
 * not the end); rows whose name is merged across the value columns are headings, not indicators.
 */
export function readTableTemplate(grid: SheetGrid): TableTemplate | undefined {
  const last = Math.min(grid.bottom, grid.top + HEADER_SEARCH_ROWS);
  for (let r = grid.top; r <= last; r++) {
    const found = headerAt(grid, r);
    if (!found) continue;
    let bottom = r;
    while (bottom < grid.bottom && mergedDown(grid, bottom, found.left, found.right)) bottom++;
    const block: CellRange = bottom === r ? found : { ...found, bottom };
    const columns = classify(grid, block);
    const nameCol = columns.find((c) => c.role === 'name')?.col;
    const codeCol = columns.find((c) => c.role === 'code')?.col;
    const unitCol = columns.find((c) => c.role === 'unit')?.col;
    let start = block.bottom + 1;
    if (isColumnNumberRow(grid, start, block.left, block.right)) start++;
    const rows: TemplateRow[] = [];
    let end = block.bottom;
    const firstValueCol = Math.min(...columns.filter((c) => FILLABLE.has(c.role)).map((c) => c.col));
    for (let row = start; row <= grid.bottom; row++) {
      if (isBlankRow(grid, row, block.left, block.right)) {
        const next = row + 1;
        if (codeCol !== undefined && next <= grid.bottom && grid.textAt(next, codeCol) && !isBlankRow(grid, next, block.left, block.right)) continue;
        break;
      }
      end = row;
      const code = codeCol === undefined ? '' : grid.textAt(row, codeCol);
      const name = nameCol === undefined ? '' : grid.textAt(row, nameCol);
      if (!code && !name) continue;
      const m = nameCol === undefined ? undefined : grid.mergeAt(row, nameCol);
      if (m && m.right >= firstValueCol) continue;
      if (name.includes('{{') && name.match(PLACEHOLDER)) continue;
      rows.push({ row, code: code || null, name, unit: unitCol === undefined ? null : grid.textAt(row, unitCol) || null });
    }
    return { header: block, range: { ...block, bottom: Math.max(end, block.bottom) }, columns, rows };
  }
  return undefined;
}

/** The header block whose bottom row is r, when it names indicators and asks for values. */
function headerAt(grid: SheetGrid, r: number): CellRange | undefined {
  let left = -1;
  let right = -1;
  let cells = 0;
  for (let c = grid.left; c <= grid.right; c++) {
    if (grid.isBlank(r, c)) continue;
    if (left < 0) left = c;
    right = c;
    cells++;
  }
  if (cells < 2) return undefined;
  const block = headerBlock(grid, r, left, right);
  const roles = classify(grid, block).map((c) => c.role);
  const names = roles.includes('name') || roles.includes('code');
  const asks = roles.some((role) => FILLABLE.has(role));
  return names && asks ? block : undefined;
}

/** Whether a merge in the header's columns runs from row r into the next row (the header goes on). */
function mergedDown(grid: SheetGrid, r: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const m = grid.mergeAt(r, c);
    if (m && m.bottom > r && m.top <= r) return true;
  }
  return false;
}

/** The columns of a header: a header cell merged across columns down to the header's last row is one column, its first. */
function classify(grid: SheetGrid, block: CellRange): TemplateColumn[] {
  const out: TemplateColumn[] = [];
  for (let c = block.left; c <= block.right; c++) {
    const m = grid.mergeAt(block.bottom, c);
    if (m && m.left < c) continue;
    const header = columnHeaderText(grid, block, c);
    if (!header) continue;
    const cls = classifyFillColumn(header);
    out.push({ col: c, role: cls.role, header, ...(cls.year !== undefined ? { year: cls.year } : {}) });
  }
  return out;
}
