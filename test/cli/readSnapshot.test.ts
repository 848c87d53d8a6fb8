import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { WorkbookSnapshot } from '../../src/engine';
import { readSnapshot } from '../../src/cli/readSnapshot';
import { readXlsx, UnreadableFileError } from '../../src/cli/readXlsx';
import { FIXTURES } from '../support/fixtures';

// `check` reads workbooks with readSnapshot (ExcelJS's parsers, no ExcelJS workbook); the
// commands that write use readXlsx (ExcelJS's workbook). The engine must see the same
// snapshot either way: these tests compare the two on every kind of cell content.

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-check-read-snapshot-'));
});
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The snapshot as plain data (sparse arrays' holes and explicit undefined are the same to the engine). */
const plain = (s: WorkbookSnapshot): unknown => JSON.parse(JSON.stringify(s));

async function bothReaders(p: string): Promise<{ fast: WorkbookSnapshot; full: WorkbookSnapshot }> {
  return { fast: await readSnapshot(p), full: (await readXlsx(p)).snapshot };
}

describe('readSnapshot gives the snapshot ExcelJS’s workbook gives', () => {
  const workbooks = [
    ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(FIXTURES, f)),
    ...['programme-sample.xlsx', 'indicator-report-sample.xlsx'].map((f) => path.join(__dirname, '..', '..', 'samples', f)),
  ];
  it.each(workbooks.map((w) => [path.basename(w), w]))('%s', async (_name, p) => {
    const { fast, full } = await bothReaders(p);
    expect(fast.sheets.length).toBeGreaterThan(0);
    expect(plain(fast)).toEqual(plain(full));
  });

  it('on every kind of cell ExcelJS writes: numbers, text, rich text, booleans, errors, dates, formulas, hyperlinks, merges, formats, protection', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Все виды');
    ws.getCell('B2').value = 'Источники';
    ws.getCell('C2').value = 2024;
    ws.getCell('D2').value = { richText: [{ text: 'Всего, ' }, { font: { bold: true }, text: 'тыс. руб.' }] };
    ws.getCell('B3').value = 'федеральный бюджет';
    ws.getCell('C3').value = 1234.5;
    ws.getCell('C3').numFmt = '#,##0.0';
    ws.getCell('D3').value = { formula: 'C3*2', result: 2469 };
    ws.getCell('E3').value = { formula: 'C3/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
    ws.getCell('F3').value = { formula: 'IF(C3>0,"да","нет")', result: 'да' };
    ws.getCell('G3').value = { formula: 'C3>0', result: true };
    ws.getCell('H3').value = { formula: 'C3+1' }; // no cached result: no value, the formula kept (the check says it is not calculated)
    ws.getCell('B4').value = true;
    ws.getCell('C4').value = { error: '#REF!' } as ExcelJS.CellValue;
    ws.getCell('D4').value = '345 128,0';
    ws.getCell('E4').value = new Date(Date.UTC(2024, 0, 15));
    ws.getCell('E4').numFmt = 'dd.mm.yyyy';
    ws.getCell('F4').value = { text: 'ссылка', hyperlink: 'https://example.org' };
    ws.getCell('G4').value = -0.001;
    ws.getCell('H4').value = 1e15;
    ws.mergeCells('B6:D7');
    ws.getCell('B6').value = 'Объединённая шапка';
    ws.getCell('C10').value = 'далеко внизу';
    const hidden = wb.addWorksheet('Скрытый', { state: 'hidden' });
    hidden.getCell('A1').value = 5;
    const locked = wb.addWorksheet('Защищённый');
    locked.getCell('A1').value = 'x';
    await locked.protect('', {});
    wb.addWorksheet('Пустой');
    await wb.xlsx.writeFile(file('kinds.xlsx'));

    const { fast, full } = await bothReaders(file('kinds.xlsx'));
    expect(plain(fast)).toEqual(plain(full));
    const s = fast.sheets[0];
    expect(fast.sheets.map((x) => [x.name, x.protected])).toEqual([
      ['Все виды', false],
      ['Скрытый', false],
      ['Защищённый', true],
      ['Пустой', false],
    ]);
    expect(s.origin).toEqual({ row: 1, col: 0 });
    expect(s.values[0].slice(1)).toEqual(['Источники', 2024, 'Всего, тыс. руб.']);
    expect(s.values[1].slice(1)).toEqual(['федеральный бюджет', 1234.5, 2469, { error: '#DIV/0!' }, 'да', true, null]);
    expect(s.formulas?.[1]?.[3]).toBe('=C3*2');
    expect(s.formulas?.[1]?.[7]).toBe('=C3+1');
    expect(s.numberFormats?.[1]?.[2]).toBe('#,##0.0');
    expect(s.values[2].slice(1, 4)).toEqual([true, { error: '#REF!' }, '345 128,0']);
    expect(s.values[2][4]).toBe(45306); // 15.01.2024 as Excel's serial day
    expect(s.merges).toEqual([{ top: 5, left: 1, bottom: 6, right: 3 }]);
    expect(fast.sheets[3].values).toEqual([]);
  });
});

/** Writes an .xlsx whose first sheet's XML is `sheetXml` (a workbook ExcelJS would not write). */
async function withSheetXml(name: string, sheetData: string, extra = ''): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Лист1').getCell('A1').value = 'placeholder';
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheetData>${sheetData}</sheetData>${extra}</worksheet>`;
  zip.file('xl/worksheets/sheet1.xml', xml);
  fs.writeFileSync(file(name), await zip.generateAsync({ type: 'nodebuffer' }));
  return file(name);
}

describe('readSnapshot on what other programs write', () => {
  it('moves a shared formula to each cell of its group, as ExcelJS does', async () => {
    const p = await withSheetXml(
      'shared.xlsx',
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">A1+B1</f><v>3</v></c></row>' +
        '<row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>5</v></c><c r="C2"><f t="shared" si="0"/><v>9</v></c></row>' +
        '<row r="3"><c r="A3"><v>6</v></c><c r="B3"><v>7</v></c><c r="C3"><f t="shared" si="0"/><v>13</v></c></row>',
    );
    const { fast, full } = await bothReaders(p);
    expect(plain(fast)).toEqual(plain(full));
    expect(fast.sheets[0].formulas?.map((r) => r?.[2])).toEqual(['=A1+B1', '=A2+B2', '=A3+B3']);
    expect(fast.sheets[0].values.map((r) => r[2])).toEqual([3, 9, 13]);
  });

  it('reads inline strings and rich inline strings', async () => {
    const p = await withSheetXml(
      'inline.xlsx',
      '<row r="2"><c r="B2" t="inlineStr"><is><t>Всего</t></is></c><c r="C2" t="inlineStr"><is><r><t>в том </t></r><r><t>числе</t></r></is></c><c r="D2"><v>10.5</v></c></row>',
    );
    const { fast, full } = await bothReaders(p);
    expect(plain(fast)).toEqual(plain(full));
    expect(fast.sheets[0].values).toEqual([[null, 'Всего', 'в том числе', 10.5]]);
  });

  it('empties the covered cells of a merge even when the file keeps values there', async () => {
    const p = await withSheetXml(
      'merged-values.xlsx',
      '<row r="1"><c r="A1" t="inlineStr"><is><t>шапка</t></is></c><c r="B1"><v>7</v></c><c r="C1"><v>8</v></c></row>' +
        '<row r="2"><c r="A2"><v>9</v></c><c r="B2"><v>10</v></c></row>',
      '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>',
    );
    const { fast, full } = await bothReaders(p);
    expect(plain(fast)).toEqual(plain(full));
    expect(fast.sheets[0].values).toEqual([['шапка', null, 8]]);
  });

  it('places cells and rows that leave out their address in order', async () => {
    const p = await withSheetXml('no-addresses.xlsx', '<row><c><v>1</v></c><c><v>2</v></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row>');
    expect((await readSnapshot(p)).sheets[0].values).toEqual([[1, 2], ['x']]);
  });

  it('refuses what is not a workbook as readXlsx does', async () => {
    fs.writeFileSync(file('not.xlsx'), 'plain text');
    await expect(readSnapshot(file('not.xlsx'))).rejects.toMatchObject({ code: 'not-xlsx' });
    await expect(readSnapshot(file('missing.xlsx'))).rejects.toMatchObject({ code: 'file-not-found' });
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/workbook.xml', '<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"</sheets></workbook>');
    fs.writeFileSync(file('broken.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const err = await readSnapshot(file('broken.xlsx')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnreadableFileError);
    expect((err as UnreadableFileError).code).toBe('not-xlsx');
  });
});
