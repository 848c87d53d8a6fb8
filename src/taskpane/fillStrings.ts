import type { FillProblem, FillProblemCode, FillWording, Lang } from '../engine';

/**
 * What the fill panel says, in each language. The fill's own words (matches, reasons, problems)
 * are the engine's fillWording; `problems` words the few whose engine wording names a
 * command-line option (`--source`), as the pane's controls.
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
  readonly problems: { readonly [C in FillProblemCode]?: (p: FillProblem, w: FillWording) => string };
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
    problems: {
      'ambiguous-source': (p, w) =>
        `The workbook has several indicator tables: choose the source above. ${(p.params.candidates ?? []).map((c) => `${w.table(c)}${c.matched !== undefined ? `, rows matched: ${c.matched}` : ''}`).join('; ')}.`,
      'year-unknown': (p) => (p.cell ? `${p.cell}: placeholder ${p.params.text} names no year, and the report’s title names none: enter the year above.` : 'No year: the plan columns name none and neither does the title; enter the year above.'),
      'template-is-source': (p) => `Sheet “${p.params.name}” is the indicator table itself (the source): choose the report to fill.`,
      'template-is-funding-table': (p) => `Sheet “${p.params.name}” holds a funding table (${p.params.table}, ${p.params.range}), not an indicator report: choose the report to fill.`,
    },
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
    problems: {
      'ambiguous-source': (p, w) =>
        `В книге несколько таблиц показателей: выберите источник выше. ${(p.params.candidates ?? []).map((c) => `${w.table(c)}${c.matched !== undefined ? `, совпадает строк: ${c.matched}` : ''}`).join('; ')}.`,
      'year-unknown': (p) => (p.cell ? `${p.cell}: в подстановке ${p.params.text} не указан год, и в заголовке отчёта его нет: укажите год выше.` : 'Не указан год: графы плана не называют год, заголовок тоже; укажите год выше.'),
      'template-is-source': (p) => `Лист «${p.params.name}» — это сама таблица целевых показателей (источник): выберите отчёт для заполнения.`,
      'template-is-funding-table': (p) => `На листе «${p.params.name}» таблица финансирования (${p.params.table}, ${p.params.range}), а не отчёт о показателях: выберите отчёт для заполнения.`,
    },
  },
};

/** A fill problem in the pane's words: the pane's own where the engine's names a command-line option, else the engine's. */
export function fillProblemText(p: FillProblem, strings: FillPaneStrings, w: FillWording): string {
  return strings.problems[p.code]?.(p, w) ?? w.problem(p);
}
