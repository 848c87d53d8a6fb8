import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildBenchWorkbook } from '../../bench/buildWorkbook';
import { OUTPUT, openStandalone, type StandalonePage } from '../support/standalonePage';

// Opening the bench workbook (102 sheets, 240,649 cells) in real Chromium: the page says how far
// the reading is, sheet by sheet, and keeps painting.
let standalone: StandalonePage;
let page: Page;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'open-e2e-'));
  await buildBenchWorkbook(join(dir, 'bench.xlsx'));
  standalone = await openStandalone();
  page = standalone.page;
}, 240_000);

afterAll(async () => {
  await standalone?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('opening the bench workbook', () => {
  it('shows which sheet of 102 is being read, a bar that fills, and the workbook once read', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; stages: string[] };
      w.longTasks = [];
      w.stages = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(e.duration);
      }).observe({ type: 'longtask' });
      // every text the progress shows, as the page paints it
      const seen = () => {
        const text = document.querySelector('[data-testid="open-progress"]')?.textContent;
        if (text && w.stages[w.stages.length - 1] !== text) w.stages.push(text);
        requestAnimationFrame(seen);
      };
      requestAnimationFrame(seen);
    });
    const started = Date.now();
    await page.getByTestId('file').setInputFiles(join(dir, 'bench.xlsx'));
    await page.locator('[data-testid="open-progress"][data-stage="sheet"]').waitFor();
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'opening.png'), clip: { x: 0, y: 0, width: 1000, height: 160 } });
    await page.waitForFunction(() => document.querySelector('[data-testid="file-name"]')?.textContent === 'bench.xlsx', undefined, { timeout: 120_000 });
    const elapsed = Date.now() - started;
    const { longTasks, stages } = await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; stages: string[] };
      return { longTasks: w.longTasks, stages: w.stages };
    });
    console.log(`bench workbook opened in the page: ${elapsed} ms; ${stages.length} progress texts painted; long tasks (ms): ${longTasks.map((d) => Math.round(d)).join(', ') || 'none'}`);
    const sheets = stages.filter((s) => /sheet \d+ of 102/.test(s));
    expect(sheets.length).toBeGreaterThan(2);
    expect(stages.some((s) => s.startsWith('Preparing the sheets of bench.xlsx'))).toBe(true);
    await expect(page.getByTestId('open-progress').count()).resolves.toBe(0);
    await expect(page.getByTestId('sheet-menu').locator('option').count()).resolves.toBe(102);
  }, 180_000);
});
