import { checkWorkbook, rangeToA1 } from '../../src/engine';
import { excelContext, PASSPORT_VALUES, type MockSheet } from '../support/excelMocks';
import { isPayloadTooLarge, OfficeProblem, parseAreas, readWorkbookSnapshot } from '../../src/office';

const passport: MockSheet = {
  name: 'Паспорт',
  used: {
    rowIndex: 1,
    columnIndex: 0,
    values: PASSPORT_VALUES,
    formulas: [
      ['Источники', '2024 год', '2025 год', 'Всего'],
      ['областной бюджет', 60, 60, '=SUM(B3:C3)'],
      ['местный бюджет', 60, 70, 135],
      ['ВСЕГО:', '=SUM(B3:B4)', 130, 255],
    ],
  },
};

describe('readWorkbookSnapshot', () => {
  it('reads a three-sheet workbook in two syncs, values, formulas, formats and merges included', async () => {
    const { context, syncs } = excelContext([
      passport,
      { name: 'Пусто', used: null },
      {
        name: 'Приложение 2',
        used: {
          rowIndex: 2,
          columnIndex: 1,
          values: [
            ['Наименование', 'Год', ''],
            ['', 2024, '#REF!'],
          ],
          valueTypes: [
            ['String', 'Double', 'Empty'],
            ['Empty', 'Double', 'Error'],
          ],
          numberFormat: [
            ['General', 'General', 'General'],
            ['General', '#,##0.0', 'General'],
          ],
        },
        merged: "'Приложение 2'!B3:B4,'Приложение 2'!C3:D3",
        protected: true,
      },
    ]);
    const snapshot = await readWorkbookSnapshot(context);
    expect(syncs()).toBe(2);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Паспорт', 'Пусто', 'Приложение 2']);
    const p = snapshot.sheets[0];
    expect(p.origin).toEqual({ row: 1, col: 0 });
    expect(p.values[1]).toEqual(['областной бюджет', 60, 60, 120]);
    expect(p.formulas?.[1]).toEqual([null, null, null, '=SUM(B3:C3)']);
    expect(snapshot.sheets[1]).toEqual({ name: 'Пусто', values: [], merges: [], protected: false });
    const a = snapshot.sheets[2];
    expect(a.values).toEqual([
      ['Наименование', 'Год', null],
      [null, 2024, { error: '#REF!' }],
    ]);
    expect(a.numberFormats?.[1]).toEqual([null, '#,##0.0', null]);
    expect(a.merges?.map(rangeToA1)).toEqual(['B3:B4', 'C3:D3']);
    expect(a.protected).toBe(true);
  });

  it('gives the engine what it needs: the passport is found and checked where it sits', async () => {
    const { context } = excelContext([passport]);
    const result = checkWorkbook(await readWorkbookSnapshot(context));
    expect(result.tables.map((t) => rangeToA1(t.range))).toEqual(['A2:D5']);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ['D4', '130', '135'],
      ['D5', '250', '255'],
    ]);
  });

  it('reads only the sheets asked for', async () => {
    const { context } = excelContext([passport, { name: 'Другой', used: null }]);
    const snapshot = await readWorkbookSnapshot(context, { sheets: ['Другой'] });
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Другой']);
  });

  it('does without merged areas where ExcelApi 1.13 is missing', async () => {
    const { context } = excelContext([{ ...passport, merged: 'Паспорт!A2:A3' }]);
    const snapshot = await readWorkbookSnapshot(context, { isSetSupported: (_n, v) => v !== '1.13' });
    expect(snapshot.sheets[0].merges).toEqual([]);
  });

  it('turns cell-edit mode into a clear problem, not a raw Office error', async () => {
    const { context } = excelContext([passport], { code: 'InvalidOperationInCellEditMode' });
    await expect(readWorkbookSnapshot(context)).rejects.toMatchObject({ code: 'cell-edit-mode' });
    await expect(readWorkbookSnapshot(excelContext([passport], { code: 'InvalidOperationInCellEditMode' }).context)).rejects.toBeInstanceOf(OfficeProblem);
  });
});

describe('a workbook too large for one request', () => {
  it('is read again in row chunks, several rows per sync, into the same snapshot', async () => {
    const rows = Array.from({ length: 10 }, (_, r) => [r + 1, (r + 1) * 10]);
    const { context, syncs } = excelContext([{ name: 'Big', used: { rowIndex: 0, columnIndex: 0, values: rows } }], { code: 'ResponsePayloadSizeLimitExceeded' });
    const snapshot = await readWorkbookSnapshot(context, { chunkCells: 8 });
    expect(snapshot.sheets[0].values).toEqual(rows);
    // names, the refused read, the sizes, then 10 rows of 2 cells at 8 cells a request: 3 chunk syncs
    expect(syncs()).toBe(6);
  });
});

describe('isPayloadTooLarge', () => {
  it.each(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit', 'OperationCellsExceedLimit'])('%s means: read in chunks', (code) => {
    expect(isPayloadTooLarge({ code })).toBe(true);
  });
  it('other errors do not', () => {
    expect(isPayloadTooLarge({ code: 'InvalidOperationInCellEditMode' })).toBe(false);
    expect(isPayloadTooLarge(new Error('x'))).toBe(false);
  });
});

describe('parseAreas', () => {
  it('reads merged areas with quoted sheet names', () => {
    expect(parseAreas("'Лист 1'!A1:B2, 'Лист 1'!C3").map(rangeToA1)).toEqual(['A1:B2', 'C3']);
    expect(parseAreas('')).toEqual([]);
  });
});
