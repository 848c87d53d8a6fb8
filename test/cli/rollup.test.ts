import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main, type Io } from '../../src/cli/main';
import { expectedWorkbooks, FIXTURES, twinsOf } from '../support/fixtures';
import { approx, recalculate } from '../support/recalc';
import { sheet, toXlsx, workbook } from '../support/sheet';
import { PASSPORT_ROWS } from '../support/passport';

jest.setTimeout(240_000);

function capture(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => {
      io.stdout += t;
    },
    err: (t: string) => {
      io.stderr += t;
    },
    env: {},
  };
  return io;
}

const tmp = () => mkdtempSync(join(tmpdir(), 'rollup-'));
const expected = expectedWorkbooks();

/** The appendix each fixture's rollups are expected of (the table of activities or subprogrammes). */
const APPENDIX: Record<string, string> = { 'kozhevnikovo-programme.xlsx': 'T3', 'stupino-programme.xlsx': 'T1' };

describe.each(Object.keys(APPENDIX).flatMap((name) => twinsOf(name).map((file) => [file, name] as const)))('rollup of %s', (file, name) => {
  const rollups = expected[name].rollups as { perYearTotal: Record<string, string>; perSourceTotal?: Record<string, string> };
  let dir: string;
  let input: string;
  let before: Buffer;
  let status: number;
  let io: ReturnType<typeof capture>;
  beforeAll(async () => {
    dir = tmp();
    input = join(dir, file);
    copyFileSync(join(FIXTURES, file), input);
    before = readFileSync(input);
    io = capture();
    status = await main(['rollup', input, '--table', APPENDIX[name], '--lang', 'ru', '-o', join(dir, 'out.xlsx')], io);
  });

  it('writes the rollups to the output and leaves the input as it was', () => {
    expect(io.stderr).toBe('');
    expect(io.stdout).toContain('Свод по годам');
    // Kozhevnikovo's stated totals are wrong in places: status 1, as `check` for an error
    expect(status).toBe(name.startsWith('kozhevnikovo') ? 1 : 0);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("gives expected.json's totals by year (and by source) when a spreadsheet application computes the formulas", async () => {
    const book = await recalculate(join(dir, 'out.xlsx'));
    const byYear = 'Свод по годам';
    const header = book.rowOf(byYear, 'Год');
    const total = book.colOf(byYear, header, 'Всего');
    const got: Record<string, string> = {};
    for (const year of Object.keys(rollups.perYearTotal)) got[year] = approx(book.value(byYear, `${total}${book.rowOf(byYear, year)}`));
    expect(got).toEqual(rollups.perYearTotal);
    if (rollups.perSourceTotal) {
      const bySource = 'Свод по источникам';
      const col = book.colOf(bySource, book.rowOf(bySource, 'Источник финансирования'), 'Всего');
      const sources: Record<string, string> = {};
      for (const source of Object.keys(rollups.perSourceTotal)) sources[source] = approx(book.value(bySource, `${col}${book.rowOf(bySource, source)}`));
      expect(sources).toEqual(rollups.perSourceTotal);
    }
  });

  it('writes each formula with the result the engine computed as its cached value, the one LibreOffice computes', async () => {
    const book = await recalculate(join(dir, 'out.xlsx'));
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(join(dir, 'out.xlsx'));
    let formulas = 0;
    for (const ws of written.worksheets) {
      if (!/^Свод/.test(ws.name)) continue;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          const cached = (cell.value as ExcelJS.CellFormulaValue).result;
          // the helper column's partial sums (long sums only) carry none; every other formula does
          if (cached === undefined) return;
          formulas++;
          expect([cell.address, approx(cached as number)]).toEqual([cell.address, approx(book.value(ws.name, cell.address))]);
        }),
      );
    }
    expect(formulas).toBeGreaterThan(50);
  });
});

describe('rollup of Kozhevnikovo, appendix 2 (stated totals wrong, a malformed figure)', () => {
  let book: Awaited<ReturnType<typeof recalculate>>;
  beforeAll(async () => {
    const dir = tmp();
    const out = join(dir, 'out.xlsx');
    expect(await main(['rollup', join(FIXTURES, 'kozhevnikovo-programme.xlsx'), '--table', 'T3', '--lang', 'en', '-o', out], capture())).toBe(1);
    book = await recalculate(out);
  });

  it('shows the differences from the stated totals, highlighted beyond rounding only', () => {
    const s = 'Rollup by year';
    const h = book.rowOf(s, 'Year');
    // the rolled-up total, then the stated one and the difference in the blocks beside
    const [, stated, diff] = book.colsOf(s, h, 'Total');
    const fill = (a1: string) => (book.workbook.getWorksheet(s)!.getCell(a1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    const r2021 = book.rowOf(s, '2021');
    const r2024 = book.rowOf(s, '2024');
    expect(approx(book.value(s, `${stated}${r2021}`))).toBe('4084.48');
    expect(approx(book.value(s, `${diff}${r2021}`))).toBe('0.003');
    expect(fill(`${diff}${r2021}`)).toBeUndefined(); // within the rounding of 4 084,48
    expect(approx(book.value(s, `${diff}${r2024}`))).toBe('-0.9');
    expect(fill(`${diff}${r2024}`)).toBeDefined();
  });

  it('the task whose ВСЕГО is wrong shows it in the rollup by item', () => {
    const s = 'Rollup by item and year';
    const h = book.rowOf(s, 'Item');
    const row = book.rowOf(s, '2 Задача 2: ', 'prefix');
    const totals = book.colsOf(s, h, 'Total');
    // rolled up, stated (D51), difference
    expect(totals.map((c) => approx(book.value(s, `${c}${row}`)))).toEqual(['3657.263', '3535.663', '-121.6']);
  });

  it('leaves the malformed figure out and names it in a note', () => {
    const s = 'Rollup by year';
    const h = book.rowOf(s, 'Year');
    const local = book.colOf(s, h, 'районного бюджета');
    expect(approx(book.value(s, `${local}${book.rowOf(s, '2025')}`))).toBe('960.28');
    const ws = book.workbook.getWorksheet(s)!;
    const notes: string[] = [];
    ws.eachRow((r) => {
      const v = r.getCell(1).value;
      if (typeof v === 'string' && v.startsWith('G79')) notes.push(v);
    });
    expect(notes).toEqual(['G79: “2600,,0” cannot be read as a number and is left out of the sums.']);
  });
});

describe('rollup command line', () => {
  const passport = () =>
    workbook(
      sheet('Паспорт', PASSPORT_ROWS),
      sheet('Свод по годам', [['already here']]),
    );

  it('refuses to write over its input', async () => {
    const dir = tmp();
    const file = join(dir, 'p.xlsx');
    writeFileSync(file, await toXlsx(passport()));
    const io = capture();
    expect(await main(['rollup', file, '-o', file, '--lang', 'en'], io)).toBe(2);
    expect(io.stderr).toContain('the output must be another file');
  });

  it('names a new sheet beside an existing one with (2), and says so', async () => {
    const dir = tmp();
    const file = join(dir, 'p.xlsx');
    writeFileSync(file, await toXlsx(passport()));
    const io = capture();
    expect(await main(['rollup', file, '--kind', 'year', '-o', join(dir, 'o.xlsx'), '--lang', 'ru'], io)).toBe(0);
    expect(io.stdout).toContain('«Свод по годам (2)»: T1, по годам');
    const book = await recalculate(join(dir, 'o.xlsx'));
    expect(book.value('Свод по годам', 'A1')).toBe('already here');
    const s = 'Свод по годам (2)';
    expect(book.value(s, 'A1')).toBe("Свод по годам: таблица T1, 'Паспорт'!A1:D4");
    expect(approx(book.value(s, `D${book.rowOf(s, '2025')}`))).toBe('220');
  });

  it('says why a rollup asked for does not apply (a passport has no items), and writes nothing', async () => {
    const dir = tmp();
    const file = join(dir, 'p.xlsx');
    writeFileSync(file, await toXlsx(passport()));
    const io = capture();
    expect(await main(['rollup', file, '--kind', 'item', '-o', join(dir, 'o.xlsx'), '--lang', 'en'], io)).toBe(2);
    expect(io.stderr).toBe('T1 (by item and year): the table has no items besides its sources\n');
    expect(io.stdout).toBe('');
    expect(existsSync(join(dir, 'o.xlsx'))).toBe(false);
  });

  it('an unknown table is an error (status 2) and nothing is written', async () => {
    const dir = tmp();
    const file = join(dir, 'p.xlsx');
    writeFileSync(file, await toXlsx(passport()));
    const io = capture();
    expect(await main(['rollup', file, '--table', 'T9', '-o', join(dir, 'o.xlsx'), '--lang', 'en'], io)).toBe(2);
    expect(io.stderr).toContain('T9: no such table');
    expect(existsSync(join(dir, 'o.xlsx'))).toBe(false);
  });
});
