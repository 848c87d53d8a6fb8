import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { checkFile, main, type Io } from '../../src/cli/main';
import type { TestCell } from '../support/sheet';
import { sheet, toXlsx, workbook } from '../support/sheet';

// "Bad input never crashes": a file that is not an .xlsx, a missing file, a zip that is not
// a workbook, an empty file. A file that cannot be read is reported (exit status 2) while
// the other files are still checked.

interface Captured {
  readonly io: Io;
  readonly out: () => string;
  readonly err: () => string;
}

function capture(): Captured {
  let out = '';
  let err = '';
  return {
    io: { out: (t) => void (out += t), err: (t) => void (err += t), env: { LANG: 'en_US.UTF-8' } },
    out: () => out,
    err: () => err,
  };
}

function passport(total2022: number): TestCell[][] {
  return [
    ['Объёмы и источники финансирования МП (тыс. руб.)'],
    ['Источники', '2021 год', '2022 год', 'Всего'],
    ['федеральный бюджет', 100, 200, 300],
    ['областной бюджет', 10, 20, 30],
    ['ВСЕГО:', 110, total2022, 110 + total2022],
  ];
}

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-check-bad-input-'));
  fs.writeFileSync(file('good.xlsx'), await toXlsx(workbook(sheet('Паспорт', passport(220)))));
  fs.writeFileSync(file('planted.xlsx'), await toXlsx(workbook(sheet('Паспорт', passport(221)))));
  fs.writeFileSync(file('bad.txt'), 'Это не книга Excel.\nThis is not a workbook.\n');
  fs.writeFileSync(file('text-named.xlsx'), 'Источники;2021 год;2022 год\nфедеральный бюджет;1;2\n');
  fs.writeFileSync(file('empty.xlsx'), Buffer.alloc(0));
  fs.writeFileSync(file('garbage-zip.xlsx'), Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('not really a zip archive at all '.repeat(20))]));
  const zip = new JSZip();
  zip.file('readme.txt', 'a zip archive with one text file, not a workbook');
  fs.writeFileSync(file('plain-zip.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
  const good = fs.readFileSync(file('good.xlsx'));
  fs.writeFileSync(file('truncated.xlsx'), good.subarray(0, Math.floor(good.length / 2)));
  fs.mkdirSync(file('a-directory.xlsx'));
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('checkFile on files that are not workbooks', () => {
  const cases: [string, string, string | undefined][] = [
    ['a text file', 'bad.txt', 'not-xlsx'],
    ['a text file named .xlsx', 'text-named.xlsx', 'not-xlsx'],
    ['an empty file', 'empty.xlsx', 'not-xlsx'],
    ['"PK\\x03\\x04" followed by garbage', 'garbage-zip.xlsx', 'not-xlsx'],
    ['a zip holding one text file', 'plain-zip.xlsx', 'not-xlsx'],
    ['half of a real .xlsx', 'truncated.xlsx', 'not-xlsx'],
    ['a directory', 'a-directory.xlsx', undefined],
  ];

  it.each(cases)('%s: an error with a code and a message, no result, no throw', async (_what, name, code) => {
    const report = await checkFile(file(name));
    expect(report.file).toBe(file(name));
    expect(report.result).toBeUndefined();
    expect(report.error).toBeDefined();
    expect(report.error!.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    if (code) expect(report.error!.code).toBe(code);
    expect(report.error!.message).toContain(name);
    expect(report.error!.message.length).toBeGreaterThan(name.length + 5);
  });

  it('a missing file: file-not-found naming the file', async () => {
    const missing = file('no-such-file.xlsx');
    const report = await checkFile(missing);
    expect(report.result).toBeUndefined();
    expect(report.error).toEqual({ code: 'file-not-found', message: expect.stringContaining('no-such-file.xlsx') });
  });

  it('says why a file could not be read in the user language, in Russian with no English from the reader', async () => {
    const missing = file('no-such-file.xlsx');
    const text = file('bad.txt');
    const ru = capture();
    expect(await main(['check', missing, text, '--lang', 'ru'], ru.io)).toBe(2);
    expect(ru.out()).toContain('Не удалось прочитать файл: такого файла нет.');
    expect(ru.out()).toContain('Не удалось прочитать файл: это не книга Excel (.xlsx) или она повреждена.');
    expect(ru.out()).not.toMatch(/no such file|is not an \.xlsx|zip/i);
    const en = capture();
    await main(['check', missing, '--lang', 'en'], en.io);
    expect(en.out()).toContain('Could not read the file: no such file');
  });

  it('a good workbook reads and checks', async () => {
    const report = await checkFile(file('good.xlsx'));
    expect(report.error).toBeUndefined();
    expect(report.result!.tables).toHaveLength(1);
    expect(report.result!.findings).toEqual([]);
  });
});

describe('main: one bad file among good ones', () => {
  it('JSON: exit status 2, both files listed, the good one checked, the bad one with its error', async () => {
    const c = capture();
    const status = await main(['check', file('good.xlsx'), file('bad.txt'), '--format', 'json'], c.io);
    expect(status).toBe(2);
    const doc = JSON.parse(c.out());
    expect(doc.tool).toBe('budget-check');
    expect(doc.files).toHaveLength(2);
    const [good, bad] = doc.files;
    expect(good.file).toBe(file('good.xlsx'));
    expect(good.error).toBeUndefined();
    expect(good.tables).toHaveLength(1);
    expect(good.tables[0]).toMatchObject({ sheet: 'Паспорт', range: 'A2:D5', years: [2021, 2022] });
    expect(good.findings).toEqual([]);
    expect(bad.file).toBe(file('bad.txt'));
    expect(bad.error).toEqual({ code: 'not-xlsx', message: expect.stringContaining('bad.txt') });
    expect(bad.tables).toEqual([]);
    expect(bad.findings).toEqual([]);
  });

  it('JSON: a bad file listed first does not stop the files after it', async () => {
    const c = capture();
    const status = await main(['check', file('no-such-file.xlsx'), file('garbage-zip.xlsx'), file('planted.xlsx'), '--format', 'json'], c.io);
    expect(status).toBe(2);
    const doc = JSON.parse(c.out());
    expect(doc.files.map((f: { file: string }) => path.basename(f.file))).toEqual(['no-such-file.xlsx', 'garbage-zip.xlsx', 'planted.xlsx']);
    expect(doc.files[0].error.code).toBe('file-not-found');
    expect(doc.files[1].error.code).toBe('not-xlsx');
    expect(doc.files[2].error).toBeUndefined();
    expect(doc.files[2].findings.map((f: { code: string }) => f.code)).toContain('sum-mismatch');
  });

  it('text: exit status 2 and the unreadable file is named with its reason', async () => {
    const c = capture();
    const status = await main(['check', file('good.xlsx'), file('empty.xlsx'), '--lang', 'en'], c.io);
    expect(status).toBe(2);
    expect(c.out()).toContain(file('good.xlsx'));
    expect(c.out()).toContain(file('empty.xlsx'));
    expect(c.out()).toMatch(/not an \.xlsx/);
  });

  it('a zip archive that holds no workbook is not reported as a clean workbook: exit 2', async () => {
    const c = capture();
    const status = await main(['check', file('plain-zip.xlsx'), '--format', 'json'], c.io);
    expect(status).toBe(2);
    expect(JSON.parse(c.out()).files[0].error).toEqual({ code: 'not-xlsx', message: expect.stringContaining('plain-zip.xlsx') });
  });
});

describe('main: exit status of readable files', () => {
  it('a correct workbook: exit 0, the text report names the file', async () => {
    const c = capture();
    const status = await main(['check', file('good.xlsx')], c.io);
    expect(status).toBe(0);
    expect(c.out()).toContain('good.xlsx');
  });

  it('a planted error: exit 1, the text report names the file and the cell', async () => {
    const c = capture();
    const status = await main(['check', file('planted.xlsx')], c.io);
    expect(status).toBe(1);
    expect(c.out()).toContain('planted.xlsx');
    expect(c.out()).toContain('C5');
  });

  it('JSON of a planted error: the sum-mismatch with exact decimals', async () => {
    const c = capture();
    expect(await main(['check', file('planted.xlsx'), '--format', 'json'], c.io)).toBe(1);
    const findings = JSON.parse(c.out()).files[0].findings;
    expect(findings).toContainEqual(expect.objectContaining({ code: 'sum-mismatch', cell: 'C5', expected: '220', actual: '221', difference: '1' }));
  });
});

describe('main: usage errors', () => {
  it('no arguments: exit 2, no throw', async () => {
    const c = capture();
    await expect(main([], c.io)).resolves.toBe(2);
    expect(c.out() + c.err()).toMatch(/budget-check|Usage/);
  });

  it('check without files: exit 2, no throw', async () => {
    const c = capture();
    await expect(main(['check'], c.io)).resolves.toBe(2);
    expect(c.err()).not.toBe('');
  });

  it('an unknown option or format: exit 2, no throw', async () => {
    await expect(main(['check', file('good.xlsx'), '--format', 'xml'], capture().io)).resolves.toBe(2);
    await expect(main(['check', file('good.xlsx'), '--no-such-option'], capture().io)).resolves.toBe(2);
    await expect(main(['frobnicate'], capture().io)).resolves.toBe(2);
  });
});
