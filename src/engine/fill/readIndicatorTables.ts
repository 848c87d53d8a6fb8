import { toA1, type CellRange } from '../address';
import { columnHeaderText, isColumnNumberRow } from '../detect/headerBlock';
import type { Detection } from '../detect/detectTables';
import type { DetectedTable } from '../detect/Table';
import { exactToString, type SheetFigures } from '../numbers';
import type { SheetGrid } from '../snapshot';
import { hierarchyCodeOf } from '../vocabulary/classifyLabel';
import { classifyFillColumn } from './classifyFillColumn';
import type { IndicatorRow, IndicatorTable, IndicatorValue, IndicatorYearColumn } from './IndicatorTable';

/**
 * Every indicator table the checker found, read into rows. `include` also reads the tables it
 * accepts of other kinds (a table the user names as the source, whatever the checker took it for).
 */
export function readIndicatorTables(detection: Detection, include: (t: DetectedTable) => boolean = (t) => t.kind === 'indicators'): IndicatorTable[] {
  const out: IndicatorTable[] = [];
  for (const sheet of detection.sheets) {
    for (const table of sheet.tables) {
      if (!include(table)) continue;
      const read = readIndicatorTable(sheet.context.grid, sheet.context.figures, table);
      if (read) out.push(read);
    }
  }
  return out;
}

/** One table's rows; undefined when it has no name column or no year column to read. */
export function readIndicatorTable(grid: SheetGrid, figures: SheetFigures, table: DetectedTable): IndicatorTable | undefined {
  const { range } = table;
  const firstFigure = table.figureRows[0] ?? range.bottom;
  let headerBottom = firstFigure - 1;
  while (headerBottom > range.top && isColumnNumberRow(grid, headerBottom, range.left, range.right)) headerBottom--;
  const header: CellRange = { top: range.top, left: range.left, bottom: headerBottom, right: range.right };
  const bodyStart = firstBodyRow(grid, header);

  const columns: IndicatorYearColumn[] = [];
  const textCols: { col: number; role: string; header: string }[] = [];
  let unitCol: number | null = null;
  let baseCol: number | null = null;
  let codeCol: number | null = null;
  for (let c = range.left; c <= range.right; c++) {
    const text = columnHeaderText(grid, header, c);
    const cls = classifyFillColumn(text);
    const detected = table.valueColumns.find((v) => v.col === c);
    const year = cls.year ?? detected?.year;
    if (cls.role === 'code' && codeCol === null) codeCol = c;
    else if (cls.role === 'unit' && unitCol === null) unitCol = c;
    else if (cls.role === 'base' && baseCol === null && year === undefined) baseCol = c;
    else if (year !== undefined && (cls.role === 'plan' || cls.role === 'fact' || detected?.role === 'year')) {
      columns.push({ col: c, year, kind: cls.role === 'fact' ? 'fact' : 'plan', header: text });
    } else if (!detected) textCols.push({ col: c, role: cls.role, header: text });
  }
  const nameCol = chooseNameColumn(grid, textCols, bodyStart, range.bottom);
  if (nameCol === undefined || columns.length === 0) return undefined;
  if (codeCol === null) codeCol = codeColumnByValues(grid, textCols.map((t) => t.col).filter((c) => c < nameCol), bodyStart, range.bottom);

  const readValue = (r: number, c: number): IndicatorValue => {
    const cell = toA1({ row: r, col: c });
    const f = figures.at(r, c);
    switch (f.kind) {
      case 'amount':
        return { kind: 'number', value: exactToString(f.exact), cell };
      case 'empty':
        return { kind: 'empty', cell };
      case 'dash':
      case 'text':
        return { kind: 'text', text: f.text, cell };
      default:
        return { kind: 'unreadable', text: f.text, cell };
    }
  };

  columns.sort((a, b) => a.year - b.year || (a.kind === b.kind ? 0 : a.kind === 'plan' ? -1 : 1));
  const years = [...new Set(columns.map((c) => c.year))].sort((a, b) => a - b);
  const rows: IndicatorRow[] = [];
  let lastCode: string | null = null;
  for (let r = bodyStart; r <= range.bottom; r++) {
    const name = grid.textAt(r, nameCol);
    const code = codeCol === null ? '' : grid.textAt(r, codeCol);
    if (!name) {
      if (code) lastCode = code;
      continue;
    }
    rows.push({
      row: r,
      code: code || null,
      underCode: code ? null : lastCode,
      name,
      unit: unitCol === null ? null : grid.textAt(r, unitCol) || null,
      base: baseCol === null ? null : readValue(r, baseCol),
      values: columns.map((c) => readValue(r, c.col)),
    });
    if (code) lastCode = code;
  }
  return { id: table.id, sheet: table.sheet, range, kind: table.kind, years, columns, codeCol, nameCol, unitCol, baseCol, rows };
}

/** The first row under the header, past a row of column numbers. */
function firstBodyRow(grid: SheetGrid, header: CellRange): number {
  const next = header.bottom + 1;
  return isColumnNumberRow(grid, next, header.left, header.right) ? next + 1 : next;
}

/**
 * The column of indicator names: a column headed as a name (`Наименование`, `Показатель`)
 * with the most different texts (an activity column beside it is filled only on its first
 * row, a type column repeats a few words); without such a header, the text column with the
 * most different texts, then the one with longer texts.
 */
export function chooseNameColumn(grid: SheetGrid, cols: readonly { col: number; role: string }[], top: number, bottom: number): number | undefined {
  let best: { col: number; named: boolean; distinct: number; length: number } | undefined;
  for (const { col, role } of cols) {
    if (role === 'code' || role === 'unit') continue;
    let filled = 0;
    let length = 0;
    let numeric = 0;
    const texts = new Set<string>();
    for (let r = top; r <= bottom; r++) {
      const v = grid.valueAt(r, col);
      const t = grid.textAt(r, col);
      if (!t) continue;
      filled++;
      texts.add(t);
      length += t.length;
      if (typeof v === 'number' || hierarchyCodeOf(t) === t.replace(/\.$/, '')) numeric++;
    }
    if (filled === 0 || numeric * 2 > filled) continue;
    const candidate = { col, named: role === 'name', distinct: texts.size, length: length / filled };
    if (
      !best ||
      (candidate.named && !best.named) ||
      (candidate.named === best.named && (candidate.distinct > best.distinct || (candidate.distinct === best.distinct && candidate.length > best.length)))
    ) {
      best = candidate;
    }
  }
  return best?.col;
}

/** Without a `№` header: the column left of the names whose cells are numbers like `1.1`. */
function codeColumnByValues(grid: SheetGrid, cols: readonly number[], top: number, bottom: number): number | null {
  for (const col of cols) {
    let codes = 0;
    let filled = 0;
    for (let r = top; r <= bottom; r++) {
      const t = grid.textAt(r, col);
      if (!t) continue;
      filled++;
      if (hierarchyCodeOf(t) !== undefined && t.length <= 12) codes++;
    }
    if (filled > 0 && codes * 2 >= filled) return col;
  }
  return null;
}
