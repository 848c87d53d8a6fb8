import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { applyContentPlan } from '../../src/cli/applyPlan';
import { main } from '../../src/cli/main';
import { readXlsx } from '../../src/cli/readXlsx';
import { planFill } from '../../src/engine';
import { FIXTURES } from '../support/fixtures';
import { sheet, toXlsx, workbook } from '../support/sheet';
import { captureIo } from '../support/cliIo';

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Every cell of every sheet (value, formula, style), as a map from 'Sheet'!A1 to a comparable string. */
function cellsOf(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        out.set(`'${ws.name}'!${cell.address}`, JSON.stringify({ value: cell.value, formula: cell.formula ?? null, style: cell.style, merged: cell.isMerged }));
      });
    });
  });
  return out;
}

const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')).workbooks;
const dir = mkdtempSync(join(tmpdir(), 'bc-fill-'));

describe('budget-check fill on the acceptance workbooks', () => {
  for (const name of ['kozhevnikovo-programme.xlsx', 'kozhevnikovo-programme-text.xlsx']) {
    it(`${name}: fills '${expected['kozhevnikovo-programme.xlsx'].fill.template}' exactly as expected.json says, and nothing else changes`, async () => {
      const fill = expected['kozhevnikovo-programme.xlsx'].fill as { template: string; cells: Record<string, number> };
      const input = join(FIXTURES, name);
      const before = readFileSync(input);
      const mtime = statSync(input).mtimeMs;
      const out = join(dir, `filled-${name}`);
      const io = captureIo();
      const status = await main(['fill', input, '--template', fill.template, '-o', out, '--lang', 'en'], io);
      expect(io.stderr()).toBe('');
      expect(status).toBe(0);
      expect(io.stdout()).toContain('6 cells written');
      // the input is never modified
      expect(readFileSync(input).equals(before)).toBe(true);
      expect(statSync(input).mtimeMs).toBe(mtime);

      const original = await load(input);
      const filled = await load(out);
      const ws = filled.getWorksheet(fill.template)!;
      for (const [cell, value] of Object.entries(fill.cells)) {
        expect(ws.getCell(cell).value).toBe(value);
        expect((ws.getCell(cell).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
        expect(ws.getCell(cell).border.top?.style).toBe('thin');
      }
      const a = cellsOf(original);
      const b = cellsOf(filled);
      const changed: string[] = [];
      for (const key of new Set([...a.keys(), ...b.keys()])) {
        const x = a.get(key);
        const y = b.get(key);
        if (x === y) continue;
        // a cell the fill wrote: only its value differs from the input
        const target = Object.keys(fill.cells).map((c) => `'${fill.template}'!${c}`);
        if (target.includes(key)) {
          expect({ ...JSON.parse(y!), value: null }).toEqual({ ...JSON.parse(x!), value: null });
          continue;
        }
        changed.push(`${key}: ${x} → ${y}`);
      }
      expect(changed).toEqual([]);
      expect(original.worksheets.map((s) => s.name)).toEqual(filled.worksheets.map((s) => s.name));
      for (const s of original.worksheets) {
        const f = filled.getWorksheet(s.name)!;
        expect(f.model.merges).toEqual(s.model.merges);
        expect(f.columns?.map((c) => c.width)).toEqual(s.columns?.map((c) => c.width));
        const heights = (ws: ExcelJS.Worksheet) => {
          const h: (number | undefined)[] = [];
          ws.eachRow({ includeEmpty: true }, (row) => void h.push(row.height));
          return h;
        };
        expect(heights(f)).toEqual(heights(s));
        expect(f.views).toEqual(s.views);
      }
    });
  }

  it('the fill can be reverted: its undo plan puts every cell back as it was', async () => {
    const input = join(FIXTURES, 'kozhevnikovo-programme.xlsx');
    const { workbook: wb, snapshot } = await readXlsx(input);
    const result = planFill(snapshot, { template: 'Отчет 2024' });
    applyContentPlan(wb, result.plan);
    expect(wb.getWorksheet('Отчет 2024')!.getCell('D4').value).toBe(60);
    applyContentPlan(wb, result.undo);
    const out = join(dir, 'reverted.xlsx');
    await wb.xlsx.writeFile(out);
    expect(cellsOf(await load(out))).toEqual(cellsOf(await load(input)));
  });

  it('--dry-run prints the matches with their confidence and writes nothing', async () => {
    const out = join(dir, 'dry.xlsx');
    const io = captureIo();
    const status = await main(['fill', join(FIXTURES, 'kozhevnikovo-programme.xlsx'), '--template', 'Отчет 2024', '--dry-run', '-o', out, '--lang', 'ru'], io);
    expect(status).toBe(0);
    expect(io.stdout()).toContain('Сопоставлено: 6');
    expect(io.stdout()).toMatch(/B4 1\.1 «Доля населения.*» ← 'Приложение 1'!B5 \(по номеру и наименованию; уверенность 100%\): D4 ← 60/);
    expect(io.stdout()).toContain('Пробный прогон: было бы записано 6 ячеек; файл не записан.');
    expect(() => statSync(out)).toThrow();
  });

  it('with nothing to write (every figure already there) writes no file and says so', async () => {
    const once = join(dir, 'once.xlsx');
    expect(await main(['fill', join(FIXTURES, 'kozhevnikovo-programme.xlsx'), '--template', 'Отчет 2024', '-o', once, '--lang', 'ru'], captureIo())).toBe(0);
    const twice = join(dir, 'twice.xlsx');
    const io = captureIo();
    const status = await main(['fill', once, '--template', 'Отчет 2024', '-o', twice, '--lang', 'ru'], io);
    expect(status).toBe(0);
    expect(io.stdout()).toContain('Ничего не заполнено; файл не записан.');
    expect(() => statSync(twice)).toThrow();
  });

  it('--format json: the fill as data, problems with their message', async () => {
    const out = join(dir, 'json.xlsx');
    const io = captureIo();
    const status = await main(['fill', join(FIXTURES, 'kozhevnikovo-programme.xlsx'), '--template', 'Отчет 2024', '--format', 'json', '-o', out, '--lang', 'en'], io);
    expect(status).toBe(0);
    const doc = JSON.parse(io.stdout());
    expect(Object.keys(doc)).toEqual(['tool', 'version', 'file', 'output', 'ok', 'planned', 'written', 'template', 'source', 'candidates', 'matches', 'unmatched', 'formulas', 'problems']);
    expect(doc).toMatchObject({ output: out, ok: true, planned: 6, written: 6, source: { id: 'T2', sheet: 'Приложение 1', range: 'A3:I10' } });
    expect(doc.matches[0]).toMatchObject({ target: { kind: 'row', cell: 'B4', code: '1.1' }, indicator: { cell: 'B5', code: '1.1' }, method: 'code-and-name', confidence: 1 });
    expect(doc.matches[0].cells).toEqual([{ cell: 'D4', what: 'plan', year: 2024, value: { kind: 'number', value: '60', cell: 'G5' }, status: 'write', current: null }]);
    const io2 = captureIo();
    expect(await main(['fill', join(FIXTURES, 'kozhevnikovo-programme.xlsx'), '--template', 'Отчет 2024', '--year', '2030', '--format', 'json', '--dry-run'], io2)).toBe(1);
    expect(JSON.parse(io2.stdout()).problems).toEqual([
      { code: 'year-not-in-template', severity: 'blocking', sheet: 'Отчет 2024', params: { year: 2030, years: [2024] }, message: 'The template has no columns for 2030 (it has 2024).' },
    ]);
  });

  it('refuses to write over the input file (exit 2), and asks for -o', async () => {
    const copy = join(dir, 'same.xlsx');
    writeFileSync(copy, readFileSync(join(FIXTURES, 'kozhevnikovo-programme.xlsx')));
    const before = readFileSync(copy);
    const io = captureIo();
    expect(await main(['fill', copy, '--template', 'Отчет 2024', '-o', copy, '--lang', 'en'], io)).toBe(2);
    expect(io.stderr()).toContain('that is the input file');
    expect(readFileSync(copy).equals(before)).toBe(true);
    const io2 = captureIo();
    expect(await main(['fill', copy, '--template', 'Отчет 2024', '--lang', 'en'], io2)).toBe(2);
    expect(io2.stderr()).toContain('-o FILE.xlsx');
  });

  it('exit 2 for a file that cannot be read, a sheet that does not exist, a year that is not one', async () => {
    const io = captureIo();
    expect(await main(['fill', join(dir, 'missing.xlsx'), '--template', 'X', '--dry-run'], io)).toBe(2);
    expect(io.stderr()).toContain('no such file');
    const io2 = captureIo();
    expect(await main(['fill', join(FIXTURES, 'kozhevnikovo-programme.xlsx'), '--template', 'Отчёт 2025', '--dry-run', '--lang', 'ru'], io2)).toBe(2);
    expect(io2.stdout()).toContain('В книге нет листа «Отчёт 2025».');
    const io3 = captureIo();
    expect(await main(['fill', join(FIXTURES, 'kozhevnikovo-programme.xlsx'), '--template', 'Отчет 2024', '--year', '20x4', '--dry-run'], io3)).toBe(2);
  });
});

describe('budget-check fill: overwriting', () => {
  const file = join(dir, 'occupied.xlsx');
  beforeAll(async () => {
    writeFileSync(
      file,
      await toXlsx(
        workbook(
          sheet('Показатели', [
            ['№', 'Наименование показателя', 'Единица измерения', '2023', '2024'],
            ['1', 'Доля граждан, получивших услуги', '%', 80, 85.5],
            ['2', 'Число посещений библиотек', 'тыс. чел.', 120, 130],
          ]),
          sheet('Отчет', [
            ['Отчет за 2024 год'],
            [],
            ['№', 'Наименование показателя', 'Ед. изм.', 'План на 2024 г.', 'Факт', 'Отклонение'],
            ['1', 'Доля граждан, получивших услуги', '%', 70, 86],
            ['2', 'Число посещений библиотек', 'тыс. чел.', null, null],
          ]),
        ),
      ),
    );
  });

  it('refuses a non-empty cell (reported, exit 1), then replaces it with --overwrite', async () => {
    const out = join(dir, 'occupied-out.xlsx');
    const io = captureIo();
    expect(await main(['fill', file, '--template', 'Отчет', '-o', out, '--lang', 'en'], io)).toBe(1);
    expect(io.stdout()).toContain('D4 ← 85.5 (cell not empty, left alone: “70”)');
    let ws = (await load(out)).getWorksheet('Отчет')!;
    expect(ws.getCell('D4').value).toBe(70);
    expect(ws.getCell('D5').value).toBe(130);
    // the deviation of the row whose fact is there: a formula, not a figure
    expect(ws.getCell('F4').formula).toBe('E4-D4');
    expect(ws.getCell('F5').value).toBeNull();

    const io2 = captureIo();
    expect(await main(['fill', file, '--template', 'Отчет', '-o', out, '--overwrite', '--lang', 'en'], io2)).toBe(0);
    expect(io2.stdout()).toContain('D4 ← 85.5 (to replace: “70”)');
    ws = (await load(out)).getWorksheet('Отчет')!;
    expect(ws.getCell('D4').value).toBe(85.5);
    expect(ws.getCell('F4').formula).toBe('E4-D4');
  });
});

describe('budget-check fill: what the user must settle', () => {
  const file = join(dir, 'two-sources.xlsx');
  beforeAll(async () => {
    writeFileSync(
      file,
      await toXlsx(
        workbook(
          sheet('Приложение 1', [
            ['№', 'Наименование показателя', 'Единица измерения', '2023', '2024'],
            ['1', 'Доля граждан, получивших услуги в электронном виде', '%', 80, 85],
            ['2', 'Число посещений библиотек', 'тыс. чел.', 120, 130],
          ]),
          sheet('Приложение 3', [
            ['№', 'Наименование показателя', 'Единица измерения', '2024', '2025'],
            ['1', 'Число посещений музеев', 'тыс. чел.', 40, 42],
          ]),
          sheet('Report 2026', [
            ['Report for FY2026'],
            ['No.', 'Indicator', 'Unit', 'Target FY2026'],
            ['2', 'Число посещений библиотек', 'тыс. чел.'],
          ]),
          sheet('Отчет', [
            ['Отчет за 2024 год'],
            ['№', 'Наименование показателя', 'Ед. изм.', 'План'],
            ['2', 'Число посещений библиотек', 'тыс. чел.'],
          ]),
        ),
      ),
    );
  });

  it('two indicator tables: asks which one (exit 1, nothing written), fills from the one named with --source', async () => {
    const out = join(dir, 'two-out.xlsx');
    const io = captureIo();
    expect(await main(['fill', file, '--template', 'Отчет', '-o', out, '--lang', 'ru'], io)).toBe(1);
    expect(io.stdout()).toContain("В книге несколько таблиц показателей; укажите, из какой заполнять (--source): 'Приложение 1'!A1:E3 (T1)");
    expect(io.stdout()).toContain('Ничего не заполнено; файл не записан.');
    expect(() => statSync(out)).toThrow();
    const io2 = captureIo();
    expect(await main(['fill', file, '--template', 'Отчет', '--source', 'Приложение 1', '-o', out, '--lang', 'ru'], io2)).toBe(0);
    expect((await load(out)).getWorksheet('Отчет')!.getCell('D3').value).toBe(130);
  });

  it('a year the source does not have: a clear message, exit 1', async () => {
    const io = captureIo();
    expect(await main(['fill', file, '--template', 'Report 2026', '--source', 'T1', '--dry-run', '--lang', 'en'], io)).toBe(1);
    expect(io.stdout()).toContain("table 'Приложение 1'!A1:E3 has no values for 2026 (it has 2023, 2024); nothing was filled.");
  });
});
