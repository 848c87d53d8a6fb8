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

export function totalScopeOf(label: string): TotalScope | undefined {
  return matchVocabulary(TOTAL_LABELS, normalizeLabel(label))?.value;
}

export function breakdownKindOf(label: string): 'breakdown' | 'thereof' | 'memo' | undefined {
  return matchVocabulary(BREAKDOWN_LABELS, normalizeLabel(label))?.value;
}

export function announcesBreakdown(label: string): boolean {
  return TRAILING_BREAKDOWN.test(normalizeLabel(label).replace(/[:.]$/, ''));
}

export function sourceKeyOf(label: string): SourceKey | undefined {
  const n = normalizeLabel(label);
  if (n.length > 160) return undefined;
  return matchVocabulary(SOURCE_LABELS, n)?.value;
}

export function isTotalColumnHeader(label: string): boolean {
  return matchVocabulary(TOTAL_COLUMN_LABELS, normalizeLabel(label)) !== undefined;
}

export function isUnitColumnHeader(label: string): boolean {
  return matchVocabulary(UNIT_COLUMN_LABELS, normalizeLabel(label)) !== undefined;
}

export function isIndicatorHeader(label: string): boolean {
  return matchVocabulary(INDICATOR_LABELS, normalizeLabel(label)) !== undefined;
}

export function isNonAdditiveHeader(label: string): boolean {
  return matchVocabulary(NON_ADDITIVE_COLUMN_LABELS, normalizeLabel(label)) !== undefined;
}

export function moneyUnitOf(text: string): string | undefined {
  return matchVocabulary(MONEY_UNITS, normalizeLabel(text))?.value;
}

/** A hierarchy code at the start of a label: `1`, `1.2`, `2.1.3.`, `Подпрограмма 2`, `Task 1.1`. */
export function hierarchyCodeOf(label: string): string | undefined {
  const m = /^(?:(?:подпрограмма|задача|основное мероприятие|мероприятие|subprogramme|sub-programme|subprogram|task|activity|component|objective|output)\s+)?(\d{1,3}(?:\.\d{1,3}){0,4})\.?(?:\s|$|:)/i.exec(label.trim());
  return m ? m[1] : undefined;
}

export function isNumberColumnHeader(label: string): boolean {
  return matchVocabulary(NUMBER_COLUMN_LABELS, normalizeLabel(label)) !== undefined;
}
