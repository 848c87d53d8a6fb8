import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { recalculate } from '../support/recalc';
import { cellsOf, downloadFile as downloadWorkbook, OUTPUT, SAMPLE, openStandalone, type StandalonePage } from '../support/standalonePage';

// The rollup and fill panels in real Chromium, over the standalone host and the production build.
let standalone: StandalonePage;
let page: Page;
let original: Map<string, string>;

beforeAll(async () => {
  standalone = await openStandalone();
  page = standalone.page;
  original = await cellsOf(readFileSync(SAMPLE));
  mkdirSync(OUTPUT, { recursive: true });
});

afterAll(async () => {
  await standalone?.close();
});

const downloadFile = (): Promise<Buffer> => downloadWorkbook(page);

async function download(): Promise<Map<string, string>> {
  return cellsOf(await downloadFile());
}

const gridCell = (sheet: string, cell: string) => page.locator(`[data-testid="grid"][data-sheet="${sheet}"] [data-cell="${cell}"]`);

/** The pane, all of it (a taller window for the moment), and the page as it is. */
async function screenshots(name: string) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height: 1800 });
  await page.locator('aside').evaluate((el) => el.scrollTo(0, 0));
  const pane = page.locator('aside');
  const height = await page.getByTestId('pane').evaluate((el) => Math.min(el.getBoundingClientRect().height + 8, 1800));
  writeFileSync(join(OUTPUT, `${name}.png`), await page.screenshot({ clip: { ...(await pane.boundingBox())!, height } }));
  await page.setViewportSize(size);
  await page.screenshot({ path: join(OUTPUT, `standalone-${name}.png`) });
}

describe('the rollup and fill panels in the standalone host, on the sample workbook', () => {
  it('creates the by-year rollup of the ‘Приложение 2’ table: the new sheet is shown with its figures, as LibreOffice calculates them; the undo removes it', async () => {
    await page.getByRole('tab', { name: 'Rollups' }).click();
    await page.getByTestId('rollup-T3-year').check();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('rollup-made').waitFor();
    const sheet = 'Rollup by year';
    await gridCell(sheet, 'A1').waitFor();
    await expect(page.getByTestId('sheet-tabs').getByRole('tab', { name: sheet }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(gridCell(sheet, 'A1').textContent()).resolves.toBe("Rollup by year: table T3, 'Приложение 2'!A3:J151, тыс. руб.");
    await expect(gridCell(sheet, 'A5').textContent()).resolves.toBe('2021');
    // the formulas have no results in the file (ExcelJS does not calculate): the page calculates
    // them, and shows what LibreOffice makes of the downloaded workbook, to the format's decimals
    const file = join(mkdtempSync(join(tmpdir(), 'panels-')), 'rolled-up.xlsx');
    writeFileSync(file, await downloadFile());
    const calc = await recalculate(file);
    const figures = ['B', 'C', 'D', 'E', 'F'].flatMap((col) => [5, 6, 7, 8, 9, 10, 11].map((row) => `${col}${row}`));
    for (const a of figures) {
      const cell = gridCell(sheet, a);
      await expect(cell.getAttribute('data-calculated')).resolves.toBe('');
      await expect(cell.getAttribute('title')).resolves.toMatch(/^=SUM\(/);
      const shown = (await cell.textContent())!;
      expect(shown).toMatch(/^-?[\d,]+\.\d{3}$/);
      const expected = calc.value(sheet, a) as number;
      expect([a, Math.abs(Number(shown.replace(/,/g, '')) - expected) <= 0.0005 + 1e-9]).toEqual([a, true]);
    }
    await expect(gridCell(sheet, 'D11').textContent()).resolves.not.toBe('0.000');
    await expect(page.getByTestId('rollup-made').textContent()).resolves.toMatch(/“Rollup by year” \(T3, by year\): \d+ stated totals? differs? beyond rounding/);
    await screenshots('rollups');

    await page.getByRole('button', { name: 'Undo: Rollups of T3' }).click();
    await page.getByTestId('rollup-made').waitFor({ state: 'detached' });
    await expect(page.getByTestId('sheet-tabs').getByRole('tab', { name: sheet }).count()).resolves.toBe(0);
    const after = await download();
    expect([...after.entries()]).toEqual([...original.entries()]);
  });

  it('fills the ‘Отчет 2024’ report: the preview shows the matches, Fill writes D4:D9 into the yellow cells; the undo empties them again', async () => {
    await page.getByRole('tab', { name: 'Fill report' }).click();
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByTestId('fill-matches').waitFor();
    await expect(page.locator('[data-match]').count()).resolves.toBe(6);
    await expect(page.getByTestId('fill-to-write').textContent()).resolves.toBe('6 cells to write.');
    await page.getByRole('button', { name: 'Fill', exact: true }).click();
    await page.getByTestId('fill-done').waitFor();
    // the report is shown, its first filled cell selected
    await expect(gridCell('Отчет 2024', 'D4').getAttribute('aria-selected')).resolves.toBe('true');
    await screenshots('fill');
    const D = ['D4', 'D5', 'D6', 'D7', 'D8', 'D9'];
    const shown = () => Promise.all(D.map((c) => gridCell('Отчет 2024', c).textContent()));
    await expect(shown()).resolves.toEqual(['60', '100', '100', '73', '90', '34']);
    for (const c of D) await expect(gridCell('Отчет 2024', c).evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(255, 242, 204)');
    const filled = await download();
    const changed = [...filled].filter(([k, v]) => original.get(k) !== v).map(([k]) => k);
    expect(changed.sort()).toEqual(D.map((c) => `Отчет 2024!${c}`));

    await page.getByRole('button', { name: /^Undo: Fill/ }).click();
    await page.getByTestId('fill-done').waitFor({ state: 'detached' });
    await expect(shown()).resolves.toEqual(['', '', '', '', '', '']);
    expect([...(await download()).entries()]).toEqual([...original.entries()]);

    // the panel saw the undo: its preview is of the workbook as it is now, and Fill works again without Preview
    await expect(page.getByTestId('fill-to-write').textContent()).resolves.toBe('6 cells to write.');
    await page.getByRole('button', { name: 'Fill', exact: true }).click();
    await page.getByTestId('fill-done').waitFor();
    await expect(shown()).resolves.toEqual(['60', '100', '100', '73', '90', '34']);
    await page.getByRole('button', { name: /^Undo: Fill/ }).click();
    await page.getByTestId('fill-done').waitFor({ state: 'detached' });
    await expect(shown()).resolves.toEqual(['', '', '', '', '', '']);
  });
});
