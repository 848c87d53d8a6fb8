import type { SheetGrid } from '../snapshot';
import type { SourceKey, TotalScope } from '../vocabulary/vocabulary';
import { hierarchyCodeOf, sourceKeyOf, totalScopeOf } from '../vocabulary/classifyLabel';
import { normalizeLabel } from '../vocabulary/normalizeLabel';
import type { Region } from './Region';

/** What a body row's labels say. */
export interface RowHead {
  readonly row: number;
  /** The row's label cells joined (numbering first). */
  readonly label: string;
  /** Its name alone, without the numbering. */
  readonly name: string;
  /** Its numbering as a path: `1.2` → [1, 2]. */
  readonly code?: readonly number[];
  readonly total?: TotalScope;
  /** The label announces a list of some of its parts: `..., в т.ч.:`, `including:`. */
  readonly listsParts: boolean;
  /** The label names a funding source (`- за счет местного бюджета`). */
  readonly source?: SourceKey;
  /** The label reads as a part of the row above: starts with a dash, `в т.ч.`, `из них`, `of which`. */
  readonly partLike: boolean;
}

const ROMAN = /^[IVXLC]{1,6}\.?$/;
const LISTS_PARTS = /(?:в том числе|в т\. ?ч\.?|including|of which|из них)\s*[:.]?$/;
const PART_LIKE = /^(?:[-–—•]|в том числе|в т\. ?ч|из них|including|of which)/;

/** The row model of a region: one RowHead per body row. */
export function readRows(grid: SheetGrid, region: Region): RowHead[] {
  return region.rows.map((row) => {
    const texts: string[] = [];
    let code: number[] | undefined;
    for (const c of region.labelCols) {
      const t = grid.textAt(row, c);
      // a label merged over several label columns reads once
      if (!t || texts[texts.length - 1] === t) continue;
      texts.push(t);
      if (!code) code = numberingOf(t);
    }
    const label = texts.join(' ');
    const name = texts.filter((t) => !isNumbering(t)).join(' ') || label;
    const norm = normalizeLabel(name);
    if (!code) {
      const h = hierarchyCodeOf(name);
      if (h) code = h.split('.').map(Number);
    }
    return {
      row,
      label,
      name,
      code,
      total: totalScopeOf(name),
      listsParts: LISTS_PARTS.test(norm.replace(/[\s,;]+$/, '')),
      source: sourceKeyOf(name),
      partLike: PART_LIKE.test(name.trim().toLowerCase()),
    };
  });
}

/** `1`, `1.`, `1.2`, `1.2.3.` as a path of numbers; undefined for anything else. */
function numberingOf(text: string): number[] | undefined {
  const t = text.trim();
  if (/^\d{1,3}(?:\.\d{1,3}){0,4}\.?$/.test(t)) return t.replace(/\.$/, '').split('.').map(Number);
  return undefined;
}

/** Numbering of any kind (`1.2`, `II.`): kept out of a row's name. */
function isNumbering(text: string): boolean {
  return numberingOf(text) !== undefined || ROMAN.test(text.trim());
}
