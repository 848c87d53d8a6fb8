import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildBenchWorkbook } from '../../bench/buildWorkbook';
import { OUTPUT, openStandalone, type StandalonePage } from '../support/standalonePage';

// The bench workbook (240,649 cells, 533 tables, 102 sheets) in real Chromium: the engine runs in
// a Web Worker, so the page keeps painting during the check.
let standalone: StandalonePage;
let page: Page;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bench-e2e-'));
  await buildBenchWorkbook(join(dir, 'bench.xlsx'));
  standalone = await openStandalone();
  page = standalone.page;
  await page.getByTestId('file').setInputFiles(join(dir, 'bench.xlsx'));
  await page.waitForFunction(() => document.querySelector('[data-testid="file-name"]')?.textContent === 'bench.xlsx', undefined, { timeout: 120_000 });
}, 240_000);

afterAll(async () => {
  await standalone?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a check of the bench workbook', () => {
  it('leaves the main thread free: no task over 1 s while the engine runs, with progress shown', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    const started = Date.now();
    await page.getByRole('button', { name: 'Check workbook' }).click();
    await page.getByTestId('progress').waitFor();
    // the engine tells how far it is from the worker: the sheet of 102, then the checks
    await page.waitForFunction(() => /^Finding the tables: sheet \d+ of 102…$/.test(document.querySelector('[data-testid="progress"]')?.textContent ?? ''), undefined, { timeout: 60_000 });
    await page.getByTestId('summary').waitFor({ timeout: 120_000 });
    const elapsed = Date.now() - started;
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    console.log(`bench workbook check in the page: ${elapsed} ms; long tasks (ms): ${longTasks.map((d) => Math.round(d)).join(', ') || 'none'}`);
    expect(Math.max(0, ...longTasks)).toBeLessThan(1000);
    await expect(page.getByTestId('summary').textContent()).resolves.toMatch(/^533 tables found/);
    await expect(page.locator('[data-finding][data-severity="error"]').count()).resolves.toBeGreaterThan(0);
  }, 180_000);

  it('filters the findings by severity and by table, and jumps from a table to its findings', async () => {
    const shown = () => page.locator('[data-finding]').evaluateAll((els) => els.map((e) => ({ severity: e.getAttribute('data-severity'), table: e.getAttribute('data-table') })));
    const all = await shown();
    const errors = all.filter((f) => f.severity === 'error').length;
    expect(all[0].severity).toBe('error');
    // severity: errors off, then on again
    await page.locator('[data-filter-severity="error"]').click();
    const noErrors = await shown();
    expect(noErrors.some((f) => f.severity === 'error')).toBe(false);
    expect(noErrors).toHaveLength(all.length - errors);
    await page.locator('[data-filter-severity="error"]').click();
    await expect(page.locator('[data-finding]').count()).resolves.toBe(all.length);
    // a table's findings, from the tables' list
    const table = all[all.length - 1].table!;
    await page.getByTestId('tables-toggle').click();
    await page.locator(`[data-show-findings="${table}"]`).click();
    await expect(page.getByTestId('scope-filter').inputValue()).resolves.toBe(`table:${table}`);
    const ofTable = await shown();
    expect(ofTable).toHaveLength(all.filter((f) => f.table === table).length);
    expect(ofTable.every((f) => f.table === table)).toBe(true);
    await page.getByTestId('scope-filter').selectOption('');
    await page.getByTestId('tables-toggle').click();
  }, 60_000);

  it('leaves screenshots of the pane over the bench workbook, in English and in Russian', async () => {
    mkdirSync(OUTPUT, { recursive: true });
    await page.locator('aside').evaluate((el) => el.scrollTo(0, 0));
    writeFileSync(join(OUTPUT, 'bench-pane.png'), await page.locator('aside').screenshot());
    await page.screenshot({ path: join(OUTPUT, 'standalone-bench.png') });
    await page.getByTestId('lang').selectOption('ru');
    await page.getByRole('button', { name: 'Проверить книгу' }).waitFor();
    await expect(page.getByTestId('summary').textContent()).resolves.toMatch(/^Найдено таблиц: 533/);
    await page.locator('aside').evaluate((el) => el.scrollTo(0, 0));
    writeFileSync(join(OUTPUT, 'bench-pane-ru.png'), await page.locator('aside').screenshot());
    await page.getByTestId('lang').selectOption('en');
  });

  it('reads the rollups’ tables in the engine’s worker, shows them 50 at a time: no main-thread task over 1 s', async () => {
    await page.evaluate(() => {
      (window as unknown as { longTasks: number[] }).longTasks = [];
    });
    await page.getByRole('tab', { name: 'Rollups' }).click();
    await page.getByTestId('rollup-progress').waitFor();
    await page.locator('[data-rollup-table]').first().waitFor({ timeout: 120_000 });
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    const funding = await page.getByTestId('rollup-shown').textContent();
    console.log(`bench workbook rollup tables in the page (${funding}); long tasks (ms): ${longTasks.map((d) => Math.round(d)).join(', ') || 'none'}`);
    expect(funding).toMatch(/^Showing 50 of \d{3}\.$/);
    await expect(page.locator('[data-rollup-table]').count()).resolves.toBe(50);
    expect(Math.max(0, ...longTasks)).toBeLessThan(1000);
  }, 180_000);
});
