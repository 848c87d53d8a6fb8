import type { Lang } from '../engine';

/**
 * What the fill panel says, in each language. The fill's own words (matches, reasons, problems)
 * are the engine's fillWording, without the command line's option hints.
 */
export interface FillPaneStrings {
  readonly intro: string;
  readonly template: string;
  readonly source: string;
  readonly sourceToChoose: string;
  readonly year: string;
  readonly yearHint: (years: string) => string;
  readonly overwrite: string;
  readonly preview: string;
  readonly fill: string;
  readonly readAgain: string;
  readonly noTemplates: string;
  readonly notAYear: (text: string) => string;
  readonly colRow: string;
  readonly colIndicator: string;
  readonly colValue: string;
  readonly colConfidence: string;
  readonly occupied: (n: number) => string;
  readonly occupiedHint: string;
  readonly formulaKept: string;
  readonly toWrite: (n: number) => string;
  readonly nothingToWrite: string;
  readonly filled: (n: number) => string;
  readonly undoHint: string;
  readonly changed: string;
}

export const FILL_PANE_STRINGS: { readonly [L in Lang]: FillPaneStrings } = {
  en: {
    intro: 'Fills a report form (a table of indicators, or placeholders like {{1.2 | 2024}}) from the programme’s indicator table: only empty cells, values exactly as in the source.',
    template: 'Report to fill',
    source: 'Indicator table (source)',
    sourceToChoose: 'Choose…',
    year: 'Year',
    yearHint: (years) => (years ? `the report’s: ${years}` : 'the report names none'),
    overwrite: 'Overwrite values already there',
    preview: 'Preview',
    fill: 'Fill',
    readAgain: 'Read the workbook again',
    noTemplates: 'No report form was found in the workbook: a sheet with a table of indicators and a column for the plan, or placeholders like {{1.2 | 2024}}.',
    notAYear: (text) => `“${text}” is not a year.`,
    colRow: 'Report row',
    colIndicator: 'Indicator',
    colValue: 'Value',
    colConfidence: 'Confidence',
    occupied: (n) => (n === 1 ? '1 cell is not empty and is left alone:' : `${n} cells are not empty and are left alone:`),
    occupiedHint: 'Switch on “Overwrite values already there” and preview again to replace them (formulas are kept even then).',
    formulaKept: 'a formula, kept',
    toWrite: (n) => (n === 1 ? '1 cell to write.' : `${n} cells to write.`),
    nothingToWrite: 'Nothing to write.',
    filled: (n) => (n === 1 ? '1 cell filled.' : `${n} cells filled.`),
    undoHint: 'Undo under “Changes made by budget-check” puts the cells back.',
    changed: 'The sheet has changed since the preview: this is the preview now. Fill again to write it.',
  },
  ru: {
    intro: 'Заполняет форму отчёта (таблицу показателей или подстановки вида {{1.2 | 2024}}) из таблицы целевых показателей программы: только пустые ячейки, значения — в точности как в источнике.',
    template: 'Отчёт для заполнения',
    source: 'Таблица показателей (источник)',
    sourceToChoose: 'Выберите…',
    year: 'Год',
    yearHint: (years) => (years ? `по отчёту: ${years}` : 'в отчёте не указан'),
    overwrite: 'Заменять уже указанные значения',
    preview: 'Просмотр',
    fill: 'Заполнить',
    readAgain: 'Прочитать книгу заново',
    noTemplates: 'В книге не найдено формы отчёта: листа с таблицей показателей и графой плана или с подстановками вида {{1.2 | 2024}}.',
    notAYear: (text) => `«${text}» — не год.`,
    colRow: 'Строка отчёта',
    colIndicator: 'Показатель',
    colValue: 'Значение',
    colConfidence: 'Уверенность',
    occupied: (n) => `Ячейки не пусты и не изменены: ${n}.`,
    occupiedHint: 'Чтобы заменить значения, включите «Заменять уже указанные значения» и снова нажмите «Просмотр» (формулы сохраняются и тогда).',
    formulaKept: 'формула, сохранена',
    toWrite: (n) => `Будет записано ячеек: ${n}.`,
    nothingToWrite: 'Записывать нечего.',
    filled: (n) => `Заполнено ячеек: ${n}.`,
    undoHint: 'Отмена в списке «Изменения, внесённые budget-check» возвращает ячейки.',
    changed: 'Лист изменился после просмотра: ниже — новый просмотр. Нажмите «Заполнить» ещё раз, чтобы записать его.',
  },
};
