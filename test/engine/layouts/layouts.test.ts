import { checkWorkbook, rangeToA1, type CheckResult } from '../../../src/engine';
import { corrected } from '../../support/corrected';
import { sheet, workbook } from '../../support/sheet';
import { LAYOUTS } from './layoutFixtures';

describe.each(LAYOUTS.map((l) => [l.name, l] as const))('%s', (_name, fx) => {
  let clean: CheckResult;
  let planted: CheckResult;
  beforeAll(() => {
    clean = checkWorkbook(fx.build(false));
    planted = checkWorkbook(fx.build(true));
  });

  it('is detected with its range, layout, years, sources and unit', () => {
    const funding = clean.tables.filter((t) => t.kind === 'funding');
    expect(funding).toHaveLength(1);
    const t = funding[0];
    expect({ sheet: t.sheet, range: rangeToA1(t.range), layout: t.layout, years: t.years, unit: t.unit }).toEqual({
      sheet: fx.sheet,
      range: fx.range,
      layout: fx.layout,
      years: fx.years,
      unit: fx.unit,
    });
    if (fx.sources) expect(t.sources).toEqual(fx.sources);
  });

  it('finds nothing wrong in the clean version', () => {
    expect(clean.findings.map((f) => `${f.code} ${f.cell}`)).toEqual([]);
  });

  it('finds the planted error where it is, and corrects that cell alone', () => {
    const errors = planted.findings.filter((f) => f.severity === 'error');
    expect([...new Set(errors.map((f) => f.cell))].sort()).toEqual([...fx.planted.errors].sort());
    const [c] = planted.corrections;
    expect(planted.corrections).toHaveLength(1);
    if (c.status !== 'found') throw new Error(`no correction: ${c.reason}`);
    expect(c.correction.cells.map((x) => x.cell)).toEqual([fx.planted.likely]);
    expect(c.basis).toBe('only');
    for (const f of errors) {
      expect(f.code).toBe('sum-mismatch');
      expect(f.params.correction).toMatchObject({ table: c.tableId, size: 1 });
      expect(f.params.likelyCell).toBeUndefined();
    }
    expect(planted.findings.filter((f) => f.severity === 'warning').map((f) => f.cell)).toEqual(fx.planted.warnings ?? []);
    // the corrected workbook checks clean
    const again = checkWorkbook(corrected(fx.build(true), c.sheet, c.correction));
    expect(again.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(again.corrections).toEqual([]);
  });
});

describe('parts and breakdowns', () => {
  it('an "of which" row larger than its parent is a warning, not a sum error', () => {
    const result = checkWorkbook(
      workbook(
        sheet('Capital', [
          ['Code', 'Item', 'FY2024', 'FY2025', 'Total'],
          ['1', 'Bridges', 100, 200, 300],
          [null, 'of which: footbridges', 50, 250, 300],
          ['2', 'Parks', 40, 60, 100],
          ['Total', null, 140, 260, 400],
        ]),
      ),
    );
    expect(result.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([['part-exceeds-whole', 'D3', 'warning']]);
  });

  it('rows under "из них" are not added as siblings', () => {
    const result = checkWorkbook(
      workbook(
        sheet('Лист1', [
          ['Наименование', '2024 год', '2025 год'],
          ['Мероприятие 1', 100, 100],
          ['из них:'],
          ['капитальный ремонт', 60, 70],
          ['Мероприятие 2', 50, 50],
          ['Итого', 150, 150],
        ]),
      ),
    );
    expect(result.tables).toHaveLength(1);
    expect(result.findings).toEqual([]);
  });

  it('a total first, then "в том числе" sources, is checked against them', () => {
    const build = (v: number) =>
      workbook(
        sheet('Паспорт', [
          ['Источники финансирования', '2024 год', '2025 год', 'Всего'],
          ['Всего по программе, в том числе:', 30, 40, 70],
          ['федеральный бюджет', 10, 20, 30],
          ['местный бюджет', 20, v, 40],
        ]),
      );
    expect(checkWorkbook(build(20)).findings).toEqual([]);
    const wrong = checkWorkbook(build(25)).findings.filter((f) => f.severity === 'error');
    expect(wrong.map((f) => f.cell).sort()).toEqual(['C2', 'D4']);
  });

  it('groups with their total first: programme = its sources, subprogramme = its sources', () => {
    const build = (v: number) =>
      workbook(
        sheet(
          'Ресурсы',
          [
            ['Ресурсное обеспечение, тыс. руб.'],
            ['Наименование', 'Источник', 'Всего', '2024', '2025'],
            ['Муниципальная программа «Развитие»', 'Всего', 150, 70, 80],
            [null, 'федеральный бюджет', 100, 50, 50],
            [null, 'местный бюджет', 50, 20, 30],
            ['Подпрограмма 1', 'Всего', 90, 40, 50],
            [null, 'федеральный бюджет', 60, 30, 30],
            [null, 'местный бюджет', 30, 10, 20],
            ['Подпрограмма 2', 'Всего', 60, 30, 30],
            [null, 'федеральный бюджет', 40, 20, v],
            [null, 'местный бюджет', 20, 10, 10],
          ],
          { merges: ['A3:A5', 'A6:A8', 'A9:A11'] },
        ),
      );
    const clean = checkWorkbook(build(20));
    expect(clean.tables.map((t) => t.layout)).toEqual(['items-by-source-and-year']);
    expect(clean.findings).toEqual([]);
    const wrong = checkWorkbook(build(21)).findings.filter((f) => f.severity === 'error');
    expect([...new Set(wrong.map((f) => f.cell))].sort()).toEqual(['C10', 'E4', 'E9']);
    for (const f of wrong) expect(f.params.correction).toMatchObject({ size: 1 });
    const [c] = checkWorkbook(build(21)).corrections;
    expect(c.status === 'found' && c.correction.cells).toEqual([{ cell: 'E10', from: '21', to: '20', decimals: 0, slip: 'one-digit' }]);
  });
});

describe('indicator tables', () => {
  it.each([
    ['ru', ['№', 'Показатель', 'Ед. изм.', '2024', '2025', '2026'], ['%', 'чел.', '%']],
    ['en', ['No.', 'Indicator', 'Unit', 'FY2024', 'FY2025', 'FY2026'], ['%', 'people', '%']],
  ])('%s: reported as indicators, never checked as sums', (_lang, header, units) => {
    const result = checkWorkbook(
      workbook(
        sheet('Показатели', [
          header,
          ['1', 'Доля граждан', units[0], 50, 60, 70],
          ['2', 'Число участников', units[1], 100, 110, 120],
          [null, 'Всего', units[2], 10, 20, 30],
        ]),
      ),
    );
    expect(result.tables.map((t) => [t.kind, t.layout, t.years])).toEqual([['indicators', 'indicators', [2024, 2025, 2026]]]);
    expect(result.findings).toEqual([]);
  });
});

describe('several tables', () => {
  it('finds two tables stacked on one sheet and numbers them in order', () => {
    const s = sheet('Лист1', [
      ['Источник', '2024 год', '2025 год', 'Всего'],
      ['федеральный бюджет', 1, 2, 3],
      ['местный бюджет', 1, 1, 2],
      ['ВСЕГО', 2, 3, 5],
      [],
      [],
      ['Наименование', 'FY2024', 'FY2025'],
      ['Item A', 5, 5],
      ['Item B', 1, 1],
      ['Total', 6, 7],
    ]);
    const result = checkWorkbook(workbook(s));
    expect(result.tables.map((t) => [t.id, rangeToA1(t.range)])).toEqual([
      ['T1', 'A1:D4'],
      ['T2', 'A7:C10'],
    ]);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.tableId, f.cell])).toEqual([['T2', 'C10']]);
  });

  it('compares a passport with its appendix by year and source', () => {
    const passport = (v: number) =>
      sheet('Паспорт', [
        ['Источники', '2024 год', '2025 год', 'Всего'],
        ['областной бюджет', 60, 60, 120],
        ['местный бюджет', 60, v, 60 + v],
        ['ВСЕГО:', 120, 60 + v, 180 + v],
      ]);
    const appendix = sheet('Приложение', [
      ['Наименование', 'Год', 'Объем финансирования', 'областной бюджет', 'местный бюджет'],
      ['Итого по программе', 'Всего', 255, 120, 135],
      [null, '2024 г.', 120, 60, 60],
      [null, '2025 г.', 135, 60, 75],
    ]);
    expect(checkWorkbook(workbook(passport(75), appendix)).findings).toEqual([]);
    const wrong = checkWorkbook(workbook(passport(70), appendix)).findings.filter((f) => f.code === 'table-mismatch');
    expect(wrong.map((f) => [f.sheet, f.cell, f.expected, f.actual, f.parts[0]])).toEqual([
      ['Паспорт', 'C3', '75', '70', "'Приложение'!E4"],
      ['Паспорт', 'D3', '135', '130', "'Приложение'!E2"],
      ['Паспорт', 'C4', '135', '130', "'Приложение'!C4"],
      ['Паспорт', 'D4', '255', '250', "'Приложение'!C2"],
    ]);
  });
});

describe('headers', () => {
  it('reads a header merged over three rows, with a title above that stays out of the table', () => {
    const build = (v: number) =>
      workbook(
        sheet(
          'Прил',
          [
            ['Ресурсное обеспечение реализации программы'],
            ['Наименование', 'Источник финансирования', 'Объем финансирования, тыс. руб.', null, null],
            [null, null, 'всего', 'в том числе по годам', null],
            [null, null, null, '2025 год', '2026 год'],
            ['Программа', 'областной бюджет', 30, 10, 20],
            [null, 'местный бюджет', 3, 1, 2],
            ['Итого', null, 33, 11, v],
          ],
          { merges: ['A2:A4', 'B2:B4', 'C2:E2', 'C3:C4', 'D3:E3', 'A5:A6', 'A7:B7'] },
        ),
      );
    const clean = checkWorkbook(build(22));
    expect(clean.tables.map((t) => [rangeToA1(t.range), t.layout, t.years, t.unit])).toEqual([['A2:E7', 'items-by-source-and-year', [2025, 2026], 'тыс. руб.']]);
    expect(clean.findings).toEqual([]);
    const wrong = checkWorkbook(build(23)).findings.filter((f) => f.severity === 'error');
    expect(wrong.map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ['C7', '34', '33'],
      ['E7', '22', '23'],
    ]);
  });
});

describe('stacked year-rows tables', () => {
  it('finds two activity lists stacked in the same year column, and checks each', () => {
    const block = (title: string, v: number) => [
      [title],
      ['№ п/п', 'Наименование', 'Год', 'Объем финансирования', 'областной бюджет', 'местный бюджет'],
      ['1.1', 'Мероприятие', null],
      [null, null, '2024 г.', 30, 10, 20],
      [null, null, '2025 г.', 40, 10, v],
      [null, 'Итого по программе', 'Всего', 70, 20, 50],
      [null, null, '2024 г.', 30, 10, 20],
      [null, null, '2025 г.', 40, 10, 30],
    ];
    const result = checkWorkbook(workbook(sheet('Перечни', [...block('Программа А', 30), [], [], ...block('Программа Б', 31)])));
    expect(result.tables.map((t) => [t.id, rangeToA1(t.range), t.layout])).toEqual([
      ['T1', 'A2:F8', 'year-rows-by-source'],
      ['T2', 'A12:F18', 'year-rows-by-source'],
    ]);
    expect([...new Set(result.findings.filter((f) => f.severity === 'error').map((f) => `${f.tableId} ${f.cell}`))]).toEqual(['T2 D15', 'T2 F18']);
  });
});

describe('declared totals', () => {
  it('a column headed "Всего" is checked even when one wrong cell breaks most of its rows', () => {
    const result = checkWorkbook(
      workbook(
        sheet('Паспорт', [
          ['Источники', '2024 год', '2025 год', 'Всего'],
          ['областной бюджет', 60, 60, 120],
          ['местный бюджет', 60, 70, 135],
          ['ВСЕГО:', 120, 130, 255],
        ]),
      ),
    );
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ['D3', '130', '135'],
      ['D4', '250', '255'],
    ]);
  });

  it('a column headed "Всего" that never equals the sum of the years is not taken for their total', () => {
    const result = checkWorkbook(
      workbook(
        sheet('Паспорт', [
          ['Источники', '2024 год', '2025 год', 'Всего (с 2019 года)'],
          ['областной бюджет', 60, 60, 500],
          ['местный бюджет', 60, 70, 700],
          ['ВСЕГО:', 120, 130, 1200],
        ]),
      ),
    );
    expect(result.findings).toEqual([]);
  });
});
