import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyContentPlan } from '../../src/cli/applyPlan';
import { readXlsx } from '../../src/cli/readXlsx';
import { planRollups } from '../../src/engine';
import { FormulaCalculator, type Calculated } from '../../src/standalone/FormulaCalculator';
import { FIXTURES } from '../support/fixtures';
import { approx, recalculate } from '../support/recalc';

const ROOT = join(__dirname, '..', '..');

/** A workbook of one sheet from rows, with formulas as `{ formula }`. */
function book(rows: ExcelJS.CellValue[][], name = 'Лист1'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  rows.forEach((row) => ws.addRow(row));
  return wb;
}

const calc = (wb: ExcelJS.Workbook, sheet: string, cell: string): Calculated | undefined => new FormulaCalculator(wb).result(sheet, wb.getWorksheet(sheet)!.getCell(cell));

describe('the standalone page’s formula calculator', () => {
  it('adds as Excel does: SUM skips text and empty cells in references, arithmetic reads them as 0 or fails', () => {
    const wb = book([
      [10, '5', null, '-', 2.5],
      [{ formula: 'SUM(A1:E1)' }, { formula: 'SUM(A1,B1)' }, { formula: 'A1+C1-E1*2' }, { formula: 'A1+D1' }, { formula: '-A1/(E1-2.5)' }],
      [{ formula: "SUM('Лист1'!A1,Лист1!E1,\"7\")" }, { formula: '$A$1*-2' }, { formula: 'A2+B2' }],
    ]);
    expect(calc(wb, 'Лист1', 'A2')).toBe(12.5);
    expect(calc(wb, 'Лист1', 'B2')).toBe(10); // '5' in a reference is text: skipped
    expect(calc(wb, 'Лист1', 'C2')).toBe(5);
    expect(calc(wb, 'Лист1', 'D2')).toEqual({ error: '#VALUE!' });
    expect(calc(wb, 'Лист1', 'E2')).toEqual({ error: '#DIV/0!' });
    expect(calc(wb, 'Лист1', 'A3')).toBe(19.5); // a text argument given directly is read as a number
    expect(calc(wb, 'Лист1', 'B3')).toBe(-20);
    expect(calc(wb, 'Лист1', 'C3')).toBe(22.5); // formulas without results, calculated in turn
  });

  it('reads figures typed as text the way the rollups write them (NUMBERVALUE with the figure’s separators)', () => {
    const wb = book([
      ['1 234,5', '37,880', '12.5', 7, '2600,,0', '1\u00a0567,25'],
      [
        { formula: 'IF(ISNUMBER(A1),A1,NUMBERVALUE(A1,",","."))' },
        { formula: 'IF(ISNUMBER(B1),B1,NUMBERVALUE(B1,".",","))' },
        { formula: 'NUMBERVALUE(C1)' },
        { formula: 'IF(ISNUMBER(D1),D1,NUMBERVALUE(D1,",","."))' },
        { formula: 'NUMBERVALUE(E1,",",".")' },
        { formula: 'NUMBERVALUE(SUBSTITUTE(SUBSTITUTE(F1,UNICHAR(160),""),UNICHAR(8239),""),",",".")' },
      ],
    ]);
    expect(['A2', 'B2', 'C2', 'D2', 'E2', 'F2'].map((c) => calc(wb, 'Лист1', c))).toEqual([1234.5, 37880, 12.5, 7, { error: '#VALUE!' }, 1567.25]);
  });

  it('does not calculate what it does not know: another function, a circle, a sheet that is not there', () => {
    const wb = book([[1, { formula: 'ROUND(A1,0)' }, { formula: 'C1+1' }, { formula: 'SUM(B1,A1)' }, { formula: "'Нет листа'!A1+1" }, { formula: 'A1>0' }]]);
    expect(calc(wb, 'Лист1', 'B1')).toBeUndefined();
    expect(calc(wb, 'Лист1', 'C1')).toBeUndefined();
    expect(calc(wb, 'Лист1', 'D1')).toBeUndefined(); // depends on one not calculated
    expect(calc(wb, 'Лист1', 'E1')).toEqual({ error: '#REF!' });
    expect(calc(wb, 'Лист1', 'F1')).toBeUndefined();
  });

  // every formula of every rollup of the sample and the acceptance workbooks, against LibreOffice's results
  it.each([
    join(ROOT, 'samples', 'programme-sample.xlsx'),
    join(FIXTURES, 'kozhevnikovo-programme.xlsx'),
    join(FIXTURES, 'stupino-programme-text.xlsx'),
  ])('calculates every rollup formula of %s as LibreOffice does', async (file) => {
    const { workbook, snapshot } = await readXlsx(file);
    const { plan } = planRollups(snapshot, { lang: 'ru' });
    applyContentPlan(workbook, plan!);
    const out = join(mkdtempSync(join(tmpdir(), 'calc-')), 'rolled.xlsx');
    await workbook.xlsx.writeFile(out);
    const recalculated = await recalculate(out);
    const calculator = new FormulaCalculator(workbook);
    let formulas = 0;
    for (const s of plan!.newSheets) {
      for (const w of s.cells) {
        if (w.content?.kind !== 'formula') continue;
        formulas++;
        const mine = calculator.result(s.name, workbook.getWorksheet(s.name)!.getCell(w.cell));
        expect([s.name, w.cell, approx(typeof mine === 'number' ? mine : JSON.stringify(mine))]).toEqual([s.name, w.cell, approx(recalculated.value(s.name, w.cell))]);
      }
    }
    expect(formulas).toBeGreaterThan(200);
  });
});
