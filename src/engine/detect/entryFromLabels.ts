import type { SheetGrid } from '../snapshot';
import { announcesBreakdown, breakdownKindOf, hierarchyCodeOf, sourceKeyOf, totalScopeOf } from '../vocabulary/classifyLabel';
import type { Entry } from './Entry';

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
          if (key && !source) source = { key, label: rest, norm: rest.toLowerCase() };
        }
        continue;
      }
    }
    if (!source) {
      const key = sourceKeyOf(l);
      if (key) source = { key, label: l, norm: l.toLowerCase() };
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
