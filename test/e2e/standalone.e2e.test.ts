import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readXlsx } from '../../src/cli/readXlsx';
import { checkWorkbook, HIGHLIGHT_FILLS, type Finding } from '../../src/engine';
import { LAYOUTS } from '../engine/layouts/layoutFixtures';
import { toXlsx } from '../support/sheet';
import { cellsOf, downloadFile as downloadWorkbook, OUTPUT, SAMPLE, openStandalone, type StandalonePage } from '../support/standalonePage';

// The standalone host in real Chromium, over the production build (npm test builds it first).
let standalone: StandalonePage;
let page: Page;
let findings: readonly Finding[];

beforeAll(async () => {
  findings = checkWorkbook((await readXlsx(SAMPLE)).snapshot).findings;
  standalone = await openStandalone();
  ({ page } = standalone);
});

afterAll(async () => {
  await standalone?.close();
});

const download = (): Promise<Buffer> => downloadWorkbook(page);

describe('the standalone host on the sample workbook', () => {
  it('checks the workbook and shows the findings the engine finds, grouped by table', async () => {
    await page.getByRole('button', { name: 'Check workbook' }).click();
    await page.getByTestId('findings').waitFor();
    const shown = await page.locator('[data-finding]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-severity')} ${e.getAttribute('data-finding')}`));
    expect(findings.length).toBeGreaterThan(0);
    expect([...shown].sort()).toEqual(findings.map((f) => `${f.severity} ${f.sheet}!${f.cell}`).sort());
    // the findings come first; the tables are a line that opens on demand
    expect(await page.getByTestId('findings').evaluate((el) => !!(el.compareDocumentPosition(document.querySelector('[data-testid="tables-toggle"]')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    await page.getByTestId('tables-toggle').click();
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
    // the grid follows the pane's language: 4 084,477, not 4,084.477
    await page.getByTestId('sheet-menu').selectOption('Паспорт');
    const texts = await page.locator('[data-testid="grid"] td').allTextContents();
    expect(texts.some((t) => /^\d{1,3}([\s\u00a0\u202f]\d{3})+,\d+$/u.test(t))).toBe(true);
    expect(texts.some((t) => /^\d{1,3}(,\d{3})+\.\d+$/.test(t))).toBe(false);
    await page.locator('aside').evaluate((el) => el.scrollTo(0, 0));
    writeFileSync(join(OUTPUT, 'pane-ru.png'), await page.locator('aside').screenshot());
  });

  it('opens another workbook from the file picker and checks it', async () => {
    const fixture = LAYOUTS[0];
    await page.getByTestId('file').setInputFiles({ name: 'planted.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await toXlsx(fixture.build(true)) });
    await page.waitForFunction(() => document.querySelector('[data-testid="file-name"]')?.textContent === 'planted.xlsx');
    await page.locator(`[data-testid="grid"][data-sheet="${fixture.sheet}"]`).waitFor();
    // a new workbook gets a new pane, in the browser's language again, with nothing from the last one
    await expect(page.getByTestId('findings').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Check workbook' }).click();
    await page.getByTestId('findings').waitFor();
    const errors = await page.locator('[data-finding][data-severity="error"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));
    expect(errors.sort()).toEqual(fixture.planted.errors.map((c) => `${fixture.sheet}!${c}`).sort());
  });

  it('says so in a message bar when the file is not a workbook', async () => {
    await page.getByTestId('file').setInputFiles({ name: 'notes.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('just some text') });
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/This file is not an Excel workbook \(\.xlsx\)\.\s*Details$/);
    await page.getByTestId('problem-details-toggle').click();
    await expect(page.getByTestId('problem-details').textContent()).resolves.not.toBe('');
  });
});
