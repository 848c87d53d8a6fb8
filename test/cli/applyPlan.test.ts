import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { applyContentPlan, isSameFile } from '../../src/cli/applyPlan';
import type { ContentPlan } from '../../src/engine';

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer);
  return back;
}

describe('applyContentPlan', () => {
  it('adds sheets with formulas, text that only looks like a formula, styles, merges and frozen header', async () => {
    const wb = new ExcelJS.Workbook();
    const data = wb.addWorksheet('Приложение 2');
    data.getCell('B2').value = 10;
    data.getCell('B3').value = 5;
    const plan: ContentPlan = {
      kind: 'content',
      title: 'test',
      newSheets: [
        {
          name: 'Свод',
          cells: [
            { cell: 'A1', content: { kind: 'text', text: '=not a formula' } },
            { cell: 'B1', content: { kind: 'formula', formula: "=SUM('Приложение 2'!B2,'Приложение 2'!B3)" }, style: { numberFormat: '#,##0.0', bold: true, border: true } },
            { cell: 'C1', content: { kind: 'number', value: '4084.477' }, style: { fill: '#FFF2CC', indent: 1 } },
          ],
          merges: ['A3:C3'],
          columnWidths: [{ col: 0, width: 40 }],
          freeze: { rows: 1, columns: 1 },
        },
      ],
      edits: [{ sheet: 'Приложение 2', cells: [{ cell: 'B4', content: { kind: 'formula', formula: '=B2-B3' } }] }],
    };
    applyContentPlan(wb, plan);
    const back = await roundTrip(wb);
    const ws = back.getWorksheet('Свод')!;
    expect(ws.getCell('A1').value).toBe('=not a formula');
    expect(ws.getCell('A1').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B1').formula).toBe("SUM('Приложение 2'!B2,'Приложение 2'!B3)");
    expect(ws.getCell('B1').numFmt).toBe('#,##0.0');
    expect(ws.getCell('B1').font.bold).toBe(true);
    expect(ws.getCell('B1').border.top?.style).toBe('thin');
    expect(ws.getCell('C1').value).toBe(4084.477);
    expect((ws.getCell('C1').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
    expect(ws.getCell('C1').alignment.indent).toBe(1);
    expect(ws.getCell('C3').isMerged).toBe(true);
    expect(ws.getColumn(1).width).toBe(40);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(back.getWorksheet('Приложение 2')!.getCell('B4').formula).toBe('B2-B3');
    expect(back.worksheets.map((s) => s.name)).toEqual(['Приложение 2', 'Свод']);
  });

  it('changes the style of the edited cell only, not of cells that share its style in the file', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    for (const cell of ['B2', 'B3', 'B4']) {
      ws.getCell(cell).value = 1;
      ws.getCell(cell).numFmt = '#,##0.00';
    }
    const read = await roundTrip(wb); // loaded from a file: the three cells share one style object
    applyContentPlan(read, { kind: 'content', title: 'test', newSheets: [], edits: [{ sheet: 'Data', cells: [{ cell: 'B3', style: { numberFormat: '0.0', fill: '#FFFF00', bold: true } }] }] });
    const back = await roundTrip(read);
    const data = back.getWorksheet('Data')!;
    expect(data.getCell('B3').numFmt).toBe('0.0');
    expect(data.getCell('B3').font?.bold).toBe(true);
    for (const cell of ['B2', 'B4']) {
      expect(data.getCell(cell).numFmt).toBe('#,##0.00');
      expect(data.getCell(cell).font?.bold).toBeFalsy();
      expect((data.getCell(cell).fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    }
  });

  it('refuses a plan made for another workbook', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A');
    expect(() => applyContentPlan(wb, { kind: 'content', title: 't', newSheets: [], edits: [{ sheet: 'B', cells: [] }] })).toThrow(/'B'/);
    expect(() => applyContentPlan(wb, { kind: 'content', title: 't', newSheets: [{ name: 'a', cells: [] }], edits: [] })).toThrow(/already has/);
  });
});

describe('isSameFile', () => {
  it('sees one file through different spellings of its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-'));
    const file = join(dir, 'in.xlsx');
    writeFileSync(file, 'x');
    expect(await isSameFile(file, join(dir, '.', 'in.xlsx'))).toBe(true);
    expect(await isSameFile(file, join(dir, 'out.xlsx'))).toBe(false);
  });
});
