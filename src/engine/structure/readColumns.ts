import type { SheetGrid } from '../snapshot';
import type { SourceKey } from '../vocabulary/vocabulary';
import { isNonAdditiveHeader, isTotalColumnHeader, sourceKeyOf } from '../vocabulary/classifyLabel';
import { headerYear } from '../vocabulary/headerYear';
import type { Region } from './Region';

/** What a figure column's header says: its keys (year, source, total), and its text at each level. */
export interface ColumnHead {
  readonly col: number;
  /** The header's text, top to bottom, without repeats (merged cells read in every column). */
  readonly text: string;
  /** The lowest header text: the column's own name under any group heading. */
  readonly leaf: string;
  /** The highest header text: the group the column belongs to (same as leaf for a one-level header). */
  readonly group: string;
  readonly year?: number;
  readonly source?: SourceKey;
  /** The header names a total (`Всего`, `Итого`, `Total`, `Year Total`). */
  readonly total: boolean;
  /** The header says the column is for reference (`базовое значение`, `справочно`). */
  readonly nonAdditive: boolean;
}

/** Digits alone in a header cell are column numbers (`1 2 3`), not names. */
const COLUMN_NUMBER = /^\d{1,2}$/;

/** The header model of a region: one ColumnHead per figure column. */
export function readColumns(grid: SheetGrid, region: Region): ColumnHead[] {
  return region.cols.map((col) => {
    const texts: string[] = [];
    for (let r = region.headerTop; r < region.top; r++) {
      const t = grid.textAt(r, col);
      if (t && !COLUMN_NUMBER.test(t) && texts[texts.length - 1] !== t) texts.push(t);
    }
    const text = texts.join(' ');
    const leaf = texts[texts.length - 1] ?? '';
    const group = texts[0] ?? '';
    const source = sourceKeyOf(leaf) ?? sourceKeyOf(text);
    return {
      col,
      text,
      leaf,
      group,
      year: headerYear(text),
      source,
      total: texts.some((t) => isTotalColumnHeader(t)) && !source,
      nonAdditive: isNonAdditiveHeader(text),
    };
  });
}
