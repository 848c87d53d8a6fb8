import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildBenchWorkbook } from '../../bench/buildWorkbook';
import { openStandalone, type StandalonePage } from '../support/standalonePage';

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
    await page.getByTestId('summary').waitFor({ timeout: 120_000 });
    const elapsed = Date.now() - started;
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    console.log(`bench workbook check in the page: ${elapsed} ms; long tasks (ms): ${longTasks.map((d) => Math.round(d)).join(', ') || 'none'}`);
    expect(Math.max(0, ...longTasks)).toBeLessThan(1000);
    await expect(page.getByTestId('summary').textContent()).resolves.toMatch(/^533 tables found/);
    await expect(page.locator('[data-finding][data-severity="error"]').count()).resolves.toBeGreaterThan(0);
  }, 180_000);
});
