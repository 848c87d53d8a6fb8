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

/**
 * The name of the folder that sits beside the main checkout (and not beside a fresh clone). Built
 * here, never written out, so that this test does not find itself, nor trip a scan for the path.
 */
const NAME = ['sha', 'red'].join('');
/** That folder, written as a path (`../NAME`, `..\\NAME`) or as path segments (`'..', 'NAME'`). */
const SHARED_FOLDER = new RegExp(`\\.\\.[/\\\\]+${NAME}\\b|['"]\\.\\.['"]\\s*,\\s*['"]${NAME}['"]`);
const UP = '..';

describe('the repository stands on its own', () => {
  it('has nothing under src/ or test/ that reaches for the folder beside the checkout (a fresh clone has no such folder)', () => {
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
    for (const s of [`'${UP}/${NAME}/fixtures'`, `join(ROOT, "${UP}", "${NAME}")`, `join(__dirname, '..', '..', '${UP}', '${NAME}', 'tools')`, `${UP}\\${NAME}\\tools`]) expect([s, SHARED_FOLDER.test(s)]).toEqual([s, true]);
    for (const s of [`${NAME} strings`, `f t="${NAME}"`, `exceljs/lib/utils/${NAME}-formula`, `./${NAME}`]) expect([s, SHARED_FOLDER.test(s)]).toEqual([s, false]);
  });
});
