import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { applyContentPlan } from '../../../src/cli/applyPlan';
import { planRollups, type RollupPlan, type WorkbookSnapshot } from '../../../src/engine';
import { recalculate, type Recalculated } from '../../support/recalc';
import { sheet, toXlsx, workbook } from '../../support/sheet';
import { LAYOUTS } from '../layouts/layoutFixtures';

jest.setTimeout(240_000);

/** Every layout's sheet in one workbook (their sheet names differ), rolled up, written and recalculated in LibreOffice. */
async function rollUp(build: (plant?: boolean) => WorkbookSnapshot[], plant: boolean, lang: 'ru' | 'en'): Promise<{ result: RollupPlan; book: Recalculated }> {
  const snapshot = workbook(...build(plant).flatMap((w) => w.sheets));
  const result = planRollups(snapshot, { lang });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await toXlsx(snapshot)) as unknown as ArrayBuffer);
  applyContentPlan(wb, result.plan!);
  const file = join(mkdtempSync(join(tmpdir(), 'rollup-layouts-')), 'layouts.xlsx');
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return { result, book: await recalculate(file) };
}

/** The difference cells of a rollup sheet (formulas `=F5-E5`): their computed values, and whether each is highlighted. */
function differences(book: Recalculated, sheet: string): { cell: string; value: number; highlighted: boolean }[] {
  const out: { cell: string; value: number; highlighted: boolean }[] = [];
  book.workbook.getWorksheet(sheet)!.eachRow((row) =>
    row.eachCell((c) => {
      const v = c.value as ExcelJS.CellFormulaValue;
      if (v && typeof v === 'object' && 'formula' in v && /^[A-Z]+\d+-[A-Z]+\d+$/.test(v.formula)) {
        out.push({ cell: c.address, value: Number(book.value(sheet, c.address)), highlighted: Boolean((c.fill as ExcelJS.FillPattern | undefined)?.fgColor) });
      }
    }),
  );
  return out;
}

const builders = (plant?: boolean) => LAYOUTS.map((l) => l.build(plant));

describe.each([
  ['clean', false],
  ['with the planted error', true],
] as const)('rollups of every layout (%s)', (_name, plant) => {
  let result: RollupPlan;
  let book: Recalculated;
  beforeAll(async () => {
    ({ result, book } = await rollUp(builders, plant, plant ? 'en' : 'ru'));
  });

  it.each(LAYOUTS.map((l, i) => [l.name, l, i] as const))('%s', (_n, fx, i) => {
    const tableId = `T${i + 1}`; // one funding table per layout sheet, in sheet order
    const sheets = result.sheets.filter((s) => s.tableId === tableId);
    const kinds = sheets.map((s) => s.kind);
    // by year always; by source where the table names sources; by item where it has items
    expect(kinds).toEqual(['year', ...(fx.sources ? ['source'] : []), ...(fx.layout === 'source-by-year' ? [] : ['item'])]);
    for (const s of sheets) {
      const diffs = differences(book, s.sheet);
      expect(diffs.length).toBeGreaterThan(0);
      if (!plant) {
        // a consistent table: every stated total equals its roll-up of the leaf cells
        expect(diffs.filter((d) => Math.abs(d.value) > 1e-9)).toEqual([]);
        expect(diffs.filter((d) => d.highlighted)).toEqual([]);
        expect(s.differences).toBe(0);
      } else {
        // highlighted exactly where the difference is beyond rounding (none of the planted ones is a rounding difference)
        for (const d of diffs) expect(d.highlighted).toBe(Math.abs(d.value) > 1e-9);
      }
    }
    if (plant) expect(sheets.reduce((n, s) => n + s.differences, 0)).toBeGreaterThan(0);
    // wording in the language asked for (Russian for the clean run, English for the planted one)
    expect(sheets[0].sheet).toBe(plant ? `Rollup by year ${tableId}` : `Свод по годам ${tableId}`);
    expect(book.value(sheets[0].sheet, 'A4')).toBe(plant ? 'Year' : 'Год');
    // the title names the table and its range
    const title = book.value(sheets[0].sheet, 'A1');
    expect(title).toContain(`${tableId}, `);
    expect(title).toContain(`!${fx.range}`);
  });
});

/** The most arguments any SUM( of a formula has (commas at its own depth, outside quotes). */
function maxSumArgs(formula: string): number {
  let most = 0;
  for (let at = formula.indexOf('SUM('); at >= 0; at = formula.indexOf('SUM(', at + 1)) {
    let depth = 0;
    let args = 1;
    let quoted = false;
    for (let i = at + 3; i < formula.length; i++) {
      const ch = formula[i];
      if (ch === '"' || ch === "'") quoted = !quoted;
      if (quoted) continue;
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) break;
      else if (ch === ',' && depth === 1) args++;
    }
    most = Math.max(most, args);
  }
  return most;
}

describe('a table too long for one formula', () => {
  // 2,000 activities with figures typed as text: each is its own NUMBERVALUE argument
  const N = 2000;
  const build = () =>
    workbook(
      sheet('Мероприятия', [
        ['Наименование', '2024 год', '2025 год'],
        ...Array.from({ length: N }, (_, i) => [`Мероприятие ${i + 1}`, '1,5', '2,25']),
        ['Итого', '3 000,0', '4 500,0'],
      ]),
    );

  it("stays within Excel's limits (8,192 characters, 255 arguments) through partial sums, and adds up", async () => {
    const snapshot = build();
    const result = planRollups(snapshot, { lang: 'ru', kinds: ['year'] });
    const cells = result.plan!.newSheets[0].cells;
    const formulas = cells.flatMap((c) => (c.content?.kind === 'formula' ? [c.content.formula] : []));
    expect(Math.max(...formulas.map((f) => f.length))).toBeLessThanOrEqual(8192);
    expect(Math.max(...formulas.map(maxSumArgs))).toBeLessThanOrEqual(255);
    expect(cells.some((c) => c.content?.kind === 'text' && c.content.text.startsWith('Промежуточные суммы'))).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsx(snapshot)) as unknown as ArrayBuffer);
    applyContentPlan(wb, result.plan!);
    const file = join(mkdtempSync(join(tmpdir(), 'rollup-long-')), 'long.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const book = await recalculate(file);
    const s = result.sheets[0].sheet;
    const [total, stated, diff] = book.colsOf(s, 4, 'Всего');
    expect([total, stated, diff].map((c) => book.value(s, `${c}${book.rowOf(s, '2024')}`))).toEqual([3000, 3000, 0]);
    expect(book.value(s, `${total}${book.rowOf(s, '2025')}`)).toBe(4500);
  });
});
