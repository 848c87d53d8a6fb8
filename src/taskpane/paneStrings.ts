import type { Lang } from '../engine';
import type { HostProblemCode } from './WorkbookHost';

/** Every word the task pane says, in each language (the findings' own wording is the engine's). */
export interface PaneStrings {
  readonly title: string;
  readonly language: string;
  readonly checkWorkbook: string;
  readonly checkSheet: string;
  readonly reading: string;
  readonly checking: string;
  readonly writing: string;
  readonly tables: string;
  readonly findings: string;
  readonly colSheet: string;
  readonly colRange: string;
  readonly colYears: string;
  readonly colSources: string;
  readonly colUnit: string;
  readonly noUnit: string;
  readonly otherFindings: string;
  readonly table: (id: string, sheet: string, range: string) => string;
  readonly expected: string;
  readonly actual: string;
  readonly difference: string;
  readonly parts: string;
  readonly goTo: (cell: string) => string;
  readonly highlight: string;
  readonly clearHighlights: string;
  readonly highlighted: (cells: number) => string;
  readonly cleared: string;
  readonly intro: string;
  readonly problemTitle: string;
  readonly problems: { readonly [C in HostProblemCode]: string };
  readonly tabCheck: string;
  readonly tabRollups: string;
  readonly tabFill: string;
  readonly changes: string;
  readonly undo: string;
  readonly sheetsAdded: (names: readonly string[]) => string;
}

export const PANE_STRINGS: { readonly [L in Lang]: PaneStrings } = {
  en: {
    title: 'budget-check',
    language: 'Language',
    checkWorkbook: 'Check workbook',
    checkSheet: 'Check this sheet',
    reading: 'Reading the workbook…',
    checking: 'Checking the tables…',
    writing: 'Changing the workbook…',
    tables: 'Tables found',
    findings: 'Findings',
    colSheet: 'Sheet',
    colRange: 'Range',
    colYears: 'Years',
    colSources: 'Sources',
    colUnit: 'Unit',
    noUnit: 'not stated',
    otherFindings: 'Outside the tables',
    table: (id, sheet, range) => `Table ${id}: ${sheet}!${range}`,
    expected: 'Expected',
    actual: 'Actual',
    difference: 'Difference',
    parts: 'Parts',
    goTo: (cell) => `Go to ${cell}`,
    highlight: 'Highlight',
    clearHighlights: 'Clear highlights',
    highlighted: (n) => (n === 1 ? '1 cell highlighted.' : `${n} cells highlighted.`),
    cleared: 'Highlights cleared: the cells are as they were.',
    intro: 'Finds the funding tables of the workbook and re-adds every total.',
    problemTitle: 'Could not finish',
    problems: {
      'cell-edit-mode': 'Excel is editing a cell. Leave the cell (press Enter or Esc) and try again.',
      'payload-too-large': 'The workbook is too large to read at once. Check one sheet at a time.',
      'sheet-protected': 'A sheet is protected. Unprotect it (Review → Unprotect Sheet) and try again.',
      'api-not-supported': 'This version of Excel lacks what the add-in needs. Use Excel for Microsoft 365, 2021 or later, or Excel on the web.',
      'not-found': 'The workbook has changed since it was checked. Check it again.',
      unknown: 'Something went wrong.',
    },
    tabCheck: 'Check',
    tabRollups: 'Rollups',
    tabFill: 'Fill report',
    changes: 'Changes made by budget-check',
    undo: 'Undo',
    sheetsAdded: (names) => `${names.length === 1 ? 'sheet' : 'sheets'} ${names.map((n) => `“${n}”`).join(', ')}`,
  },
  ru: {
    title: 'budget-check',
    language: 'Язык',
    checkWorkbook: 'Проверить книгу',
    checkSheet: 'Проверить этот лист',
    reading: 'Чтение книги…',
    checking: 'Проверка таблиц…',
    writing: 'Изменение книги…',
    tables: 'Найденные таблицы',
    findings: 'Замечания',
    colSheet: 'Лист',
    colRange: 'Диапазон',
    colYears: 'Годы',
    colSources: 'Источники',
    colUnit: 'Единица',
    noUnit: 'не указана',
    otherFindings: 'Вне таблиц',
    table: (id, sheet, range) => `Таблица ${id}: ${sheet}!${range}`,
    expected: 'Ожидалось',
    actual: 'В ячейке',
    difference: 'Разница',
    parts: 'Слагаемые',
    goTo: (cell) => `Перейти к ${cell}`,
    highlight: 'Выделить',
    clearHighlights: 'Снять выделение',
    highlighted: (n) => `Выделено ячеек: ${n}.`,
    cleared: 'Выделение снято: ячейки такие, как были.',
    intro: 'Находит таблицы финансирования в книге и пересчитывает все итоги.',
    problemTitle: 'Не удалось выполнить',
    problems: {
      'cell-edit-mode': 'Excel редактирует ячейку. Выйдите из ячейки (Enter или Esc) и повторите.',
      'payload-too-large': 'Книга слишком велика, чтобы прочитать её сразу. Проверяйте по одному листу.',
      'sheet-protected': 'Лист защищён. Снимите защиту (Рецензирование → Снять защиту листа) и повторите.',
      'api-not-supported': 'Этой версии Excel не хватает нужных возможностей. Используйте Excel для Microsoft 365, 2021 или новее, или Excel в браузере.',
      'not-found': 'Книга изменилась после проверки. Проверьте её снова.',
      unknown: 'Что-то пошло не так.',
    },
    tabCheck: 'Проверка',
    tabRollups: 'Своды',
    tabFill: 'Отчёт',
    changes: 'Изменения, внесённые budget-check',
    undo: 'Отменить',
    sheetsAdded: (names) => `${names.length === 1 ? 'лист' : 'листы'} ${names.map((n) => `«${n}»`).join(', ')}`,
  },
};
