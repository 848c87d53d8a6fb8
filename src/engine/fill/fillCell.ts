import { compareExact, exactFromNumber, exactFromText, exactToString, parseFigure } from '../numbers';
import type { CellContent } from '../plans';
import { isCellError, type SheetGrid } from '../snapshot';
import type { CellFill } from './FillResult';
import type { IndicatorValue } from './IndicatorTable';

/** A cell as the fill sees it: empty or not, its content as a plan writes it back, what it shows, as text. */
export interface CellNow {
  readonly empty: boolean;
  /** The formula if it has one, else its value: what an undo writes back. */
  readonly content: CellContent;
  /** Its value (a formula's result). */
  readonly shown: CellContent;
  readonly text: string | null;
  /** A cell of a merged area other than its top-left one: never written. */
  readonly insideMerge: boolean;
}

/** A target cell now. */
export function cellNow(grid: SheetGrid, row: number, col: number): CellNow {
  const m = grid.mergeAt(row, col);
  const insideMerge = m !== undefined && (m.top !== row || m.left !== col);
  const v = grid.valueAt(row, col);
  let shown: CellContent;
  if (v === null) shown = { kind: 'empty' };
  else if (typeof v === 'number') shown = { kind: 'number', value: exactToString(exactFromNumber(v)) };
  else shown = { kind: 'text', text: typeof v === 'string' ? v : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : isCellError(v) ? v.error : String(v) };
  const formula = grid.formulaAt(row, col);
  if (formula) return { empty: false, content: { kind: 'formula', formula }, shown, text: formula, insideMerge };
  const empty = shown.kind === 'empty' || (shown.kind === 'text' && shown.text.trim() === '');
  const text = shown.kind === 'number' ? shown.value : shown.kind === 'text' && !empty ? shown.text : null;
  return { empty, content: shown, shown, text, insideMerge };
}

/**
 * What becomes of one target cell: written when empty; left alone when it already holds the value,
 * holds a formula, or holds something else (replaced only when asked to overwrite).
 */
export function fillCell(cell: string, what: CellFill['what'], year: number | null, value: IndicatorValue, now: CellNow, overwrite: boolean): CellFill {
  const base = { cell, what, year, value, current: now.text };
  if (value.kind === 'empty') return { ...base, status: 'no-value' };
  if (value.kind === 'unreadable') return { ...base, status: 'unreadable' };
  if (now.empty) return { ...base, status: 'write' };
  if (sameValue(now, value)) return { ...base, status: 'same' };
  if (now.content.kind === 'formula') return { ...base, status: 'formula' };
  return { ...base, status: overwrite ? 'overwrite' : 'occupied' };
}

function sameValue(now: CellNow, value: IndicatorValue): boolean {
  const content = now.shown;
  if (value.kind === 'text') return content.kind === 'text' && content.text.trim() === value.text.trim();
  if (value.kind !== 'number') return false;
  const wanted = exactFromText(value.value)!;
  if (content.kind === 'number') return compareExact(exactFromText(content.value)!, wanted) === 0;
  if (content.kind === 'text') {
    const f = parseFigure(content.text, undefined, { decimalComma: true });
    return f.kind === 'amount' && compareExact(f.exact, wanted) === 0;
  }
  return false;
}

/** A source value as cell content. */
export function contentOf(value: IndicatorValue): CellContent {
  if (value.kind === 'number') return { kind: 'number', value: value.value };
  if (value.kind === 'text') return { kind: 'text', text: value.text };
  return { kind: 'empty' };
}
