import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadXlsx, OpenCancelled, type OpenProgress } from '../../src/standalone/loadXlsx';
import { MemoryHost } from '../../src/standalone/MemoryHost';
import { countSheetParts } from '../../src/standalone/sheetParts';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'programme-sample.xlsx');

describe('opening an .xlsx with progress', () => {
  it('tells how far it is: unpacking, each sheet of all, then building; the workbook is whole', async () => {
    const seen: OpenProgress[] = [];
    const workbook = new ExcelJS.Workbook();
    await loadXlsx(workbook, readFileSync(SAMPLE), (p) => seen.push(p));
    expect(seen).toEqual([
      { stage: 'unzipping' },
      { stage: 'sheet', done: 0, total: 4 },
      { stage: 'sheet', done: 1, total: 4 },
      { stage: 'sheet', done: 2, total: 4 },
      { stage: 'sheet', done: 3, total: 4 },
      { stage: 'building' },
    ]);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Паспорт', 'Приложение 1', 'Приложение 2', 'Отчет 2024']);
    // the reader is ExcelJS's own again
    expect(Object.prototype.hasOwnProperty.call(workbook.xlsx, '_processWorksheetEntry')).toBe(false);
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(readFileSync(SAMPLE) as unknown as ArrayBuffer);
    expect(JSON.stringify(workbook.model.worksheets)).toBe(JSON.stringify(plain.model.worksheets));
  });

  it('stops between sheets when cancelled', async () => {
    const stop = new AbortController();
    const seen: OpenProgress[] = [];
    const opening = MemoryHost.fromXlsx(readFileSync(SAMPLE), 'en-US', (p) => {
      seen.push(p);
      if (p.stage === 'sheet' && p.done === 1) stop.abort();
    }, stop.signal);
    await expect(opening).rejects.toBeInstanceOf(OpenCancelled);
    expect(seen.some((p) => p.stage === 'building')).toBe(false);
  });

  it('says a file that is not a workbook is not one', async () => {
    await expect(MemoryHost.fromXlsx(Buffer.from('not a zip'), 'en-US', () => undefined)).rejects.toMatchObject({ code: 'not-a-workbook' });
  });
});

describe('counting the sheets of a package', () => {
  it('reads the zip’s list of files: the sample’s 4 sheets, a 102-sheet workbook’s 102, nothing in what is not a zip', async () => {
    expect(countSheetParts(readFileSync(SAMPLE))).toBe(4);
    const wb = new ExcelJS.Workbook();
    for (let i = 1; i <= 102; i++) wb.addWorksheet(`Лист ${i}`).getCell('A1').value = i;
    expect(countSheetParts(new Uint8Array(await wb.xlsx.writeBuffer()))).toBe(102);
    expect(countSheetParts(Buffer.from('not a zip at all, but long enough to look for an end record'))).toBe(0);
  });
});
