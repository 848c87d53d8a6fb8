import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readXlsx } from '../../src/cli/readXlsx';
import { checkWorkbook, HIGHLIGHT_FILLS, type Finding } from '../../src/engine';
import { LAYOUTS } from '../engine/layouts/layoutFixtures';
import { toXlsx } from '../support/sheet';

// The standalone host in real Chromium, over the production build (npm test builds it first).
const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist', 'addin');
const SAMPLE = join(ROOT, 'samples', 'programme-sample.xlsx');
const OUTPUT = join(ROOT, 'test-output');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const { serve } = require('../../scripts/serve.js') as { serve: (root: string, port?: number) => Promise<{ server: Server; url: string }> };

let server: Server;
let url: string;
let browser: Browser;
let page: Page;
let findings: readonly Finding[];

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/addin is not built: run `npm run build` (npm test does)');
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (.ci/run does)`);
  ({ server, url } = await serve(DIST));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  // nothing leaves the machine: every request goes to the local server
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  findings = checkWorkbook((await readXlsx(SAMPLE)).snapshot).findings;
  await page.goto(url);
  await page.getByTestId('grid').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** A workbook's cells, for comparing cell for cell: value, style, note. */
async function cellsOf(data: Buffer | ArrayBuffer): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  const cells = new Map<string, string>();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.set(`${ws.name}!${cell.address}`, JSON.stringify({ value: cell.value, style: cell.style, note: cell.note ?? null }));
      }),
    );
  });
  return cells;
}

async function download(): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  return readFileSync((await file.path())!);
}

describe('the standalone host on the sample workbook', () => {
  it('checks the workbook and shows the findings the engine finds, grouped by table', async () => {
    await page.getByRole('button', { name: 'Check workbook' }).click();
    await page.getByTestId('findings').waitFor();
    const shown = await page.locator('[data-finding]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-severity')} ${e.getAttribute('data-finding')}`));
    expect(findings.length).toBeGreaterThan(0);
    expect([...shown].sort()).toEqual(findings.map((f) => `${f.severity} ${f.sheet}!${f.cell}`).sort());
    await expect(page.getByTestId('tables').locator('tbody tr[data-table]').count()).resolves.toBe(checkWorkbook((await readXlsx(SAMPLE)).snapshot).tables.length);
    await expect(page.getByTestId('summary').textContent()).resolves.toMatch(/tables found/);
  });

  it('selects a finding’s cell in the grid when the finding is clicked', async () => {
    const target = findings[findings.length - 1];
    await page.locator(`[data-finding="${target.sheet}!${target.cell}"]`).first().click();
    const cell = page.locator(`[data-testid="grid"][data-sheet="${target.sheet}"] [data-cell="${target.cell}"]`);
    await expect(cell.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(cell.isVisible()).resolves.toBe(true);
    expect(await cell.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const grid = el.closest('[data-testid="grid"]')!.getBoundingClientRect();
      return box.top >= grid.top && box.bottom <= grid.bottom;
    })).toBe(true);
  });

  it('highlights the findings’ cells by severity, with the explanation as a note, then clears them back exactly', async () => {
    const original = await cellsOf(readFileSync(SAMPLE));
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await page.getByTestId('notice').waitFor();
    const error = findings.find((f) => f.severity === 'error')!;
    await page.getByTestId('sheet-tabs').getByRole('tab', { name: error.sheet }).click();
    const cell = page.locator(`[data-testid="grid"][data-sheet="${error.sheet}"] [data-cell="${error.cell}"]`);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    await expect(cell.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe(rgb(HIGHLIGHT_FILLS.error));
    await expect(cell.getAttribute('title')).resolves.toMatch(/^budget-check: /);

    mkdirSync(OUTPUT, { recursive: true });
    await page.locator('aside').evaluate((el) => el.scrollTo(0, 0));
    writeFileSync(join(OUTPUT, 'pane.png'), await page.locator('aside').screenshot());
    await page.screenshot({ path: join(OUTPUT, 'standalone.png') });

    const highlighted = await cellsOf(await download());
    const changed = [...highlighted].filter(([k, v]) => original.get(k) !== v).map(([k]) => k);
    expect(changed.sort()).toEqual([...new Set(findings.map((f) => `${f.sheet}!${f.cell}`))].sort());

    await page.getByRole('button', { name: 'Clear highlights' }).click();
    await page.getByText('Highlights cleared').waitFor();
    await expect(cell.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.not.toBe(rgb(HIGHLIGHT_FILLS.error));
    const cleared = await cellsOf(await download());
    for (const [key, value] of original) expect([key, cleared.get(key)]).toEqual([key, value]);
    expect(cleared.size).toBe(original.size);
  });

  it('switches the pane to Russian', async () => {
    await page.getByTestId('lang').selectOption('ru');
    await page.getByRole('button', { name: 'Проверить книгу' }).waitFor();
    await expect(page.getByTestId('summary').textContent()).resolves.toMatch(/табл/i);
    await page.locator('aside').evaluate((el) => el.scrollTo(0, 0));
    writeFileSync(join(OUTPUT, 'pane-ru.png'), await page.locator('aside').screenshot());
  });

  it('opens another workbook from the file picker and checks it', async () => {
    const fixture = LAYOUTS[0];
    await page.getByTestId('file').setInputFiles({ name: 'planted.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await toXlsx(fixture.build(true)) });
    await page.locator(`[data-testid="grid"][data-sheet="${fixture.sheet}"]`).waitFor();
    await expect(page.getByTestId('file-name').textContent()).resolves.toBe('planted.xlsx');
    // a new workbook gets a new pane, in the browser's language again, with nothing from the last one
    await expect(page.getByTestId('findings').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Check workbook' }).click();
    await page.getByTestId('findings').waitFor();
    const errors = await page.locator('[data-finding][data-severity="error"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));
    expect(errors.sort()).toEqual(fixture.planted.errors.map((c) => `${fixture.sheet}!${c}`).sort());
  });

  it('says so in a message bar when the file is not a workbook', async () => {
    await page.getByTestId('file').setInputFiles({ name: 'notes.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('just some text') });
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/could not be read as an \.xlsx workbook/);
  });
});
