/**
 * `rollup` and `fill` write the input package with only the parts that change rewritten: on a
 * workbook holding a chart, an image, a pivot table, comments, protection with passwords, defined
 * names, custom properties, a conditional format, an x14 data validation and a 31-character sheet
 * name, every other part of the output is the input's, byte for byte (compressed as it was), and
 * LibreOffice opens the output and computes the written formulas.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { approx, recalculate } from '../support/recalc';
import { INDICATOR_NAMES, LONG_NAME, richWorkbook } from '../support/richWorkbook';
import { captureIo, type CapturedIo } from '../support/cliIo';

jest.setTimeout(240_000);

interface RawEntry {
  readonly method: string;
  readonly compressed: Buffer;
  readonly crc32: number;
}

/** Each part's stored (compressed) bytes, as they are in the archive. */
async function rawEntries(data: Buffer): Promise<Map<string, RawEntry>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, RawEntry>();
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    const d = (f as unknown as { _data: { compression: { magic: string }; compressedContent: Uint8Array; crc32: number } })._data;
    out.set(f.name, { method: d.compression.magic === '\x08\x00' ? 'deflate' : 'store', compressed: Buffer.from(d.compressedContent), crc32: d.crc32 });
  }
  return out;
}

async function partsOf(data: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('string'));
  return out;
}

/** The parts whose bytes differ, and the parts only one of the two has. */
async function compare(input: Buffer, output: Buffer): Promise<{ changed: string[]; added: string[]; removed: string[] }> {
  const a = await rawEntries(input);
  const b = await rawEntries(output);
  const changed: string[] = [];
  for (const [name, entry] of a) {
    const other = b.get(name);
    if (!other) continue;
    // unchanged parts keep their compressed bytes: the same method, the same stored bytes
    if (other.method !== entry.method || !other.compressed.equals(entry.compressed) || other.crc32 !== entry.crc32) changed.push(name);
  }
  return { changed: changed.sort(), added: [...b.keys()].filter((n) => !a.has(n)).sort(), removed: [...a.keys()].filter((n) => !b.has(n)).sort() };
}

const dir = mkdtempSync(join(tmpdir(), 'bc-fidelity-'));
let input: string;
let before: Buffer;

beforeAll(async () => {
  before = await richWorkbook();
  input = join(dir, 'rich.xlsx');
  writeFileSync(input, before);
});

describe('rollup of a rich workbook', () => {
  let out: string;
  let io: CapturedIo;
  let status: number;
  beforeAll(async () => {
    out = join(dir, 'rollup.xlsx');
    io = captureIo();
    status = await main(['rollup', input, '--table', 'T1', '--kind', 'year', '--lang', 'ru', '-o', out], io);
  });

  it('writes the rollup sheet', () => {
    expect(io.stderr()).toBe('');
    expect(status).toBe(0);
    expect(io.stdout()).toContain('Свод по годам');
  });

  it('changes only the sheet list, its relationships and content types, the styles, and the selected sheet; adds the new sheet part', async () => {
    const output = readFileSync(out);
    expect(await compare(before, output)).toEqual({
      changed: ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet3.xml'],
      added: ['xl/worksheets/sheet5.xml'],
      removed: [],
    });
    const a = await partsOf(before);
    const b = await partsOf(output);
    // the sheet that was selected is no longer: only its tabSelected is gone
    expect(b.get('xl/worksheets/sheet3.xml')).toBe(a.get('xl/worksheets/sheet3.xml')!.replace(' tabSelected="1"', ''));
    // the workbook: one sheet more, the new one active, recalculation on load; protection, names and the pivot cache kept
    const wb = b.get('xl/workbook.xml')!;
    expect(wb).toContain('<sheet name="Свод по годам" sheetId="5" r:id="rId8"/></sheets>');
    expect(wb).toContain('activeTab="4"');
    expect(wb).toContain('<calcPr calcId="171027" fullCalcOnLoad="1"/>');
    const unchanged = (xml: string) => xml.replace('<sheet name="Свод по годам" sheetId="5" r:id="rId8"/>', '').replace('activeTab="4"', 'activeTab="2"').replace(' fullCalcOnLoad="1"', '');
    expect(unchanged(wb)).toBe(a.get('xl/workbook.xml'));
    expect(b.get('xl/_rels/workbook.xml.rels')).toBe(
      a.get('xl/_rels/workbook.xml.rels')!.replace('</Relationships>', '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet5.xml"/></Relationships>'),
    );
    expect(b.get('[Content_Types].xml')).toBe(
      a.get('[Content_Types].xml')!.replace('</Types>', '<Override PartName="/xl/worksheets/sheet5.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    );
    // styles: appended to, nothing before changed but the counts
    const styles = b.get('xl/styles.xml')!;
    const cellXfs = (xml: string) => /<cellXfs count="(\d+)">(.*?)<\/cellXfs>/s.exec(xml)!;
    const [, before_, xfsBefore] = cellXfs(a.get('xl/styles.xml')!);
    const [, after, xfsAfter] = cellXfs(styles);
    expect(Number(after)).toBeGreaterThan(Number(before_));
    expect(xfsAfter.startsWith(xfsBefore)).toBe(true);
  });

  it('LibreOffice opens the output; the rollup formulas compute the table’s totals; the pivot table, the names and the other sheets are there', async () => {
    const book = await recalculate(out);
    const s = 'Свод по годам';
    const header = book.rowOf(s, 'Год');
    const total = book.colOf(s, header, 'Всего');
    expect(approx(book.value(s, `${total}${book.rowOf(s, '2024')}`))).toBe('110');
    expect(approx(book.value(s, `${total}${book.rowOf(s, '2025')}`))).toBe('220');
    expect(book.workbook.worksheets.map((w) => w.name)).toEqual(['Паспорт', 'Приложение 1', 'Отчет 2024', LONG_NAME, 'Свод по годам']);
    expect(book.value(LONG_NAME, 'A1')).toBe(4);
    expect(book.value('Паспорт', 'D4')).toBe(330);
  });
});

describe('fill of a rich workbook', () => {
  let out: string;
  let io: CapturedIo;
  let status: number;
  beforeAll(async () => {
    out = join(dir, 'fill.xlsx');
    io = captureIo();
    status = await main(['fill', input, '--template', 'Отчет 2024', '--lang', 'en', '-o', out], io);
  });

  it('fills the template', () => {
    expect(io.stderr()).toBe('');
    expect(io.stdout()).toContain('cells written');
    expect(status).toBe(0);
  });

  it("changes only the template's sheet part: its filled cells", async () => {
    const output = readFileSync(out);
    const diff = await compare(before, output);
    // numbers written into cells without a format of their own: no style is added, the workbook is not recalculated
    expect(diff).toEqual({ changed: ['xl/worksheets/sheet3.xml'], added: [], removed: [] });
    const a = (await partsOf(before)).get('xl/worksheets/sheet3.xml')!;
    const b = (await partsOf(output)).get('xl/worksheets/sheet3.xml')!;
    // the template's XML with its filled cells taken out is the input's
    const filled = [...b.matchAll(/<c r="(D[45])"[^>]*>.*?<\/c>/g)];
    expect(filled.map((m) => m[1])).toEqual(['D4', 'D5']);
    expect(filled.map((m) => /<v>(.*?)<\/v>/.exec(m[0])![1])).toEqual(['56', '32']);
    let stripped = b;
    for (const m of filled) stripped = stripped.replace(m[0], '');
    expect(stripped).toBe(a);
  });

  it('LibreOffice opens the output and shows the filled figures', async () => {
    const book = await recalculate(out);
    expect(book.value('Отчет 2024', 'D4')).toBe(56);
    expect(book.value('Отчет 2024', 'D5')).toBe(32);
    expect(book.value('Отчет 2024', 'B4')).toBe(INDICATOR_NAMES[0]);
  });
});
