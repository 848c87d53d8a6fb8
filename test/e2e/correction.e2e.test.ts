import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CORRECTION_FILL } from '../../src/engine';
import { OUTPUT, openStandalone, type StandalonePage } from '../support/standalonePage';

// A table's correction in the pane, in real Chromium over the production build: shown after the
// findings, previewed in the grid, applied as one change the check then finds clean, undone.
let standalone: StandalonePage;
let page: Page;
const wasm: number[] = [];

beforeAll(async () => {
  standalone = await openStandalone();
  ({ page } = standalone);
  page.on('response', (r) => {
    if (r.url().endsWith('/highs.wasm')) wasm.push(r.status());
  });
});

afterAll(async () => {
  await standalone?.close();
});

const cell = (sheet: string, a1: string) => page.locator(`[data-testid="grid"][data-sheet="${sheet}"] [data-cell="${a1}"]`);
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('the correction of the sample’s table T3', () => {
  it('is shown with its cells, its new figures and how many others are as small; the worker has its solver', async () => {
    await page.getByRole('button', { name: 'Check workbook' }).click();
    const card = page.getByTestId('correction');
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('Change 6 cells so that every total of table T3 agrees');
    await expect(card.textContent()).resolves.toContain('D51: 3,535.663 → 3,655.463');
    await expect(card.textContent()).resolves.toContain('15 other corrections are as small');
    // the findings come first
    expect(await page.getByTestId('findings').evaluate((el) => !!(el.compareDocumentPosition(document.querySelector('[data-testid="corrections"]')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    // HiGHS was loaded by the engine's worker, from the page's own folder
    expect(wasm.length).toBeGreaterThan(0);
    expect(wasm.every((status) => status === 200)).toBe(true);
  });

  it('Preview marks the six cells in the grid and changes none', async () => {
    await page.getByTestId('correction').getByRole('button', { name: 'Preview' }).click();
    await page.getByTestId('notice').waitFor();
    await page.getByTestId('sheet-tabs').getByRole('tab', { name: 'Приложение 2' }).click();
    await expect(cell('Приложение 2', 'D51').evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe(rgb(CORRECTION_FILL));
    await expect(cell('Приложение 2', 'D51').getAttribute('title')).resolves.toMatch(/3,655\.463/);
    await expect(cell('Приложение 2', 'D51').textContent()).resolves.toMatch(/3,535\.663/);
    // for the README: the correction in the pane, its cells marked in the grid
    mkdirSync(OUTPUT, { recursive: true });
    await page.getByTestId('corrections').scrollIntoViewIfNeeded();
    writeFileSync(join(OUTPUT, 'correction.png'), await page.getByTestId('corrections').screenshot());
    await cell('Приложение 2', 'D51').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUTPUT, 'correction-preview.png') });
    await page.getByRole('button', { name: 'Clear highlights' }).click();
    await page.getByText('Highlights cleared').waitFor();
  });

  it('Apply writes them; the check then finds every total of T3 agreeing; Undo puts the figures back', async () => {
    await page.getByTestId('correction').getByRole('button', { name: 'Apply' }).click();
    await page.getByText(/^Table T3 corrected/).waitFor();
    await expect(cell('Приложение 2', 'D51').textContent()).resolves.toMatch(/3,655\.463/);
    await page.getByRole('button', { name: 'Check workbook' }).click();
    await page.getByTestId('summary').waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="stale"]'));
    const errors = await page.locator('[data-finding][data-severity="error"]').count();
    expect(errors).toBe(0);
    await expect(page.getByTestId('correction').count()).resolves.toBe(0);
    await page.getByRole('button', { name: /^Undo: Correction of table T3/ }).click();
    await page.waitForFunction(() => /3,535\.663/.test(document.querySelector('[data-sheet="Приложение 2"] [data-cell="D51"]')?.textContent ?? ''));
  });
});
