/**
 * Honest reading (issue 10): a damaged package is refused naming the part; a formula without a
 * result is "not calculated", never a mismatch; what is no number is no figure; nothing the
 * workbook holds can act on the terminal; no JavaScript message reaches the user.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { main, terminalSafe, type Io } from '../../src/cli/main';
import { sheet, toXlsx, workbook } from '../support/sheet';
import { captureIo } from '../support/cliIo';
import { PASSPORT_ROWS } from '../support/passport';

const dir = mkdtempSync(join(tmpdir(), 'bc-honest-'));
const SHEET = 'xl/worksheets/sheet1.xml';

/** The passport table (every total right), edited part by part, written to a file. */
async function passport(name: string, edit: (zip: JSZip, text: (part: string) => Promise<string>) => Promise<void> | void = () => {}): Promise<string> {
  const base = await toXlsx(
    workbook(
      sheet('Паспорт', PASSPORT_ROWS),
    ),
  );
  const zip = await JSZip.loadAsync(base);
  await edit(zip, (part) => zip.file(part)!.async('string'));
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

/** Replaces a cell's XML (`<c r="B2">…</c>`) in the sheet. */
const cell = (ref: string, xml: string) => async (zip: JSZip, text: (part: string) => Promise<string>) => {
  const s = await text(SHEET);
  const re = new RegExp(`<c r="${ref}"[^>]*>.*?</c>`);
  if (!re.test(s)) throw new Error(`no cell ${ref}`);
  zip.file(SHEET, s.replace(re, xml));
};

async function check(file: string, ...args: string[]) {
  const io = captureIo();
  const status = await main(['check', file, '--lang', 'en', ...args], io);
  return { status, out: io.stdout(), err: io.stderr() };
}

describe('a damaged package is refused, the part named (exit 2)', () => {
  const cases: [string, (zip: JSZip, text: (part: string) => Promise<string>) => Promise<void> | void, string][] = [
    ['a sheet part missing', (zip) => void zip.remove(SHEET), "its part xl/worksheets/sheet1.xml is missing (it holds sheet 'Паспорт')"],
    ['the workbook relationships missing', (zip) => void zip.remove('xl/_rels/workbook.xml.rels'), 'its part xl/_rels/workbook.xml.rels is missing'],
    ['the shared strings missing', (zip) => void zip.remove('xl/sharedStrings.xml'), 'its part xl/sharedStrings.xml is missing'],
    [
      'the shared strings cut short',
      async (zip, text) => {
        const s = await text('xl/sharedStrings.xml');
        zip.file('xl/sharedStrings.xml', s.slice(0, Math.floor(s.length / 2)));
      },
      'its part xl/sharedStrings.xml is cut short',
    ],
    [
      'the shared strings short of a string the sheet uses',
      async (zip, text) => void zip.file('xl/sharedStrings.xml', (await text('xl/sharedStrings.xml')).replace(/<si>(?:(?!<si>).)*<\/si><\/sst>$/s, '</sst>')),
      'its part xl/sharedStrings.xml has no string',
    ],
    [
      'a sheet cut short',
      async (zip, text) => {
        const s = await text(SHEET);
        zip.file(SHEET, s.slice(0, Math.floor(s.length * 0.6)));
      },
      'its part xl/worksheets/sheet1.xml is cut short',
    ],
    ['a sheet that is no XML', (zip) => void zip.file(SHEET, '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet'), 'its part xl/worksheets/sheet1.xml'],
  ];
  it.each(cases)('%s', async (name, edit, said) => {
    const file = await passport(name.replace(/\s+/g, '-'), edit);
    const { status, out } = await check(file);
    expect(status).toBe(2);
    expect(out).toContain(`${file} is damaged: ${said}`);
    expect(out).not.toMatch(/No funding|TypeError|undefined|Cannot read/);
  });

  it('the other files of the command are still checked', async () => {
    const broken = await passport('broken-beside', (zip) => void zip.remove(SHEET));
    const good = await passport('good-beside');
    const io = captureIo();
    expect(await main(['check', broken, good, '--lang', 'en'], io)).toBe(2);
    expect(io.stdout()).toContain('is damaged');
    expect(io.stdout()).toContain('Every total adds up.');
  });
});

describe('a formula the file holds no result for', () => {
  it('in a total: not calculated, its relations unchecked with what to do, never a mismatch', async () => {
    const { status, out } = await check(await passport('uncalculated-total', cell('D4', '<c r="D4"><f>SUM(D2:D3)</f></c>')));
    expect(status).toBe(0);
    expect(out).toContain('D4 holds a formula (=SUM(D2:D3)) with no calculated result in the file');
    expect(out).toContain('could not be checked against D2:D3: D4 is a formula with no calculated result in the file. Recalculate the workbook');
    expect(out).not.toMatch(/add up to|difference of/);
  });

  it('in a part: the totals that need it are unchecked, not a sum-mismatch naming the formula', async () => {
    const { out } = await check(await passport('uncalculated-part', cell('B4', '<c r="B4"><f>SUM(B2:B3)</f></c>')));
    expect(out).toContain('D4 (“ВСЕГО:”, column “Всего”) could not be checked against B4:C4: B4 is a formula with no calculated result in the file.');
    expect(out).not.toMatch(/add up to|difference of/);
    const json = JSON.parse((await (async () => {
      const io = captureIo();
      await main(['check', join(dir, 'uncalculated-part.xlsx'), '--format', 'json', '--lang', 'en'], io);
      return io.stdout();
    })()) as string);
    const codes = json.files[0].findings.map((f: { code: string }) => f.code).sort();
    expect(codes).toEqual(['formula-not-calculated', 'relation-unchecked', 'relation-unchecked']);
  });

  it('is said in Russian too', async () => {
    const io = captureIo();
    await main(['check', join(dir, 'uncalculated-part.xlsx'), '--lang', 'ru'], io);
    expect(io.stdout()).toContain('B4: для формулы (=SUM(B2:B3)) в файле нет вычисленного значения');
    expect(io.stdout()).toContain('Пересчитайте книгу');
  });
});

describe('what is not a number is not a figure', () => {
  it.each([
    ['10abc in a number cell', '<c r="B2"><v>10abc</v></c>'],
    ['0x1F in a number cell', '<c r="B2"><v>0x1F</v></c>'],
    ['10abc typed as text', '<c r="B2" t="inlineStr"><is><t>10abc</t></is></c>'],
  ])('%s', async (name, xml) => {
    const { status, out } = await check(await passport(name.replace(/\s+/g, '-'), cell('B2', xml)));
    expect(status).toBe(0);
    expect(out).toContain('could not be checked against B2:C2: B2 is not a number.');
    expect(out).not.toMatch(/add up to|difference of/);
  });

  it('a date typed as a date (t="d") has a finding of its own, and is never added as its day number', async () => {
    const { out } = await check(await passport('date', cell('B2', '<c r="B2" t="d"><v>2024-01-01</v></c>')));
    expect(out).toContain('B2 holds a date (2024-01-01), not an amount');
    expect(out).not.toMatch(/add up to|difference of/);
  });

  it('a logical value has a finding of its own', async () => {
    const { out } = await check(await passport('boolean', cell('B2', '<c r="B2" t="b"><v>1</v></c>')));
    expect(out).toContain('B2 holds the logical value TRUE, not an amount');
    const io = captureIo();
    await main(['check', join(dir, 'boolean.xlsx'), '--lang', 'ru'], io);
    expect(io.stdout()).toContain('B2: логическое значение ИСТИНА, а не сумма');
  });

  it('long text from a cell is cut in the message, with an ellipsis', async () => {
    const long = `2600,,0${' 1'.repeat(200)}`;
    const { out } = await check(await passport('long', cell('B2', `<c r="B2" t="inlineStr"><is><t>${long}</t></is></c>`)));
    const line = out.split('\n').find((l) => l.includes('looks like a figure'))!;
    expect(line).toContain('…”');
    expect(line.length).toBeLessThan(250);
  });
});

describe('the terminal', () => {
  it('control characters from the workbook are printed escaped: a label with _x001B_[2J does not clear the screen', async () => {
    const file = await passport('escape', cell('A2', '<c r="A2" t="inlineStr"><is><t>федеральный _x001B_[2J бюджет\u0085</t></is></c>'));
    const { out } = await check(file, '--relations');
    expect(out).toContain('федеральный \\u001b[2J бюджет\\u0085');
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    const io = captureIo();
    await main(['check', file, '--format', 'json'], io);
    expect(JSON.parse(io.stdout()).files[0].tables[0].sources).toContain('федеральный \u001b[2J бюджет\u0085');
  });

  it('terminalSafe keeps line feeds and tabs, escapes the rest', () => {
    expect(terminalSafe('a\tb\nc\rd\u001b[2J\u009b\u202e')).toBe('a\tb\nc\\u000dd\\u001b[2J\\u009b\\u202e');
  });

  it('an internal error is one sentence naming the file, never JavaScript’s words', async () => {
    const file = await passport('internal');
    let err = '';
    const io: Io = {
      env: {},
      out: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'rows')");
      },
      err: (t) => void (err += t),
    };
    expect(await main(['check', file, '--lang', 'en'], io)).toBe(2);
    expect(err).toBe(`budget-check: an internal error stopped the command on ${file}; nothing was written. BUDGET_CHECK_DEBUG=1 shows its details.\n`);
  });
});
