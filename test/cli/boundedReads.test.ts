import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { countCells } from '../../src/cli/xlsxPackage';
import { limitsFromEnv, DEFAULT_LIMITS, formatBytes } from '../../src/cli/limits';
import { sheet, toXlsx, workbook } from '../support/sheet';
import { captureIo } from '../support/cliIo';
import { PASSPORT_ROWS } from '../support/passport';

// Bounded work on any input: a zip bomb, a sheet too large, rows or columns past Excel's, a
// whole-sheet merge or data validation, a device as FILE. Each too-large file is one exit-2
// report line and the other files are still checked. The limits are lowered through the
// environment so that small generated files exercise them.

const ROOT = path.join(__dirname, '..', '..');
let dir: string;
const file = (name: string) => path.join(dir, name);

/** A minimal .xlsx package around the given sheets' XML (`<sheetData>...` and what follows it). */
async function xlsxOf(sheets: Record<string, string>, extra: Record<string, string | Buffer> = {}): Promise<Buffer> {
  const zip = new JSZip();
  const names = Object.keys(sheets);
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
      names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      '</Relationships>',
  );
  names.forEach((n, i) =>
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheets[n]}</worksheet>`),
  );
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}


/** Adds XML after `</sheetData>` of the first sheet of an .xlsx (merges, validations ExcelJS would expand if asked to write them). */
async function withAfterSheetData(xlsx: Buffer, xml: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const name = 'xl/worksheets/sheet1.xml';
  const text = (await zip.file(name)!.async('string')).replace(/<mergeCells[^]*?<\/mergeCells>/, '').replace('</sheetData>', `</sheetData>${xml}`);
  zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * A zip bomb that lies: a workbook whose second sheet's directory entries declare `declared` bytes
 * while its data inflates to `actual` bytes of zeros. The sizes are patched in the local header
 * and the central directory of a stored (uncompressed) archive.
 */
async function lyingBomb(declared: number, actual: number): Promise<Buffer> {
  const base = await JSZip.loadAsync(await xlsxOf({ S: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>', Bomb: '<sheetData/>' }));
  const stored = await base.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  const deflated = deflateRawSync(Buffer.alloc(actual), { level: 9 });
  const name = Buffer.from('xl/worksheets/sheet2.xml');
  let localHeader = -1;
  for (let p = stored.indexOf(name); p >= 0; p = stored.indexOf(name, p + 1)) {
    if (stored.readUInt32LE(p - 30) === 0x04034b50) localHeader = p - 30;
  }
  const oldSize = stored.readUInt32LE(localHeader + 18);
  const dataStart = localHeader + 30 + name.length + stored.readUInt16LE(localHeader + 28);
  const head = Buffer.from(stored.subarray(0, dataStart));
  head.writeUInt16LE(8, localHeader + 8); // deflate
  head.writeUInt32LE(deflated.length, localHeader + 18);
  head.writeUInt32LE(declared, localHeader + 22);
  const rest = Buffer.from(stored.subarray(dataStart + oldSize));
  const shift = deflated.length - oldSize;
  for (let p = rest.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); p >= 0 && rest.readUInt32LE(p) === 0x02014b50; ) {
    const nameLen = rest.readUInt16LE(p + 28);
    const entryName = rest.subarray(p + 46, p + 46 + nameLen).toString();
    if (entryName === 'xl/worksheets/sheet2.xml') {
      rest.writeUInt16LE(8, p + 10);
      rest.writeUInt32LE(deflated.length, p + 20);
      rest.writeUInt32LE(declared, p + 24);
    } else if (rest.readUInt32LE(p + 42) > localHeader) {
      rest.writeUInt32LE(rest.readUInt32LE(p + 42) + shift, p + 42);
    }
    p += 46 + nameLen + rest.readUInt16LE(p + 30) + rest.readUInt16LE(p + 32);
  }
  const eocd = rest.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  rest.writeUInt32LE(rest.readUInt32LE(eocd + 16) + shift, eocd + 16);
  return Buffer.concat([head, deflated, rest]);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-bounded-'));
  const passport = await toXlsx(workbook(sheet('Паспорт', PASSPORT_ROWS)));
  fs.writeFileSync(file('good.xlsx'), passport);
  // 400 KB of spaces inside the sheet's XML: it deflates to a few hundred bytes
  fs.writeFileSync(file('padded.xlsx'), await xlsxOf({ S: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>${' '.repeat(400 * 1024)}` }));
  fs.writeFileSync(file('lying-bomb.xlsx'), await lyingBomb(2000, 64 * 1024 * 1024));
  fs.writeFileSync(file('row-past-excel.xlsx'), await xlsxOf({ S: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2000000"><c r="A2000000"><v>2</v></c></row></sheetData>' }));
  fs.writeFileSync(file('column-past-excel.xlsx'), await xlsxOf({ S: '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c></row></sheetData>' }));
  const cells = Array.from({ length: 60 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 50 }, (_, c) => `<c r="${c >= 26 ? 'A' : ''}${String.fromCharCode(65 + (c % 26))}${r + 1}"><v>${c}</v></c>`).join('')}</row>`).join('');
  fs.writeFileSync(file('3000-cells.xlsx'), await xlsxOf({ S: `<sheetData>${cells}</sheetData>` }));
  fs.writeFileSync(file('whole-sheet-merge.xlsx'), await withAfterSheetData(passport, '<mergeCells count="1"><mergeCell ref="A7:XFD1048576"/></mergeCells>'));
  fs.writeFileSync(
    file('whole-sheet-validation.xlsx'),
    await withAfterSheetData(passport, '<dataValidations count="1"><dataValidation type="whole" allowBlank="1" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>'),
  );
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:/);

describe('limits', () => {
  it('come from the environment, in bytes or with K, M, G; anything else keeps the default', () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(limitsFromEnv({ BUDGET_CHECK_MAX_UNZIPPED: '64M', BUDGET_CHECK_MAX_PART: '100K', BUDGET_CHECK_MAX_CELLS: '1000', BUDGET_CHECK_MAX_FILE: 'lots' })).toEqual({
      ...DEFAULT_LIMITS,
      unzippedBytes: 64 * 1024 * 1024,
      partBytes: 100 * 1024,
      cells: 1000,
    });
    expect(formatBytes(1024 ** 3)).toBe('1 GB');
    expect(formatBytes(100 * 1024)).toBe('100 KB');
  });

  it('counts cells as <c> elements, not <col> or <cfRule>', () => {
    expect(countCells('<cols><col min="1"/></cols><row><c r="A1"><v>1</v></c><c/><c\tr="B1"/><cfRule/></row>')).toBe(3);
  });
});

describe('check: a file past a limit is one exit-2 line, and the other files are still checked', () => {
  const checkJson = async (names: string[], env: Record<string, string> = {}) => {
    const io = captureIo(env);
    const status = await main(['check', ...names.map(file), '--format', 'json', '--lang', 'en'], io);
    return { status, doc: JSON.parse(io.stdout()), stderr: io.stderr() };
  };

  it('a part larger than the per-part limit (declared size), refused before it is inflated', async () => {
    const { status, doc } = await checkJson(['padded.xlsx', 'good.xlsx'], { BUDGET_CHECK_MAX_PART: '100K' });
    expect(status).toBe(2);
    expect(doc.files[0].error).toEqual({
      code: 'too-large',
      message: `${file('padded.xlsx')}: its part xl/worksheets/sheet1.xml expands to 400.2 KB, more than the limit of 100 KB; refused`,
    });
    expect(doc.files[1].error).toBeUndefined();
    expect(doc.files[1].tables).toHaveLength(1);
  });

  it('a package larger than the whole-package limit', async () => {
    const { status, doc } = await checkJson(['padded.xlsx'], { BUDGET_CHECK_MAX_UNZIPPED: '200K' });
    expect(status).toBe(2);
    expect(doc.files[0].error.code).toBe('too-large');
    expect(doc.files[0].error.message).toBe(`${file('padded.xlsx')}: it expands to more than 200 KB; refused`);
  });

  it('the same file within the limits is read', async () => {
    const { status, doc } = await checkJson(['padded.xlsx']);
    expect(status).toBe(0);
    expect(doc.files[0].error).toBeUndefined();
  });

  it('a zip bomb declaring 2,000 bytes and holding 64 MB: inflating stops at the declared size', async () => {
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const { status, doc } = await checkJson(['lying-bomb.xlsx', 'good.xlsx']);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(process.memoryUsage().rss - before).toBeLessThan(48 * 1024 * 1024);
    expect(status).toBe(2);
    expect(doc.files[0].error).toEqual({
      code: 'not-xlsx',
      message: `${file('lying-bomb.xlsx')} is damaged: its part xl/worksheets/sheet2.xml cannot be read (it holds more than the 2 KB it declares); refused`,
    });
    expect(doc.files[1].tables).toHaveLength(1);
  });

  it('a row past 1,048,576 and a column past XFD are refused', async () => {
    const { status, doc } = await checkJson(['row-past-excel.xlsx', 'column-past-excel.xlsx', 'good.xlsx']);
    expect(status).toBe(2);
    expect(doc.files[0].error).toEqual({ code: 'too-large', message: `${file('row-past-excel.xlsx')}: sheet 'S' has row 2000000, past Excel's last row (1,048,576) or column (XFD); refused` });
    expect(doc.files[1].error).toEqual({ code: 'too-large', message: `${file('column-past-excel.xlsx')}: sheet 'S' has cell XFE1, past Excel's last row (1,048,576) or column (XFD); refused` });
    expect(doc.files[2].tables).toHaveLength(1);
  });

  it('more cells than the cell limit', async () => {
    const { status, doc } = await checkJson(['3000-cells.xlsx'], { BUDGET_CHECK_MAX_CELLS: '1000' });
    expect(status).toBe(2);
    expect(doc.files[0].error).toEqual({ code: 'too-large', message: `${file('3000-cells.xlsx')}: it has more than 1,000 cells; refused` });
    expect((await checkJson(['3000-cells.xlsx'])).status).toBe(0);
  });

  it('a file larger than the file limit, and a device that never ends (/dev/zero)', async () => {
    const { status, doc } = await checkJson(['good.xlsx'], { BUDGET_CHECK_MAX_FILE: '1K' });
    expect(status).toBe(2);
    expect(doc.files[0].error.code).toBe('too-large');
    expect(doc.files[0].error.message).toBe(`${file('good.xlsx')}: the file is larger than 1 KB; refused`);
    if (fs.existsSync('/dev/zero')) {
      const io = captureIo();
      expect(await main(['check', '/dev/zero', file('good.xlsx'), '--format', 'json'], io)).toBe(2);
      const zero = JSON.parse(io.stdout()).files;
      expect(zero[0].error.code).toBe('not-xlsx');
      expect(zero[1].tables).toHaveLength(1);
    }
  });

  it('more parts than the entry limit, counted from the archive’s directory even when its end record says fewer', async () => {
    const extra: Record<string, string> = {};
    for (let i = 0; i < 30; i++) extra[`xl/media/pad${i}.txt`] = 'x';
    const many = await xlsxOf({ S: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }, extra);
    fs.writeFileSync(file('many-parts.xlsx'), many);
    // the same archive whose end record claims 3 entries
    const lying = Buffer.from(many);
    const eocd = lying.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    lying.writeUInt16LE(3, eocd + 8);
    lying.writeUInt16LE(3, eocd + 10);
    fs.writeFileSync(file('many-parts-lying.xlsx'), lying);
    const { status, doc } = await checkJson(['many-parts.xlsx', 'many-parts-lying.xlsx', 'good.xlsx'], { BUDGET_CHECK_MAX_ENTRIES: '20' });
    expect(status).toBe(2);
    expect(doc.files[0].error).toEqual({ code: 'too-large', message: `${file('many-parts.xlsx')}: it has more than 20 parts; refused` });
    expect(doc.files[1].error).toEqual({ code: 'too-large', message: `${file('many-parts-lying.xlsx')}: it has more than 20 parts; refused` });
    expect(doc.files[2].tables).toHaveLength(1);
    expect((await checkJson(['many-parts.xlsx'])).status).toBe(0);
    expect(DEFAULT_LIMITS.entries).toBe(10_000);
  });

  it('the text report says it in one line per file, no stack trace', async () => {
    const io = captureIo({ BUDGET_CHECK_MAX_PART: '100K' });
    expect(await main(['check', file('padded.xlsx'), '--lang', 'en'], io)).toBe(2);
    expect(io.stdout()).toContain('expands to 400.2 KB, more than the limit of 100 KB; refused');
    noStackTrace(io.stdout() + io.stderr());
  });
});

describe('rollup and fill read within the same limits', () => {
  it('refuse a zip bomb, a part past the limit, too many cells, a row past Excel: exit 2, one line, nothing written', async () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      ['lying-bomb.xlsx', {}, /holds more than the 2 KB it declares/],
      ['padded.xlsx', { BUDGET_CHECK_MAX_PART: '100K' }, /expands to 400.2 KB/],
      ['3000-cells.xlsx', { BUDGET_CHECK_MAX_CELLS: '1000' }, /more than 1,000 cells/],
      ['row-past-excel.xlsx', {}, /has row 2000000/],
    ];
    for (const [name, env, message] of cases) {
      for (const args of [
        ['rollup', file(name), '-o', file('out.xlsx')],
        ['fill', file(name), '--template', 'S', '--dry-run'],
      ]) {
        const io = captureIo(env);
        expect(await main([...args, '--lang', 'en'], io)).toBe(2);
        expect(io.stderr()).toMatch(message);
        expect(io.stderr().trim().split('\n')).toHaveLength(1);
        noStackTrace(io.stderr());
        expect(fs.existsSync(file('out.xlsx'))).toBe(false);
      }
    }
  });
});

describe('a whole-sheet merge or data validation costs nothing', () => {
  it('check, rollup and fill --dry-run finish at once; the rollup keeps the merge and the validation as they were', async () => {
    for (const name of ['whole-sheet-merge.xlsx', 'whole-sheet-validation.xlsx']) {
      const started = Date.now();
      const io = captureIo();
      expect(await main(['check', file(name), '--lang', 'en'], io)).toBe(0);
      const out = file(`rolled-${name}`);
      const io2 = captureIo();
      expect(await main(['rollup', file(name), '--kind', 'year', '-o', out, '--lang', 'en'], io2)).toBe(0);
      if (name === 'whole-sheet-merge.xlsx') {
        const io3 = captureIo();
        expect(await main(['fill', file(name), '--template', 'Паспорт', '--dry-run', '--lang', 'en'], io3)).not.toBe(0);
        noStackTrace(io3.stderr());
      }
      expect(Date.now() - started).toBeLessThan(30_000);
      const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file('xl/worksheets/sheet1.xml')!.async('string');
      if (name === 'whole-sheet-merge.xlsx') expect(xml).toContain('<mergeCell ref="A7:XFD1048576"/>');
      else expect(xml).toMatch(/<dataValidation [^>]*sqref="A1:[A-Z]+\d+"/);
    }
  });

  it('in a separate process with a 160 MB heap: the whole-sheet merge, the bomb', () => {
    const bin = path.join(ROOT, 'bin', 'budget-check.js');
    const run = (args: string[]) => spawnSync(process.execPath, ['--max-old-space-size=160', bin, ...args], { encoding: 'utf8', timeout: 60_000 });
    const rollup = run(['rollup', file('whole-sheet-merge.xlsx'), '--kind', 'year', '-o', file('rolled-in-process.xlsx'), '--lang', 'en']);
    expect(rollup.stderr).toBe('');
    expect(rollup.status).toBe(0);
    const check = run(['check', file('lying-bomb.xlsx'), file('whole-sheet-merge.xlsx'), file('whole-sheet-validation.xlsx'), '--lang', 'en']);
    expect(check.status).toBe(2);
    expect(check.stdout).toContain('is damaged: its part xl/worksheets/sheet2.xml');
    expect(check.stdout.match(/1 table found/g)).toHaveLength(2);
  });
});
