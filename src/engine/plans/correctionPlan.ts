import type { Correction } from '../correct/Correction';
import type { Lang } from '../i18n/Locale';
import type { ContentPlan } from './WritePlan';

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
