import type { CellRange } from '../address';
import type { SheetGrid } from '../snapshot';
import { isIndicatorHeader, isUnitColumnHeader, moneyUnitOf } from '../vocabulary/classifyLabel';
import { normalizeLabel } from '../vocabulary/normalizeLabel';
import { INDICATOR_UNITS } from '../vocabulary/vocabulary';

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
