import type { WorkbookSnapshot } from '../../../src/engine';
import { sheet, workbook, type TestCell } from '../../support/sheet';

/**
 * Test workbooks for every layout the engine detects, Russian and English, each with a clean
 * version and one planted error (`plant` changes one cell). Figures were added up by hand.
 */
export interface LayoutFixture {
  readonly name: string;
  readonly build: (plant?: boolean) => WorkbookSnapshot;
  readonly sheet: string;
  readonly range: string;
  readonly layout: string;
  readonly years: number[];
  readonly sources?: string[];
  readonly unit: string | null;
  /** What the planted error must produce: cells with sum-mismatch, and the likely cell. */
  readonly planted: { readonly errors: readonly string[]; readonly likely?: string; readonly warnings?: readonly string[] };
}

const f1 = (v: number): TestCell => ({ v, fmt: '#,##0.0' });
const f2 = (v: number): TestCell => ({ v, fmt: '#,##0.00' });

export const LAYOUTS: readonly LayoutFixture[] = [
  {
    name: 'ru source-by-year (passport, total column last)',
    sheet: 'Паспорт',
    range: 'A2:E6',
    layout: 'source-by-year',
    years: [2024, 2025, 2026],
    sources: ['федеральный бюджет', 'областной бюджет', 'местный бюджет'],
    unit: 'тыс. руб.',
    planted: { errors: ['E4', 'C6'], likely: 'C4' },
    build: (plant) =>
      workbook(
        sheet('Паспорт', [
          ['Объем финансирования программы, тыс. руб.'],
          ['Источник', '2024 год', '2025 год', '2026 год', 'Всего'],
          ['федеральный бюджет', f2(100), f2(200), f2(300), f2(600)],
          ['областной бюджет', f2(10.5), f2(plant ? 21.5 : 20.5), f2(30.5), f2(61.5)],
          ['местный бюджет', f2(1.25), f2(2.25), f2(3.25), f2(6.75)],
          ['ВСЕГО:', f2(111.75), f2(222.75), f2(333.75), f2(668.25)],
        ]),
      ),
  },
  {
    name: 'en source-by-year (total column first, FY years, text figures, not in column A)',
    sheet: 'Summary',
    range: 'B3:E8',
    layout: 'source-by-year',
    years: [2024, 2025],
    sources: ['Federal budget', 'State budget', 'Local budget', 'Other sources'],
    unit: 'thousand USD',
    planted: { errors: ['E8', 'C8'], likely: 'E8' },
    build: (plant) =>
      workbook(
        sheet(
          'Summary',
          [
            ['Programme budget (USD thousand)'],
            [],
            ['Funding source', 'Total', 'FY2024', 'FY 2025'],
            ['Federal budget', '1,567.0', '1,000.0', '567.0'],
            ['State budget', 300, 100, 200],
            ['Local budget', 50, 25, 25],
            ['Other sources', 0, '-', '-'],
            ['Total', '1,917.0', 1125, plant ? 782 : 792],
          ],
          { at: 'B1' },
        ),
      ),
  },
  {
    name: 'ru items-by-source-and-year (merged two-row header, column numbers, starts at C4)',
    sheet: 'Приложение 3',
    range: 'C4:H15',
    layout: 'items-by-source-and-year',
    years: [2024, 2025, 2026],
    sources: ['федеральный бюджет', 'местный бюджет'],
    unit: 'тыс. руб.',
    planted: { errors: ['F15', 'F13', 'E15'], likely: 'F15' },
    build: (plant) =>
      workbook(
        sheet(
          'Приложение 3',
          [
            ['Наименование', 'Источник финансирования', 'Всего, тыс. руб.', 'в том числе по годам', null, null],
            [null, null, null, '2024 г.', '2025 г.', '2026 г.'],
            [1, 2, 3, 4, 5, 6],
            ['Подпрограмма 1 «Дороги»', 'федеральный бюджет', f1(30), f1(10), f1(10), f1(10)],
            [null, 'местный бюджет', f1(6), f1(2), f1(2), f1(2)],
            ['Всего по подпрограмме 1', null, f1(36), f1(12), f1(12), f1(12)],
            ['Подпрограмма 2 «Школы»', 'федеральный бюджет', f1(60), f1(20), f1(20), f1(20)],
            [null, 'местный бюджет', f1(9), f1(3), f1(3), f1(3)],
            ['Всего по подпрограмме 2', null, f1(69), f1(23), f1(23), f1(23)],
            ['ИТОГО по программе', null, f1(105), f1(35), f1(35), f1(35)],
            ['в том числе:', 'федеральный бюджет', f1(90), f1(30), f1(30), f1(30)],
            [null, 'местный бюджет', f1(15), f1(plant ? 6 : 5), f1(5), f1(5)],
          ],
          { at: 'C4', merges: ['C4:C5', 'D4:D5', 'E4:E5', 'F4:H4', 'C7:C8', 'C9:D9', 'C10:C11', 'C12:D12', 'C13:D13', 'C14:C15'] },
        ),
      ),
  },
  {
    name: 'en items-by-source-and-year (Subtotal, Grand total, including)',
    sheet: 'Budget',
    range: 'A3:E14',
    layout: 'items-by-source-and-year',
    years: [2024, 2025],
    sources: ['Federal budget', 'Local budget', 'Other sources'],
    unit: 'thousand USD',
    planted: { errors: ['D7', 'D11', 'C7'], likely: 'D7' },
    build: (plant) =>
      workbook(
        sheet(
          'Budget',
          [
            ['Budget by subprogramme and source, USD thousand'],
            [],
            ['Subprogramme', 'Source', 'Total', 'FY2024', 'FY2025'],
            ['Subprogramme 1: Roads', 'Federal budget', 300, 100, 200],
            [null, 'Local budget', 30, 10, 20],
            [null, 'Other sources', 3, 1, 2],
            ['Subtotal subprogramme 1', null, 333, plant ? 121 : 111, 222],
            ['Subprogramme 2: Schools', 'Federal budget', 500, 250, 250],
            [null, 'Local budget', 50, 25, 25],
            ['Subtotal subprogramme 2', null, 550, 275, 275],
            ['Grand total', null, 883, 386, 497],
            ['including:', 'Federal budget', 800, 350, 450],
            [null, 'Local budget', 80, 35, 45],
            [null, 'Other sources', 3, 1, 2],
          ],
          { merges: ['A4:A6', 'A7:B7', 'A8:A9', 'A10:B10', 'A11:B11', 'A12:A14'] },
        ),
      ),
  },
  {
    name: 'ru year-rows-by-source (activity blocks, task totals, programme total)',
    sheet: 'Мероприятия',
    range: 'A3:F24',
    layout: 'year-rows-by-source',
    years: [2024, 2025],
    sources: ['областной бюджет', 'местный бюджет'],
    unit: 'тыс. руб.',
    planted: { errors: ['D8', 'D14'], likely: 'D8' },
    build: (plant) =>
      workbook(
        sheet(
          'Мероприятия',
          [
            ['Перечень мероприятий программы'],
            [],
            ['№ п/п', 'Наименование мероприятия', 'Год', 'Объем финансирования, тыс. руб.', 'в том числе', null],
            [null, null, null, null, 'областной бюджет', 'местный бюджет'],
            ['1', 'Задача 1. Дороги'],
            ['1.1', 'Ремонт дорог', 'ежегодно'],
            [null, null, '2024 г.', 100, 60, 40],
            [null, null, '2025 г.', plant ? 111 : 110, 60, 50],
            ['1.2', 'Освещение', 'ежегодно'],
            [null, null, '2024 г.', 20, 0, 20],
            [null, null, '2025 г.', 25, 0, 25],
            [null, 'Итого по задаче 1', 'Всего', 255, 120, 135],
            [null, null, '2024 г.', 120, 60, 60],
            [null, null, '2025 г.', 135, 60, 75],
            ['2', 'Задача 2. Школы'],
            ['2.1', 'Ремонт школ', 'ежегодно'],
            [null, null, '2024 г.', 50, 50, 0],
            [null, null, '2025 г.', 50, 50, 0],
            [null, 'Итого по задаче 2', 'Всего', 100, 100, 0],
            [null, null, '2024 г.', 50, 50, 0],
            [null, null, '2025 г.', 50, 50, 0],
            [null, 'Итого по программе', 'Всего', 355, 220, 135],
            [null, null, '2024 г.', 170, 110, 60],
            [null, null, '2025 г.', 185, 110, 75],
          ],
          { merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'B5:F5', 'B15:F15'] },
        ),
      ),
  },
  {
    name: 'en year-rows-by-source (FY rows, Subtotal task, Programme total)',
    sheet: 'Activities',
    range: 'A3:G16',
    layout: 'year-rows-by-source',
    years: [2024, 2025],
    sources: ['Federal', 'State', 'Local'],
    unit: 'thousand USD',
    planted: { errors: ['D11', 'D14'], likely: 'D11' },
    build: (plant) =>
      workbook(
        sheet('Activities', [
          ['Activity plan, thousand USD'],
          [],
          ['No.', 'Activity', 'Year', 'Total', 'Federal', 'State', 'Local'],
          ['1', 'Task 1: Water supply'],
          ['1.1', 'Pipes'],
          [null, null, 'FY2024', 10, 5, 3, 2],
          [null, null, 'FY2025', 12, 6, 4, 2],
          ['1.2', 'Pumps'],
          [null, null, 'FY2024', 8, 8, 0, 0],
          [null, null, 'FY2025', 4, 4, 0, 0],
          [null, 'Subtotal task 1', 'Total', plant ? 43 : 34, 23, 7, 4],
          [null, null, 'FY2024', 18, 13, 3, 2],
          [null, null, 'FY2025', 16, 10, 4, 2],
          [null, 'Programme total', 'Total', 34, 23, 7, 4],
          [null, null, 'FY2024', 18, 13, 3, 2],
          [null, null, 'FY2025', 16, 10, 4, 2],
        ]),
      ),
  },
  {
    name: 'ru items-by-year (one source, subprogramme headings, subtotal rows, numeric years)',
    sheet: 'Расходы',
    range: 'A2:E10',
    layout: 'items-by-year',
    years: [2021, 2022, 2023],
    unit: 'тыс. руб.',
    planted: { errors: ['E5', 'B6'], likely: 'B5' },
    build: (plant) =>
      workbook(
        sheet('Расходы', [
          ['Расходы местного бюджета на реализацию программы (тыс. руб.)'],
          ['Наименование', 2021, 2022, 2023, 'Итого'],
          ['Подпрограмма 1 «Культура»'],
          ['Библиотеки', f1(10), f1(11), f1(12), f1(33)],
          ['Музеи', f1(plant ? 6 : 5), f1(5.5), f1(6), f1(16.5)],
          ['Итого по подпрограмме 1', f1(15), f1(16.5), f1(18), f1(49.5)],
          ['Подпрограмма 2 «Спорт»'],
          ['Стадион', f1(100), f1(0), f1(0), f1(100)],
          ['Итого по подпрограмме 2', f1(100), f1(0), f1(0), f1(100)],
          ['Всего по программе', f1(115), f1(16.5), f1(18), f1(149.5)],
        ]),
      ),
  },
  {
    name: 'en items-by-year (numbered hierarchy 1 = 1.1 + 1.2, "of which" part, Grand total)',
    sheet: 'Capital',
    range: 'A2:E8',
    layout: 'items-by-year',
    years: [2024, 2025],
    unit: 'USD',
    planted: { errors: ['C3', 'E5'], likely: 'C5' },
    build: (plant) =>
      workbook(
        sheet('Capital', [
          ['Capital programme (USD)'],
          ['Code', 'Item', 'FY2024', 'FY2025', 'Total'],
          ['1', 'Roads', 300, 300, 600],
          ['1.1', 'Resurfacing', 200, 100, 300],
          ['1.2', 'Bridges', plant ? 110 : 100, 200, 300],
          [null, 'of which: footbridges', 50, 150, 200],
          ['2', 'Parks', 40, 60, 100],
          ['Grand total', null, 340, 360, 700],
        ]),
      ),
  },
];
