import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { openStandalone, type StandalonePage } from '../support/standalonePage';

// The standalone host with many sheets, in real Chromium over the production build.
let standalone: StandalonePage;
let page: Page;

beforeAll(async () => {
  standalone = await openStandalone();
  page = standalone.page;
});

afterAll(async () => {
  await standalone?.close();
});

async function manySheets(n: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (let i = 1; i <= n; i++) {
    const ws = wb.addWorksheet(`Программа ${i}`);
    ws.getCell('A1').value = `Лист ${i}`;
    ws.getCell('B2').value = 1234.5 * i;
    ws.getCell('B2').numFmt = '#,##0.00';
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('a workbook of 102 sheets', () => {
  beforeAll(async () => {
    await page.getByTestId('file').setInputFiles({ name: 'many-sheets.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await manySheets(102) });
    await page.locator('[data-testid="grid"][data-sheet="Программа 1"]').waitFor();
  });

  it('keeps the sheet tabs within the window: the strip scrolls, the page does not', async () => {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    const grid = (await page.getByTestId('grid').boundingBox())!;
    const bar = (await page.getByTestId('sheet-bar').boundingBox())!;
    expect(bar.x + bar.width).toBeLessThanOrEqual(grid.x + grid.width + 1);
    const pane = (await page.locator('aside').boundingBox())!;
    expect(pane.x + pane.width).toBeLessThanOrEqual(innerWidth);
  });

  it('reaches the last sheet by its tab and by the sheet menu', async () => {
    await page.getByTestId('sheet-tabs').getByRole('tab', { name: 'Программа 102' }).click();
    await page.locator('[data-testid="grid"][data-sheet="Программа 102"]').waitFor();
    await expect(page.getByTestId('file-name').textContent()).resolves.toBe('many-sheets.xlsx');
    await page.getByTestId('sheet-menu').selectOption('Программа 57');
    await page.locator('[data-testid="grid"][data-sheet="Программа 57"]').waitFor();
    // the active tab is scrolled into the strip's view
    const tab = (await page.getByTestId('sheet-tabs').getByRole('tab', { name: 'Программа 57' }).boundingBox())!;
    const bar = (await page.getByTestId('sheet-bar').boundingBox())!;
    expect(tab.x).toBeGreaterThanOrEqual(bar.x);
    expect(tab.x + tab.width).toBeLessThanOrEqual(bar.x + bar.width + 1);
  });
});
