import { join } from 'node:path';
import { readXlsx } from '../../../src/cli/readXlsx';
import { detectTables, planFill, readIndicatorTables, rangeToA1 } from '../../../src/engine';
import { expectedWorkbooks, FIXTURES } from '../../support/fixtures';
import { sheet, workbook } from '../../support/sheet';

describe('readIndicatorTables on the acceptance workbooks', () => {
  const expected = expectedWorkbooks();
  for (const name of ['kozhevnikovo-programme.xlsx', 'stupino-programme.xlsx']) {
    it(`${name}: the indicator tables of expected.json, read into rows`, async () => {
      const { snapshot } = await readXlsx(join(FIXTURES, name));
      const tables = readIndicatorTables(detectTables(snapshot));
      expect(tables.map((t) => ({ sheet: t.sheet, range: rangeToA1(t.range), years: t.years }))).toEqual(expected[name].indicatorTables);
    });
  }

  it('Stupino: indicators without a number (continuation rows under one activity) keep their place, with the number they stand under', async () => {
    const { snapshot } = await readXlsx(join(FIXTURES, 'stupino-programme.xlsx'));
    const [t] = readIndicatorTables(detectTables(snapshot));
    expect(t.rows.map((r) => [r.row + 1, r.code, r.underCode])).toEqual([
      [6, '1.1.', null],
      [7, '1.2.', null],
      [8, null, '1.2.'],
      [9, null, '1.2.'],
      [10, '1.3.', null],
      [11, '2.1.', null],
      [12, null, '2.1.'],
      [13, null, '2.1.'],
      [14, '2.3.', null],
      [15, null, '2.3.'],
      [16, null, '2.3.'],
      [17, '2.7.', null],
    ]);
    // the indicator's name is column C (column B names the activity), the base value column F
    expect(t.rows[2]).toMatchObject({ name: 'Доля заявителей МФЦ, ожидающих в очереди более 11,5 минут', unit: '%', base: { kind: 'text', text: '-', cell: 'F8' } });
    expect(t.rows[1].values.map((v) => (v.kind === 'number' ? v.value : v.kind))).toEqual(['11.5', '11', '11', '11', '11']);
    expect(t.rows[11].base).toEqual({ kind: 'number', value: '13.8', cell: 'F17' });
  });

  it('Stupino: a report naming an indicator by its activity number and its own name finds the continuation row', async () => {
    const { snapshot } = await readXlsx(join(FIXTURES, 'stupino-programme.xlsx'));
    const report = sheet('Отчет', [
      ['Отчет о достижении показателей за 2023 год'],
      ['№ п/п', 'Наименование показателя', 'Единица измерения', 'Базовое значение', 'План', 'Факт'],
      ['1.2', 'Доля заявителей МФЦ, ожидающих в очереди более 11,5 минут', '%'],
      ['1.2', 'Среднее время ожидания в очереди', 'минута'],
      ['2.3', 'Доля граждан, зарегистрированных в ЕСИА', '%'],
      [null, 'Количество компьютеров на 100 обучающихся', 'ед.'],
    ]);
    const result = planFill({ sheets: [...snapshot.sheets, report] }, { template: 'Отчет', source: 'Приложение 2' });
    expect(result.matches.map((m) => [m.target.cell, m.indicator.cell, m.method])).toEqual([
      ['B3', 'C8', 'code-and-name'],
      ['B4', 'C7', 'code-and-name'],
      ['B5', 'C15', 'code-and-name'],
      ['B6', 'C17', 'name'],
    ]);
    const cells = Object.fromEntries(result.plan.edits[0].cells.map((c) => [c.cell, c.content]));
    expect(cells).toEqual({
      D3: { kind: 'text', text: '-' },
      E3: { kind: 'number', value: '0' },
      D4: { kind: 'number', value: '2.38' },
      E4: { kind: 'number', value: '11' },
      D5: { kind: 'number', value: '70' },
      E5: { kind: 'number', value: '80' },
      D6: { kind: 'number', value: '13.8' },
      E6: { kind: 'number', value: '13.8' },
    });
    // units: «ед.» is «единиц»
    expect(result.matches[3].unitDiffers).toBe(false);
  });
});

describe('readIndicatorTables: plan and fact by year', () => {
  it('reads plan and fact column groups under each year, and fills both', () => {
    const src = sheet(
      'Показатели',
      [
        ['№', 'Наименование показателя', 'Ед. изм.', 2023, 2023, 2024, 2024],
        ['№', 'Наименование показателя', 'Ед. изм.', 'план', 'факт', 'план', 'факт'],
        ['1', 'Число посещений библиотек', 'тыс. чел.', 120, 118.4, 130, 131],
        ['2', 'Доля детей, занимающихся спортом', '%', 45, 46, 48, 47.5],
      ],
      { merges: ['D1:E1', 'F1:G1', 'A1:A2', 'B1:B2', 'C1:C2'] },
    );
    const [t] = readIndicatorTables(detectTables(workbook(src)));
    expect(t.columns.map((c) => [c.year, c.kind])).toEqual([
      [2023, 'plan'],
      [2023, 'fact'],
      [2024, 'plan'],
      [2024, 'fact'],
    ]);
    const report = sheet('Отчет', [
      ['Отчет за 2024 год'],
      ['№', 'Показатель', 'Ед. изм.', 'План', 'Факт', 'Отклонение', '% исполнения'],
      [null, 'Доля детей, занимающихся физической культурой и спортом', '%'],
    ]);
    const result = planFill(workbook(src, report), { template: 'Отчет' });
    expect(Object.fromEntries(result.plan.edits[0].cells.map((c) => [c.cell, c.content]))).toEqual({
      D3: { kind: 'number', value: '48' },
      E3: { kind: 'number', value: '47.5' },
      F3: { kind: 'formula', formula: '=E3-D3' },
      G3: { kind: 'formula', formula: '=E3/D3*100' },
    });
  });
});
