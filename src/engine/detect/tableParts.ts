import type { CellRange } from '../address';
import { AMOUNT, BIG_AMOUNT, DASH, EMPTY, TEXT, type SheetFigures } from '../numbers/SheetFigures';
import type { SheetGrid } from '../snapshot';
import { announcesBreakdown, breakdownKindOf, hierarchyCodeOf, isIndicatorHeader, isNumberColumnHeader, isUnitColumnHeader, moneyUnitOf, sourceKeyOf, totalScopeOf } from '../vocabulary/classifyLabel';
import { INDICATOR_UNITS } from '../vocabulary/vocabulary';
import { normalizeLabel } from '../vocabulary/normalizeLabel';
import type { Entry } from './Entry';
import { isBlankRow } from './headerBlock';

/** A cell that holds a figure or something in a figure's place (not blank, not words). */
export function holdsFigure(figures: SheetFigures, row: number, col: number): boolean {
  const k = figures.kindAt(row, col);
  return k !== EMPTY && k !== TEXT;
}

/**
 * Whether a column of a table's body is a column of figures: not a numbering column, and
 * real amounts (or dashes) in at least half of the rows. Malformed figures do not make a
 * column of codes (`1.1.`, `2.3.`) a column of figures.
 */
export function isFigureColumn(figures: SheetFigures, rows: readonly number[], col: number, headerText: string): boolean {
  if (isNumberColumnHeader(headerText)) return false;
  let count = 0;
  for (const r of rows) {
    const k = figures.kindAt(r, col);
    if (k === AMOUNT || k === BIG_AMOUNT || k === DASH) count++;
  }
  return count > 0 && count * 2 >= rows.length;
}

/** The label cells of a row: texts of the label columns, merge-aware, without repeats. */
export function rowLabels(grid: SheetGrid, row: number, labelCols: readonly number[]): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < labelCols.length; i++) {
    const t = grid.textAt(row, labelCols[i]);
    if (t && (!out || out[out.length - 1] !== t)) (out ??= []).push(t);
  }
  return out ?? NO_LABELS;
}

const NO_LABELS: readonly string[] = [];

/** Reads a row's labels into an Entry: total scope, breakdown role, source, code, item group. */
export function entryFromLabels(
  grid: SheetGrid,
  keys: readonly string[],
  keyRows: readonly number[],
  firstRow: number,
  labels: readonly string[],
  labelCols: readonly number[],
  hasFigures: boolean,
): Entry {
  let totalScope: Entry['totalScope'];
  let announces = false;
  let role: Entry['role'] = 'normal';
  let source: Entry['source'];
  for (const l of labels) {
    if (!totalScope) {
      const t = totalScopeOf(l);
      if (t) {
        totalScope = t;
        announces = announcesBreakdown(l);
        continue;
      }
    }
    if (role === 'normal') {
      const b = breakdownKindOf(l);
      if (b) {
        role = b;
        const rest = l.replace(/^[^:]*:\s*/, '');
        if (rest !== l && rest) {
          const key = sourceKeyOf(rest);
          if (key && !source) source = { key, label: rest };
        }
        continue;
      }
    }
    if (!source) {
      const key = sourceKeyOf(l);
      if (key) source = { key, label: l };
    }
  }
  let group: number | undefined;
  let opensGroup = false;
  const first = labelCols[0];
  if (first !== undefined) {
    const m = grid.mergeAt(firstRow, first);
    if (m && m.bottom > m.top) {
      group = m.top * 16384 + m.left;
      opensGroup = m.top === firstRow;
    }
  }
  const code = labels.length > 0 ? hierarchyCodeOf(labels[0]) : undefined;
  return {
    keys,
    keyRows,
    firstRow,
    labels,
    label: labels.length === 1 ? labels[0] : labels.join(' '),
    totalScope,
    role: totalScope ? 'normal' : role,
    announcesBreakdown: announces,
    source: totalScope ? undefined : source,
    code,
    group,
    opensGroup,
    hasFigures,
  };
}

/**
 * The body of a table under its header: a test of whether a row holds a figure in the given
 * columns (asked several times per row, read once), the last body row (see bodyEnd), and
 * the rows that hold figures. `rows` is empty when the body has no figure at all.
 */
export function tableBody(
  ctx: { readonly grid: SheetGrid; readonly figures: SheetFigures; readonly isOtherHeader: (row: number) => boolean },
  bodyStart: number,
  left: number,
  right: number,
  cols: readonly number[],
): { isFigureRow: (row: number) => boolean; end: number; rows: number[] } {
  const { grid, figures } = ctx;
  const flags = new Uint8Array(Math.max(0, grid.bottom - bodyStart + 1));
  const isFigureRow = (r: number): boolean => {
    const k = r - bodyStart;
    if (flags[k] === 0) {
      let found = false;
      for (let i = 0; i < cols.length && !found; i++) found = holdsFigure(figures, r, cols[i]);
      flags[k] = found ? 1 : 2;
    }
    return flags[k] === 1;
  };
  const end = bodyEnd(grid, bodyStart, left, right, isFigureRow, ctx.isOtherHeader);
  const rows: number[] = [];
  for (let r = bodyStart; r <= end; r++) if (isFigureRow(r)) rows.push(r);
  return { isFigureRow, end, rows };
}

/**
 * Where a table's body ends: the last row with a figure before two blank rows in a row, or
 * before the header row of another table.
 */
export function bodyEnd(
  grid: SheetGrid,
  start: number,
  left: number,
  right: number,
  isFigureRow: (row: number) => boolean,
  isOtherHeader: (row: number) => boolean,
): number {
  let last = start - 1;
  let blank = 0;
  for (let r = start; r <= grid.bottom; r++) {
    if (r > start && isOtherHeader(r)) break;
    if (isBlankRow(grid, r, left, right)) {
      if (++blank >= 2) break;
      continue;
    }
    blank = 0;
    if (isFigureRow(r)) last = r;
  }
  return last;
}

/** Whether a table holds indicators: a unit column with non-money units, or indicator words in the header. */
export function looksLikeIndicators(grid: SheetGrid, header: CellRange, rows: readonly number[], headerTexts: readonly string[]): boolean {
  let unitCol: number | undefined;
  for (let c = header.left; c <= header.right && unitCol === undefined; c++) {
    for (let r = header.top; r <= header.bottom; r++) {
      if (isUnitColumnHeader(grid.textAt(r, c))) {
        unitCol = c;
        break;
      }
    }
  }
  if (unitCol !== undefined) {
    let indicator = 0;
    let money = 0;
    for (const r of rows) {
      const u = grid.textAt(r, unitCol);
      if (!u) continue;
      if (moneyUnitOf(u)) money++;
      else if (INDICATOR_UNITS.test(normalizeLabel(u)) || u.length <= 12) indicator++;
    }
    if (indicator > money) return true;
    if (money > 0) return false;
  }
  const all = headerTexts.join(' ');
  return isIndicatorHeader(all) && !moneyUnitOf(all);
}
