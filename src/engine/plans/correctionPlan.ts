import type { Correction } from '../correct/Correction';
import { localeOf } from '../i18n/localize';
import type { Lang } from '../i18n/Locale';
import type { ContentPlan, HighlightPlan } from './WritePlan';

/**
 * A table's correction as a content plan: each changed cell gets its new figure (exact, as a
 * number) or, for a formula that reads the wrong cells, its new formula. Nothing else is
 * touched: formats stay, formula cells that follow recalculate. Hosts record it for Undo.
 */
export function correctionPlan(sheet: string, tableId: string, correction: Correction, lang: Lang): ContentPlan {
  return {
    kind: 'content',
    title: lang === 'ru' ? `Исправление таблицы ${tableId}` : `Correction of table ${tableId}`,
    newSheets: [],
    edits: [
      {
        sheet,
        cells: correction.cells.map((c) => ({
          cell: c.cell,
          content: c.formula ? { kind: 'formula' as const, formula: c.formula } : { kind: 'number' as const, value: c.to },
        })),
      },
    ],
    activate: false,
  };
}

/** Fill of a cell a correction would change, in its preview: Excel's light green. */
export const CORRECTION_FILL = '#C6EFCE';

/**
 * A correction's preview: each cell it would change marked, with its new figure (or formula)
 * as the note. Cleared like any highlight; nothing in the cells changes.
 */
export function correctionPreviewPlan(sheet: string, tableId: string, correction: Correction, lang: Lang): HighlightPlan {
  const loc = localeOf(lang).correction;
  const title = loc.heading(tableId, correction.cells.length);
  return {
    kind: 'highlight',
    marks: correction.cells.map((c) => ({ sheet, cell: c.cell, fill: CORRECTION_FILL, note: `budget-check: ${title}. ${loc.change(c)}` })),
  };
}
