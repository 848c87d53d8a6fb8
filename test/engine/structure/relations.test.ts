/**
 * What adds up to what, established from labels, formulas and figures: one small sheet of our
 * own for each pattern the real-world workbooks taught (those third-party files are never read here).
 */
import { checkWorkbook, type CheckResult, type WorkbookSnapshot } from '../../../src/engine';
import { sheet, workbook, type TestCell } from '../../support/sheet';

const errors = (r: CheckResult) => r.findings.filter((f) => f.severity === 'error').map((f) => f.cell);
const codes = (r: CheckResult) => r.findings.map((f) => `${f.code} ${f.cell}`);
const check = (wb: WorkbookSnapshot) => checkWorkbook(wb);

describe('hierarchy is established, not assumed', () => {
  // Tomsk budget appendix: each programme with its own source rows, ВСЕГО over the programmes only
  const programmes = (total: number) =>
    workbook(
      sheet('Прил', [
        ['Перечень муниципальных программ', null, 'тыс. рублей'],
        ['№ п/п', 'Наименование программы', 'Сумма', null],
        [null, null, 2023, 2024],
        [1, 2, 3, 4],
        [1, 'Муниципальная программа "Спорт"', 601775.2, 572251.5],
        [null, '  - за счет местного бюджета', 572251.5, 572251.5],
        [null, '  - за счет межбюджетных трансфертов', 29523.7, 0],
        [2, 'Муниципальная программа "Культура"', 28034.5, 28034.5],
        [null, '  - за счет местного бюджета', 28034.5, 28034.5],
        [3, 'Муниципальная программа "Дороги"', 1105848.8, 1048951.3],
        [null, '  - за счет местного бюджета', 1047581, 1048951.3],
        [null, '  - за счет межбюджетных трансфертов', 58267.8, 0],
        [null, 'ВСЕГО', total, 1649237.3],
      ]),
    );

  it('adds a grand total over the programmes, never the programmes and their own rows (not twice the total)', () => {
    const r = check(programmes(1735658.5));
    expect(codes(r)).toEqual([]);
    const rel = r.relationsOf(r.tables[0]).filter((x) => x.cell === 'C13');
    expect(rel).toMatchObject([{ cell: 'C13', parts: ['C5', 'C8', 'C10'], direction: 'column', status: 'exact' }]);
  });

  it('still reports a wrong grand total, at its cell', () => {
    expect(errors(check(programmes(1735659.5)))).toEqual(['C13']);
  });

  it('never adds a row of column numbers in as a part', () => {
    const r = check(programmes(1735658.5));
    expect(r.relationsOf(r.tables[0]).some((x) => x.parts.some((p) => /4(?!\d)/.test(p)))).toBe(false);
  });

  it('a parent equal to the rows under it in every column is their parent (numbering 1 over 1.1, 1.2)', () => {
    const r = check(
      workbook(
        sheet('МП', [
          ['№', 'Наименование', 'Итого 2022', 'Итого 2023'],
          ['1', 'МП "Образование"', 300, 330],
          ['1.1', 'Общее образование', 100, 110],
          ['1.2', 'Дошкольное образование', 200, 220],
          ['2', 'МП "Культура"', 50, 55],
          ['2.1', 'Библиотеки', 50, 55],
          [null, 'Всего расходов по муниципальным программам', 350, 390],
        ]),
      ),
    );
    expect(errors(r)).toEqual(['D7']);
    expect(r.relationsOf(r.tables[0]).find((x) => x.cell === 'D7')?.parts).toEqual(['D2', 'D5']);
  });
});

describe('formulas state their relation', () => {
  // Tomsk capital investments: a subprogramme row states 0 while its objects add to more; the
  // sibling year column's formula says which rows it adds
  const sheetWith = (subprogramme2021: number) =>
    workbook(
      sheet('Лист1', [
        ['Наименование', 'План 2021 ВСЕГО', 'План 2021 местный бюджет', 'Проект 2022 ВСЕГО', 'Проект 2022 местный бюджет'],
        ['Подпрограмма "Инфраструктура", в т.ч.:', { v: subprogramme2021, f: '=C2' }, subprogramme2021, { v: 26663.1, f: '=E2' }, { v: 26663.1, f: '=SUM(E3:E5)' }],
        ['Сети водоснабжения', { v: 3750, f: '=C3' }, 3750, { v: 18594.7, f: '=E3' }, 18594.7],
        ['Дренаж', { v: 0, f: '=C4' }, 0, { v: 1091.9, f: '=E4' }, 1091.9],
        ['Ливневая канализация', { v: 1672.2, f: '=C5' }, 1672.2, { v: 6976.5, f: '=E5' }, 6976.5],
      ]),
    );

  it('reports a parent smaller than the parts its formula names', () => {
    const r = check(sheetWith(0));
    expect(errors(r).sort()).toEqual(['B2', 'C2']);
    expect(r.relationsOf(r.tables[0]).find((x) => x.cell === 'C2')).toMatchObject({ parts: ['C3:C5'], basis: 'formula', status: 'mismatch' });
  });

  it('leaves a "в т.ч." parent larger than its listed parts silent: a partial list', () => {
    expect(errors(check(sheetWith(9000)))).toEqual([]);
  });
});

describe('columns: what a total column adds', () => {
  const block = (code: string, rows: [string, number, number, number, number][]): TestCell[][] => [
    [code, 'Project'],
    ['Source of Funds', 'Appr. to date', 2019, 2020, 'Total'],
    ...rows.map(([name, a, b, c, t]) => [name, a, String(b), String(c), t]),
    ['Total', ...[1, 2, 3, 4].map((k) => rows.reduce((s, r) => s + (typeof r[k] === 'number' ? (r[k] as number) : 0), 0))],
    [],
  ];

  it('learns the rule from every block under the same header, and catches the one block that breaks it', () => {
    const r = check(
      workbook(
        sheet('CIP', [
          ['Amounts in Thousands'],
          ...block('117-019', [['General Funds', 500, 100, 1000, 1600], ['Bonds', 0, 200, 300, 500]]),
          ...block('117-020', [['General Funds', 250, 0, 1000, 1250]]),
          ...block('117-021', [['Bonds', 700, 'Zero' as unknown as number, 100, 800]]),
          // Total stated as 4400 against 0 + 2200 + 2800 = 5000
          ...block('127-044', [['Bonds', 0, 2200, 2800, 4400]]),
        ]),
      ),
    );
    expect(errors(r)).toEqual(['E20', 'E21']);
    expect(r.findings.filter((f) => f.code === 'table-mismatch')).toEqual([]);
    expect(r.findings.filter((f) => f.code === 'unparsable-number')).toEqual([]);
  });

  it('a passport matrix: each total column adds the same measure of every source (потребность, утверждено)', () => {
    const r = check(
      workbook(
        sheet(
          'Лист1',
          [
            ['Объемы финансирования (тыс. руб.)', 'Всего по источникам', null, 'местный бюджет', null, 'областной бюджет', null],
            ['Годы:', 'потребность', 'утверждено', 'потребность', 'утверждено', 'потребность', 'утверждено'],
            [2021, 300, 250, 100, 90, 200, 160],
            [2022, 500, 400, 200, 150, 300, 250],
            [2023, 700, 500, 300, 200, 400, 300],
            ['Итого', 1500, 1150, 600, 440, 900, 710],
          ],
          { merges: ['B1:C1', 'D1:E1', 'F1:G1'] },
        ),
      ),
    );
    expect(codes(r)).toEqual([]);
    const rel = r.relationsOf(r.tables[0]);
    expect(rel.find((x) => x.cell === 'C4')).toMatchObject({ parts: ['E4', 'G4'], direction: 'row', status: 'exact' });
    expect(r.tables[0].years).toEqual([2021, 2022, 2023]);
  });
});

describe('rounding of rounded figures', () => {
  it('forecasts all rounded to 100 000: a subtotal off by one rounding step is a rounding note, a typed actual is exact', () => {
    const r = check(
      workbook(
        sheet('AllFunds', [
          ['Expenditure Categories', 'FY2013-14 Proposed', 'FY2014-15 Proposed', 'FY 2015-16 Forecast', 'FY 2016-17 Forecast'],
          ['Civilian salaries', 170226896, 170379243, 171400000, 173100000],
          ['Civilian fringe', 56451146, 59398702, 62700000, 66400000],
          ['Civilian retirement', 41076011, 43525191, 46900000, 50600000],
          ['Personnel - civilian', 267754053, 273303136, 280900000, 290200000],
          [],
          ['Services and supplies', 70825352, 70116230, 68700000, 68700000],
          ['Contract services', 98349106, 99317103, 99200000, 99200000],
          ['Operations and maintenance', 169174458, 169433333, 167900000, 167900000],
          [],
          ['Grand Total', 436928511, 442736469, 448800000, 458100000],
        ]),
      ),
    );
    expect(errors(r)).toEqual([]);
    expect(codes(r)).toEqual(['rounding-difference D5', 'rounding-difference E5']);
    expect(r.tables[0].years).toEqual([2014, 2015, 2016, 2017]);
  });

  it('a grand total over established subtotals is checked even where it fails in every column', () => {
    const r = check(
      workbook(
        sheet('AllFunds', [
          ['Expenditure Categories', 'FY2013-14 Proposed', 'FY2014-15 Proposed'],
          ['Civilian salaries', 100, 110],
          ['Civilian fringe', 50, 60],
          ['Personnel', 150, 170],
          [],
          ['Services', 30, 35],
          ['Contracts', 20, 25],
          ['Operations', 50, 60],
          [],
          ['Grand Total', 75, 80],
        ]),
      ),
    );
    expect(errors(r)).toEqual(['B10', 'C10']);
  });
});

describe('tables that touch, and tables of indicators', () => {
  it('an indicator table right above a funding matrix is not added up, the matrix is', () => {
    const r = check(
      workbook(
        sheet('Паспорт', [
          ['Показатели цели, единицы измерения', '2021 год', '2022 год'],
          ['Доля освещенных улиц, %', 72.4, 80.4],
          ['Протяженность сетей, км', 645.8, 650.95],
          ['Всего, %', 718.2, 731.35],
          ['Объемы финансирования, тыс. руб.', 'Всего', 'местный бюджет', 'областной бюджет'],
          ['2021 год', 300, 100, 200],
          ['2022 год', 330, 110, 220],
          ['Итого', 630, 210, 420],
        ]),
      ),
    );
    expect(r.tables.map((t) => t.kind)).toEqual(['indicators', 'funding']);
    expect(codes(r)).toEqual([]);
    const wrong = check(
      workbook(
        sheet('Паспорт', [
          ['Объемы финансирования, тыс. руб.', 'Всего', 'местный бюджет', 'областной бюджет'],
          ['2021 год', 300, 100, 200],
          ['2022 год', 330, 110, 210],
          ['Итого', 630, 210, 410],
        ]),
      ),
    );
    expect(errors(wrong)).toEqual(['B3', 'B4']);
  });

  it('a single-year table whose columns are measures, with a Total row', () => {
    const r = check(
      workbook(
        sheet('Summary', [
          ['Category', 'FY2004 Actual', 'FY2006 Budgeted'],
          ['Personal Services', 1278325581, 1350000000],
          ['Purchase of Services', 825000000, 850000000],
          ['Materials, Supplies & Equip.', 95000000, 99000000],
          ['Total', 2198325581, 2290000000],
        ]),
      ),
    );
    expect(r.tables.map((t) => [t.kind, t.years])).toEqual([['funding', [2004, 2006]]]);
    expect(errors(r)).toEqual(['C5']);
  });
});
