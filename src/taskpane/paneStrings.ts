import type { CheckProgress, Lang } from '../engine';
import { sheetPrefix } from './sheetAddress';
import type { HostProblemCode } from './WorkbookHost';

/** Every word the task pane says, in each language (the findings' own wording is the engine's). */
export interface PaneStrings {
  readonly title: string;
  readonly language: string;
  readonly checkWorkbook: string;
  readonly checkSheet: string;
  readonly reading: string;
  readonly checking: string;
  /** How far a check is, in words. */
  readonly checkProgress: (progress: CheckProgress) => string;
  readonly writing: string;
  /** The engine working out a fill or rollups (it can be stopped). */
  readonly planning: string;
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
  readonly showTables: (tables: number, indicators: number) => string;
  readonly hideTables: string;
  readonly colKind: string;
  readonly indicatorTable: string;
  readonly fundingTable: string;
  readonly tableFindings: (n: number) => string;
  readonly filterSeverity: string;
  readonly filterScope: string;
  readonly allScopes: string;
  readonly sheetScope: (sheet: string) => string;
  readonly tableScope: (id: string, ref: string) => string;
  readonly noMatches: string;
  readonly shown: (shown: number, total: number) => string;
  readonly showMore: (n: number) => string;
  readonly nothingToAdd: string;
  readonly stale: string;
  readonly cancel: string;
  readonly cancelled: string;
  /** The corrections' heading, and their buttons. */
  readonly corrections: string;
  readonly previewCorrection: string;
  readonly applyCorrection: string;
  readonly correctionPreviewed: (cells: number) => string;
  readonly correctionApplied: (tableId: string) => string;
  readonly moreCorrections: (n: number) => string;
  /** A fill or rollups stopped before anything was written. */
  readonly cancelledWrite: string;
  readonly details: string;
}

export const PANE_STRINGS: { readonly [L in Lang]: PaneStrings } = {
  en: {
    title: 'budget-check',
    language: 'Language',
    checkWorkbook: 'Check workbook',
    checkSheet: 'Check this sheet',
    reading: 'Reading the workbook…',
    checking: 'Checking the tables…',
    checkProgress: (p) =>
      p.stage === 'sheets' ? `Finding the tables: sheet ${p.done + 1} of ${p.total}…` : p.stage === 'structure' ? 'Reading the tables’ structure…' : `Re-adding the totals: check ${p.done + 1} of ${p.total}…`,
    writing: 'Changing the workbook…',
    planning: 'Working out the changes…',
    tables: 'Tables found',
    findings: 'Findings',
    colSheet: 'Sheet',
    colRange: 'Range',
    colYears: 'Years',
    colSources: 'Sources',
    colUnit: 'Unit',
    noUnit: 'not stated',
    otherFindings: 'Outside the tables',
    table: (id, sheet, range) => `Table ${id}: ${sheetPrefix(sheet)}${range}`,
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
      'not-a-workbook': 'This file is not an Excel workbook (.xlsx).',
      'file-too-large': 'This workbook is larger than the page opens. Check it with the command line (budget-check check), whose limits can be raised.',
      unknown: 'Something went wrong.',
    },
    tabCheck: 'Check',
    tabRollups: 'Rollups',
    tabFill: 'Fill report',
    changes: 'Changes made by budget-check',
    undo: 'Undo',
    sheetsAdded: (names) => `${names.length === 1 ? 'sheet' : 'sheets'} ${names.map((n) => `“${n}”`).join(', ')}`,
    showTables: (n, i) => `${n === 1 ? '1 table' : `${n} tables`}${i > 0 ? ` (${i} of indicators)` : ''}: show the list`,
    hideTables: 'Hide the list of tables',
    colKind: 'Kind',
    indicatorTable: 'indicators, not added up',
    fundingTable: 'funding',
    tableFindings: (n) => (n === 0 ? 'no findings' : n === 1 ? '1 finding' : `${n} findings`),
    filterSeverity: 'Show',
    filterScope: 'Where',
    allScopes: 'All sheets and tables',
    sheetScope: (sheet) => `Sheet “${sheet}”`,
    tableScope: (id, ref) => `Table ${id}: ${ref}`,
    noMatches: 'No findings match the filters.',
    shown: (shown, total) => `Showing ${shown} of ${total}.`,
    showMore: (n) => `Show ${n} more`,
    nothingToAdd: 'Only indicator tables here: there is nothing to add up.',
    stale: 'The workbook has changed since this check. Check again to see its findings as they are now.',
    cancel: 'Cancel',
    cancelled: 'Stopped: nothing was checked.',
    corrections: 'Corrections',
    previewCorrection: 'Preview',
    applyCorrection: 'Apply',
    correctionPreviewed: (n) => `${n === 1 ? '1 cell' : `${n} cells`} marked in green: the new figures are in their notes. Clear highlights removes the marks.`,
    correctionApplied: (id) => `Table ${id} corrected: check again to see every total agree. Undo below puts the figures back.`,
    moreCorrections: (n) => `${n} more tables have a correction: filter the findings by table to see them.`,
    cancelledWrite: 'Stopped: nothing was written to the workbook.',
    details: 'Details',
  },
  ru: {
    title: 'budget-check',
    language: 'Язык',
    checkWorkbook: 'Проверить книгу',
    checkSheet: 'Проверить этот лист',
    reading: 'Чтение книги…',
    checking: 'Проверка таблиц…',
    checkProgress: (p) =>
      p.stage === 'sheets' ? `Поиск таблиц: лист ${p.done + 1} из ${p.total}…` : p.stage === 'structure' ? 'Разбор структуры таблиц…' : `Пересчёт итогов: проверка ${p.done + 1} из ${p.total}…`,
    writing: 'Изменение книги…',
    planning: 'Подготовка изменений…',
    tables: 'Найденные таблицы',
    findings: 'Замечания',
    colSheet: 'Лист',
    colRange: 'Диапазон',
    colYears: 'Годы',
    colSources: 'Источники',
    colUnit: 'Единица',
    noUnit: 'не указана',
    otherFindings: 'Вне таблиц',
    table: (id, sheet, range) => `Таблица ${id}: ${sheetPrefix(sheet)}${range}`,
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
      'not-a-workbook': 'Этот файл не является книгой Excel (.xlsx).',
      'file-too-large': 'Книга больше, чем открывает эта страница. Проверьте её из командной строки (budget-check check): там пределы можно поднять.',
      unknown: 'Что-то пошло не так.',
    },
    tabCheck: 'Проверка',
    tabRollups: 'Своды',
    tabFill: 'Заполнить отчёт',
    changes: 'Изменения, внесённые budget-check',
    undo: 'Отменить',
    sheetsAdded: (names) => `${names.length === 1 ? 'лист' : 'листы'} ${names.map((n) => `«${n}»`).join(', ')}`,
    showTables: (n, i) => `Найдено таблиц: ${n}${i > 0 ? ` (из них показателей: ${i})` : ''}. Показать список`,
    hideTables: 'Скрыть список таблиц',
    colKind: 'Вид',
    indicatorTable: 'показатели, не суммируются',
    fundingTable: 'финансирование',
    tableFindings: (n) => (n === 0 ? 'замечаний нет' : `замечаний: ${n}`),
    filterSeverity: 'Показать',
    filterScope: 'Где',
    allScopes: 'Все листы и таблицы',
    sheetScope: (sheet) => `Лист «${sheet}»`,
    tableScope: (id, ref) => `Таблица ${id}: ${ref}`,
    noMatches: 'Нет замечаний, подходящих под фильтры.',
    shown: (shown, total) => `Показано ${shown} из ${total}.`,
    showMore: (n) => `Показать ещё ${n}`,
    nothingToAdd: 'Здесь только таблицы показателей: складывать нечего.',
    stale: 'Книга изменилась после проверки. Проверьте её снова, чтобы увидеть замечания по ней как она есть.',
    cancel: 'Отменить',
    cancelled: 'Остановлено: проверка не выполнена.',
    corrections: 'Исправления',
    previewCorrection: 'Показать',
    applyCorrection: 'Применить',
    correctionPreviewed: (n) => `Отмечено зелёным ячеек: ${n}; новые суммы — в их примечаниях. «Снять выделение» уберёт отметки.`,
    correctionApplied: (id) => `Таблица ${id} исправлена: проверьте книгу снова, чтобы увидеть, что все итоги сходятся. «Отменить» ниже вернёт прежние суммы.`,
    moreCorrections: (n) => `Ещё таблиц с исправлением: ${n}; отфильтруйте замечания по таблице, чтобы их увидеть.`,
    cancelledWrite: 'Остановлено: в книгу ничего не записано.',
    details: 'Подробности',
  },
};
