import type { Lang, RollupKind, SkippedRollup } from '../engine';

/** What the rollup panel says, in each language (the sheets' own words are the engine's ROLLUP_LABELS). */
export interface RollupPaneStrings {
  readonly intro: string;
  readonly readAgain: string;
  readonly noTables: string;
  readonly table: (id: string, sheet: string, range: string) => string;
  readonly details: (years: string, unit: string | null) => string;
  readonly kinds: { readonly [K in RollupKind]: string };
  /** Why a rollup is not offered for a table (shown beside its disabled checkbox). */
  readonly reasons: { readonly [R in SkippedRollup['reason']]: string };
  readonly create: string;
  readonly chooseFirst: string;
  readonly made: (n: number) => string;
  readonly sheet: (sheet: string, tableId: string, kind: string) => string;
  readonly agrees: string;
  readonly differs: (n: number) => string;
  readonly undoHint: string;
  readonly changed: string;
}

export const ROLLUP_PANE_STRINGS: { readonly [L in Lang]: RollupPaneStrings } = {
  en: {
    intro: 'Adds sheets that sum a funding table up by year, by source, or by item and year, as formulas referring to the table, and compares them with its stated totals.',
    readAgain: 'Find the tables again',
    noTables: 'The workbook has no funding table to roll up.',
    table: (id, sheet, range) => `${id}: ${sheet}!${range}`,
    details: (years, unit) => `years ${years}${unit ? `, ${unit}` : ''}`,
    kinds: { year: 'By year', source: 'By source', item: 'By item and year' },
    reasons: {
      'no-such-table': 'no such table',
      'not-a-funding-table': 'not a funding table',
      'no-sources': 'the table names no sources',
      'no-items': 'no items besides the sources',
      'no-figures': 'no figures to add',
    },
    create: 'Create',
    chooseFirst: 'Tick the rollups to create.',
    made: (n) => (n === 1 ? '1 sheet created:' : `${n} sheets created:`),
    sheet: (sheet, id, kind) => `“${sheet}” (${id}, ${kind.toLocaleLowerCase()})`,
    agrees: 'every stated total agrees',
    differs: (n) => (n === 1 ? '1 stated total differs beyond rounding (highlighted on the sheet)' : `${n} stated totals differ beyond rounding (highlighted on the sheet)`),
    undoHint: 'Undo under “Changes made by budget-check” removes the sheets.',
    changed: 'The workbook has changed since its tables were read: here they are again. Tick the rollups and create them again.',
  },
  ru: {
    intro: 'Добавляет листы со сводами таблицы финансирования по годам, по источникам или по мероприятиям и годам — формулами со ссылками на таблицу — и сверяет их с указанными в ней итогами.',
    readAgain: 'Найти таблицы заново',
    noTables: 'В книге нет таблиц финансирования для свода.',
    table: (id, sheet, range) => `${id}: ${sheet}!${range}`,
    details: (years, unit) => `годы ${years}${unit ? `, ${unit}` : ''}`,
    kinds: { year: 'По годам', source: 'По источникам', item: 'По мероприятиям и годам' },
    reasons: {
      'no-such-table': 'такой таблицы нет',
      'not-a-funding-table': 'не таблица финансирования',
      'no-sources': 'источники не названы',
      'no-items': 'нет мероприятий, только источники',
      'no-figures': 'нет сумм',
    },
    create: 'Создать',
    chooseFirst: 'Отметьте своды, которые нужно создать.',
    made: (n) => `Создано листов: ${n}.`,
    sheet: (sheet, id, kind) => `«${sheet}» (${id}, ${kind.toLocaleLowerCase()})`,
    agrees: 'все указанные итоги совпадают',
    differs: (n) => `расхождений с указанными итогами больше округления: ${n} (выделены на листе)`,
    undoHint: 'Отмена в списке «Изменения, внесённые budget-check» удаляет эти листы.',
    changed: 'Книга изменилась после того, как таблицы были прочитаны: вот они заново. Отметьте своды и создайте их ещё раз.',
  },
};
