import { normalizeLabel } from './normalizeLabel';
import {
  BREAKDOWN_LABELS,
  INDICATOR_LABELS,
  MONEY_UNITS,
  NON_ADDITIVE_COLUMN_LABELS,
  NUMBER_COLUMN_LABELS,
  SOURCE_LABELS,
  TOTAL_COLUMN_LABELS,
  TOTAL_LABELS,
  TRAILING_BREAKDOWN,
  UNIT_COLUMN_LABELS,
  matchVocabulary,
  type SourceKey,
  type TotalScope,
} from './vocabulary';

/**
 * Label classifiers run on every label of every row: each first tries a cheap test that
 * rules most labels out, and remembers its last answers (labels repeat a lot).
 */
function memo<T>(fn: (label: string) => T): (label: string) => T {
  const cache = new Map<string, T>();
  return (label) => {
    const hit = cache.get(label);
    if (hit !== undefined || cache.has(label)) return hit as T;
    const value = fn(label);
    if (cache.size > 50_000) cache.clear();
    cache.set(label, value);
    return value;
  };
}

const TOTAL_START = /^\s*(?:итог|всег|общий|total|grand|sub-?total|programme|program)/i;
const BREAKDOWN_START = /^\s*(?:в т|втч|вкл|из н|справочно|includ|incl|broken|of which|thereof|memo|for reference)/i;
const SOURCE_WORDS = /бюджет|федеральн|областн|краев|республиканск|районн|местн|источник|средств|federal|national|central|state|regional|provincial|local|municipal|city|county|district|other|private|own funds|financ|budget/i;

export const totalScopeOf = memo((label: string): TotalScope | undefined =>
  TOTAL_START.test(label) ? matchVocabulary(TOTAL_LABELS, normalizeLabel(label))?.value : undefined,
);

export const breakdownKindOf = memo((label: string): 'breakdown' | 'thereof' | 'memo' | undefined =>
  BREAKDOWN_START.test(label) ? matchVocabulary(BREAKDOWN_LABELS, normalizeLabel(label))?.value : undefined,
);

export function announcesBreakdown(label: string): boolean {
  return TRAILING_BREAKDOWN.test(normalizeLabel(label).replace(/[:.]$/, ''));
}

export const sourceKeyOf = memo((label: string): SourceKey | undefined => {
  if (label.length > 200 || !SOURCE_WORDS.test(label)) return undefined;
  const n = normalizeLabel(label);
  if (n.length > 160) return undefined;
  return matchVocabulary(SOURCE_LABELS, n)?.value;
});

export const isTotalColumnHeader = memo((label: string): boolean => matchVocabulary(TOTAL_COLUMN_LABELS, normalizeLabel(label)) !== undefined);

export const isUnitColumnHeader = memo((label: string): boolean => matchVocabulary(UNIT_COLUMN_LABELS, normalizeLabel(label)) !== undefined);

export const isIndicatorHeader = memo((label: string): boolean => matchVocabulary(INDICATOR_LABELS, normalizeLabel(label)) !== undefined);

export const isNonAdditiveHeader = memo((label: string): boolean => matchVocabulary(NON_ADDITIVE_COLUMN_LABELS, normalizeLabel(label)) !== undefined);

export const moneyUnitOf = memo((text: string): string | undefined => matchVocabulary(MONEY_UNITS, normalizeLabel(text))?.value);

/** A hierarchy code at the start of a label: `1`, `1.2`, `2.1.3.`, `Подпрограмма 2`, `Task 1.1`. */
export function hierarchyCodeOf(label: string): string | undefined {
  const m = /^(?:(?:подпрограмма|задача|основное мероприятие|мероприятие|subprogramme|sub-programme|subprogram|task|activity|component|objective|output)\s+)?(\d{1,3}(?:\.\d{1,3}){0,4})\.?(?:\s|$|:)/i.exec(label.trim());
  return m ? m[1] : undefined;
}

export const isNumberColumnHeader = memo((label: string): boolean => matchVocabulary(NUMBER_COLUMN_LABELS, normalizeLabel(label)) !== undefined);
