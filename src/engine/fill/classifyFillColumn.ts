import { normalizeLabel } from '../vocabulary/normalizeLabel';
import { matchVocabulary } from '../vocabulary/vocabulary';
import { FILL_COLUMN_LABELS, type FillColumnRole } from './fillVocabulary';
import { yearInText } from './yearInText';

export interface FillColumnClass {
  readonly role: FillColumnRole;
  /** The year the header names, if exactly one. */
  readonly year?: number;
}

/** What a column is for, from its (joined) header text: see FILL_COLUMN_LABELS. */
export function classifyFillColumn(header: string): FillColumnClass {
  const text = normalizeLabel(header);
  if (!text) return { role: 'other' };
  const year = yearInText(text);
  const hit = matchVocabulary(FILL_COLUMN_LABELS, text)?.value;
  if (hit) return year === undefined ? { role: hit } : { role: hit, year };
  if (year !== undefined) return { role: 'plan', year };
  return { role: 'other' };
}
