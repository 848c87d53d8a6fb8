import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Every text file under `dir` (the workbooks are zip files, not searched). */
function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return textFiles(path);
    return ['.ts', '.tsx', '.js', '.json', '.html', '.md', '.sh', '.css'].includes(extname(e.name)) ? [path] : [];
  });
}

/** The folder beside the main checkout, written as a path (`../shared`, `..\shared`) or as path segments (`'..', 'shared'`). */
const SHARED_FOLDER = /\.\.[/\\]+shared\b|['"]\.\.['"]\s*,\s*['"]shared['"]/;

describe('the repository stands on its own', () => {
  it('has nothing under src/ or test/ that reaches for ../shared (a fresh clone has no such folder)', () => {
    const hits = ['src', 'test']
      .flatMap((dir) => textFiles(join(ROOT, dir)))
      .filter((file) => file !== __filename)
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (SHARED_FOLDER.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(hits).toEqual([]);
  });

  it('recognises the ways a path to the folder is written', () => {
    for (const s of ["'../shared/fixtures'", 'join(ROOT, "..", "shared")', "join(__dirname, '..', '..', '..', 'shared', 'tools')", '..\\shared\\tools']) expect([s, SHARED_FOLDER.test(s)]).toEqual([s, true]);
    for (const s of ['shared strings', "f t=\"shared\"", 'exceljs/lib/utils/shared-formula', './shared']) expect([s, SHARED_FOLDER.test(s)]).toEqual([s, false]);
  });
});
