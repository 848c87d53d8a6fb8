import type { CellRange } from '../address';
import type { SheetGrid } from '../snapshot';
import { moneyUnitOf } from '../vocabulary/classifyLabel';

/**
 * The money unit of a table: from its header, else from the title rows just above it,
 * else from its row labels (`Итого по муниципальной программе: тыс. руб.`).
 */
export function detectUnit(grid: SheetGrid, header: CellRange, entries: readonly { readonly labels: readonly string[] }[]): string | null {
  const seen = new Set<string>();
  const tryText = (t: string): string | undefined => {
    if (!t || seen.has(t)) return undefined;
    seen.add(t);
    return moneyUnitOf(t);
  };
  for (let r = header.top; r <= header.bottom; r++) {
    for (let c = header.left; c <= header.right; c++) {
      const u = tryText(grid.textAt(r, c));
      if (u) return u;
    }
  }
  for (let r = header.top - 1; r >= Math.max(grid.top, header.top - 4); r--) {
    for (let c = Math.min(header.left, grid.left); c <= header.right; c++) {
      const u = tryText(grid.textAt(r, c));
      if (u) return u;
    }
  }
  for (const e of entries) {
    for (const t of e.labels) {
      const u = tryText(t);
      if (u) return u;
    }
  }
  return null;
}
