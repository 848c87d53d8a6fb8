import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath, missingPrerequisite } from './prerequisites';

/** Where the browser tests find the build, the sample, and where they leave screenshots. */
export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist', 'addin');
export const SAMPLE = join(ROOT, 'samples', 'programme-sample.xlsx');
export const OUTPUT = join(ROOT, 'test-output');

const { serve } = require('../../scripts/serve.js') as { serve: (root: string, port?: number) => Promise<{ server: Server; url: string }> };

export interface StandalonePage {
  readonly page: Page;
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The production build's standalone host served on a local port and opened in Chromium
 * (playwright-core, headless; CHROMIUM_PATH, else where scripts/prerequisites.js finds it), the
 * sample workbook loaded. Nothing leaves the machine: every request to another host is aborted.
 */
export async function openStandalone(): Promise<StandalonePage> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/addin is not built: run `npm run build` (npm test does)');
  const executablePath = chromiumPath();
  if (!executablePath) throw missingPrerequisite('chromium');
  const { server, url } = await serve(DIST);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(url);
    await page.getByTestId('grid').waitFor();
    const opened = browser;
    return {
      page,
      url,
      close: async () => {
        await opened.close();
        await new Promise((resolve) => server.close(resolve));
      },
    };
  } catch (e) {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
    throw e;
  }
}

/** A workbook's cells, for comparing cell for cell: value, style, note. */
export async function cellsOf(data: Buffer | ArrayBuffer): Promise<Map<string, string>> {
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

/** The workbook as the page's Download button saves it. */
export async function downloadFile(page: Page): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  return readFileSync((await file.path())!);
}
