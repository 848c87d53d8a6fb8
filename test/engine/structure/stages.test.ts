import { SheetGrid, type SheetSnapshot } from '../../../src/engine';
import { rangeToA1 } from '../../../src/engine/address';
import { scanSheet } from '../../../src/engine/detect/scanSheet';
import { SheetFigures } from '../../../src/engine/numbers';
import { findRegions } from '../../../src/engine/structure/findRegions';
import { readColumns } from '../../../src/engine/structure/readColumns';
import { readRows } from '../../../src/engine/structure/readRows';
import { sumFormulaRefs } from '../../../src/engine/structure/sumFormulaRefs';
import { headerYear } from '../../../src/engine/vocabulary/headerYear';
import { sheet } from '../../support/sheet';

function regionsOf(s: SheetSnapshot) {
  const grid = new SheetGrid(s);
  const scan = scanSheet(grid);
  const figures = new SheetFigures(grid, scan.cyrillic);
  return { grid, regions: findRegions(grid, figures, scan) };
}

describe('findRegions: blocks of figures from the sheet structure', () => {
  it('cuts an indicator table from the funding matrix under it at the matrix header', () => {
    const { regions } = regionsOf(
      sheet('Паспорт', [
        ['Показатели', 2021, 2022],
        ['Доля дорог, %', 45.5, 47],
        ['Число ДТП, ед.', 12, 10],
        ['Объемы финансирования, тыс. руб.', 'Годы', 'Всего', 'местный бюджет', 'областной бюджет'],
        [null, 2021, 300, 100, 200],
        [null, 2022, 330, 110, 220],
        [null, 'Итого', 630, 210, 420],
      ]),
    );
    expect(regions.map((r) => rangeToA1(r.range))).toEqual(['A1:C3', 'A4:E7']);
    // the years down the rows are labels, not figures
    expect(regions[1].cols).toEqual([2, 3, 4]);
    expect(regions[1].labelCols).toEqual([1]);
  });

  it('keeps a table together across blank lines and headings, and leaves a row of column numbers in the header', () => {
    const { regions } = regionsOf(
      sheet('Прил', [
        ['№', 'Наименование', '2023', '2024'],
        [1, 2, 3, 4],
        [null, 'Задача 1'],
        ['1', 'Мероприятие А', 10, 20],
        [],
        ['2', 'Мероприятие Б', 5, 5],
        [null, 'ВСЕГО', 15, 25],
      ]),
    );
    expect(regions).toHaveLength(1);
    expect(rangeToA1(regions[0].range)).toBe('A1:D7');
    expect(regions[0].rows).toEqual([3, 5, 6]);
    // numbering left of the names is a label column
    expect(regions[0].cols).toEqual([2, 3]);
  });

  it('finds each of many small tables under the same header as a block of its own', () => {
    const block = (name: string, a: number, b: number) => [
      [name],
      ['Source of Funds', 'Appr. to date', 2019, 2020, 'Total'],
      ['General Funds', 0, a, b, a + b],
      ['Total', 0, a, b, a + b],
      [],
    ];
    const { regions } = regionsOf(sheet('CIP', [...block('117-019 Switches', 100, 200), ...block('117-020 Desktops', 50, 50)]));
    expect(regions.map((r) => rangeToA1(r.range))).toEqual(['A2:E4', 'A7:E9']);
  });
});

describe('readColumns and readRows: the header and row models', () => {
  it('reads years anywhere in a header, groups and leaves of a two-level header, and what labels say', () => {
    const s = sheet(
      'МП',
      [
        ['№', 'Наименование', 'Уточненный план на 2021 год по состоянию на 01.07.2021', null, 'FY 2013-14 Proposed'],
        [null, null, 'Итого', 'местный бюджет', 'Итого'],
        ['1', 'МП "Развитие образования", в т.ч.:', 30, 10, 5],
        [null, '- за счет местного бюджета', 10, 10, 5],
        ['1.1', 'Подпрограмма', 20, 0, 0],
      ],
      { merges: ['C1:D1'] },
    );
    const { grid, regions } = regionsOf(s);
    const cols = readColumns(grid, regions[0]);
    expect(cols.map((c) => [c.group, c.leaf, c.year, c.total])).toEqual([
      ['Уточненный план на 2021 год по состоянию на 01.07.2021', 'Итого', 2021, true],
      ['Уточненный план на 2021 год по состоянию на 01.07.2021', 'местный бюджет', 2021, false],
      ['FY 2013-14 Proposed', 'Итого', 2014, true],
    ]);
    const rows = readRows(grid, regions[0]);
    expect(rows.map((r) => [r.code, r.listsParts, r.partLike, r.source])).toEqual([
      [[1], true, false, undefined],
      [undefined, false, true, 'local'],
      [[1, 1], false, false, undefined],
    ]);
  });

  it('headerYear: one convention for fiscal years, none for a span', () => {
    expect(headerYear('FY 2013-14 Proposed')).toBe(2014);
    expect(headerYear('FY2004 Actual')).toBe(2004);
    expect(headerYear('План 2023')).toBe(2023);
    expect(headerYear('на 2021 год по состоянию на 01.07.2021')).toBe(2021);
    expect(headerYear('2015 - 2025 годы')).toBeUndefined();
    expect(headerYear('Всего')).toBeUndefined();
  });
});

describe('sumFormulaRefs', () => {
  it('reads the cells of a sum, and nothing of any other formula', () => {
    expect(sumFormulaRefs('=SUM(D8:D10,D12)')?.map((a) => [a.row, a.col])).toEqual([
      [7, 3],
      [8, 3],
      [9, 3],
      [11, 3],
    ]);
    expect(sumFormulaRefs('=D7+D10+$D$13')?.map((a) => a.row)).toEqual([6, 9, 12]);
    expect(sumFormulaRefs('=1213782.3+802653.9')).toBeUndefined();
    expect(sumFormulaRefs('=D7-D10')).toBeUndefined();
    expect(sumFormulaRefs("='Лист 2'!D7+D8")).toBeUndefined();
  });
});
