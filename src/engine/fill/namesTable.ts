import { parseRangeA1, type CellRange } from '../address';
import type { DetectedTable } from '../detect/Table';

/** Whether what the user named (`T2`, a sheet, `'Sheet'!A3:K17`) is this table. */
export function namesTable(name: string, t: Pick<DetectedTable, 'id' | 'sheet' | 'range'>): boolean {
  if (/^t\d+$/i.test(name)) return t.id.toLowerCase() === name.toLowerCase();
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Za-z]+\$?\d+(?::\$?[A-Za-z]+\$?\d+)?)$/.exec(name);
  const sheet = m ? (m[1]?.replace(/''/g, "'") ?? m[2]) : name;
  if (t.sheet !== sheet && t.sheet.trim().toLocaleLowerCase() !== sheet.trim().toLocaleLowerCase()) return false;
  if (!m) return true;
  const range = parseRangeA1(m[3].replace(/\$/g, ''));
  return range !== undefined && rangesOverlap(range, t.range);
}

/** Whether two ranges share a cell. */
export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
