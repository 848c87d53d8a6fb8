import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The production build of the add-in (npm test runs `npm run build` first).
const DIST = join(__dirname, '..', '..', 'dist', 'addin');

interface BundleSizes {
  readonly budgetGzipBytes: number;
  readonly entries: Record<string, { files: string[]; bytes: number; gzipBytes: number }>;
}

describe('the add-in build', () => {
  const sizes = (): BundleSizes => {
    const file = join(DIST, 'bundle-size.json');
    if (!existsSync(file)) throw new Error('dist/addin is not built: run `npm run build` (npm test does)');
    return JSON.parse(readFileSync(file, 'utf8')) as BundleSizes;
  };

  it('keeps the pane’s initial JavaScript within 300 KB gzipped, without ExcelJS', () => {
    const { entries, budgetGzipBytes } = sizes();
    expect(budgetGzipBytes).toBe(300 * 1024);
    expect(entries.taskpane.gzipBytes).toBeLessThanOrEqual(budgetGzipBytes);
    expect(entries.taskpane.files.some((f) => /exceljs/i.test(f))).toBe(false);
    const code = entries.taskpane.files.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
    expect(code).not.toMatch(/xl\/workbook\.xml/); // ExcelJS's writer is not in the pane
    expect(entries.standalone.files.some((f) => /exceljs/i.test(f))).toBe(true);
  });

  it('ships the corrections’ solver (HiGHS, WebAssembly) beside the engine’s worker, which loads it from there', () => {
    expect(existsSync(join(DIST, 'highs.wasm'))).toBe(true);
    expect(readFileSync(join(DIST, 'highs.wasm')).subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d])); // \0asm
    expect(readFileSync(join(DIST, 'engine-worker.js'), 'utf8')).toContain('highs.wasm');
  });

  it('loads Office.js from Microsoft’s CDN in the pane, never bundled, and not at all in the standalone page', () => {
    const pane = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
    expect(pane).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    const standalone = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(standalone).not.toContain('office.js');
  });
});
