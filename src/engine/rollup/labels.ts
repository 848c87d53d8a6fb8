import type { Lang } from '../i18n';

/** The three rollups: totals by year, by funding source, and by item (subprogramme, task, activity) and year. */
export type RollupKind = 'year' | 'source' | 'item';

/** The words of a rollup sheet, in one language. */
export interface RollupLabels {
  readonly sheetName: { readonly [K in RollupKind]: string };
  /** The first line: which table and range the sheet sums up. */
  readonly title: (kind: RollupKind, tableId: string, ref: string, unit: string | null) => string;
  /** The second line: where the figures come from. */
  readonly method: string;
  readonly year: string;
  readonly source: string;
  readonly item: string;
  readonly total: string;
  readonly stated: string;
  readonly difference: string;
  /** Above the stated / difference blocks of the item rollup. */
  readonly statedBlock: string;
  readonly differenceBlock: string;
  readonly highlighted: string;
  /** Above the partial sums of sums too long for one formula. */
  readonly partialSums: string;
  readonly unreadable: (cell: string, text: string) => string;
  /** A figure typed as text that no formula reads back as the figure (`1 567 тыс.`). */
  readonly textFigure: (cell: string, text: string) => string;
  readonly statedUnreadable: (cell: string, text: string) => string;
  readonly planTitle: (tables: readonly string[]) => string;
}

const RU: RollupLabels = {
  sheetName: { year: 'Свод по годам', source: 'Свод по источникам', item: 'Свод по мероприятиям' },
  title: (kind, id, ref, unit) =>
    `${{ year: 'Свод по годам', source: 'Свод по источникам финансирования', item: 'Свод по мероприятиям и годам' }[kind]}: таблица ${id}, ${ref}${unit ? `, ${unit}` : ''}`,
  method: 'Суммы ячеек мероприятий и строк источников (формулы со ссылками на таблицу), а не её итоговых строк.',
  year: 'Год',
  source: 'Источник финансирования',
  item: 'Наименование',
  total: 'Всего',
  stated: 'Указано в таблице',
  difference: 'Разница (указано − свод)',
  statedBlock: 'Указано в таблице',
  differenceBlock: 'Разница (указано − свод)',
  highlighted: 'Разница больше округления выделена цветом (на момент построения свода).',
  partialSums: 'Промежуточные суммы (формула длиннее допустимой в Excel)',
  unreadable: (cell, text) => `${cell}: «${text}» не читается как число и не вошло в суммы.`,
  textFigure: (cell, text) => `${cell}: «${text}» записано текстом, который формула не прочтёт как число; не вошло в суммы.`,
  statedUnreadable: (cell, text) => `${cell}: итог «${text}» не читается как число; сверка с ним не выполнена.`,
  planTitle: (tables) => `Своды по таблицам ${tables.join(', ')}`,
};

const EN: RollupLabels = {
  sheetName: { year: 'Rollup by year', source: 'Rollup by source', item: 'Rollup by item and year' },
  title: (kind, id, ref, unit) =>
    `${{ year: 'Rollup by year', source: 'Rollup by funding source', item: 'Rollup by item and year' }[kind]}: table ${id}, ${ref}${unit ? `, ${unit}` : ''}`,
  method: "Sums of the activity and source rows' cells (formulas referring to the table), not of its stated totals.",
  year: 'Year',
  source: 'Funding source',
  item: 'Item',
  total: 'Total',
  stated: 'Stated total',
  difference: 'Difference (stated − rolled up)',
  statedBlock: 'Stated in the table',
  differenceBlock: 'Difference (stated − rolled up)',
  highlighted: 'Differences beyond rounding are highlighted (as of when the rollup was made).',
  partialSums: "Partial sums (a formula longer than Excel's limit)",
  unreadable: (cell, text) => `${cell}: “${text}” cannot be read as a number and is left out of the sums.`,
  textFigure: (cell, text) => `${cell}: “${text}” is text a formula cannot read as a number; it is left out of the sums.`,
  statedUnreadable: (cell, text) => `${cell}: the stated total “${text}” cannot be read as a number; it is not compared.`,
  planTitle: (tables) => `Rollups of ${tables.join(', ')}`,
};

export const ROLLUP_LABELS: { readonly [L in Lang]: RollupLabels } = { ru: RU, en: EN };
