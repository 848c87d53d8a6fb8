import { toA1 } from '../address';
import type { SheetGrid } from '../snapshot';
import { hierarchyCodeOf } from '../vocabulary/classifyLabel';
import { normalizeLabel } from '../vocabulary/normalizeLabel';
import { matchVocabulary } from '../vocabulary/vocabulary';
import { PLACEHOLDER_KINDS } from './fillVocabulary';
import type { BadPlaceholder, Placeholder } from './Template';
import { yearInText } from './yearInText';

export const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const YEAR_PART = /^(?:fy ?)?\d{4}(?: ?(?:год|г\.?))?$/i;

/** Every `{{...}}` in the text cells of a sheet, read (see Placeholder) or reported as unreadable. */
export function findPlaceholders(grid: SheetGrid): { placeholders: Placeholder[]; bad: BadPlaceholder[] } {
  const placeholders: Placeholder[] = [];
  const bad: BadPlaceholder[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    const values = grid.rowValues(r);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (typeof v !== 'string' || !v.includes('{{')) continue;
      const cell = toA1({ row: r, col: grid.left + i });
      for (const m of v.matchAll(PLACEHOLDER)) {
        const read = parsePlaceholder(m[1]);
        if (read) placeholders.push({ cell, row: r, col: grid.left + i, raw: m[0], ...read });
        else bad.push({ cell, raw: m[0] });
      }
    }
  }
  return { placeholders, bad };
}

/** The inside of `{{...}}`: indicator | year | kind; undefined when it is not that. */
export function parsePlaceholder(inner: string): Pick<Placeholder, 'code' | 'name' | 'year' | 'kind'> | undefined {
  const parts = inner.split('|').map((p) => p.trim());
  const indicator = parts[0].replace(/^№\s*/, '');
  if (!indicator) return undefined;
  let year: number | undefined;
  let kind: Placeholder['kind'] = 'plan';
  let kindSet = false;
  for (const part of parts.slice(1)) {
    if (YEAR_PART.test(part) && year === undefined) {
      year = yearInText(part);
      if (year === undefined) return undefined;
      continue;
    }
    const k = matchVocabulary(PLACEHOLDER_KINDS, normalizeLabel(part).replace(/\.$/, ''))?.value;
    if (!k || kindSet) return undefined;
    kind = k;
    kindSet = true;
  }
  const code = hierarchyCodeOf(indicator);
  if (code === undefined) return { code: null, name: indicator, year, kind };
  const name = indicator.replace(/^\s*\d{1,3}(?:\.\d{1,3}){0,4}\.?\s*/, '').trim();
  return { code, name, year, kind };
}
