import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { FIXTURES } from '../support/fixtures';
import { sheet, toXlsx, workbook } from '../support/sheet';
import { captureIo } from '../support/cliIo';

const KOZH = join(FIXTURES, 'kozhevnikovo-programme.xlsx');
const ROOT = join(__dirname, '..', '..');

describe('budget-check check --format json', () => {
  it('prints exactly the documented shape', async () => {
    const io = captureIo();
    const status = await main(['check', KOZH, '--format', 'json', '--lang', 'en'], io);
    expect(status).toBe(1);
    const doc = JSON.parse(io.stdout());
    expect(Object.keys(doc)).toEqual(['tool', 'version', 'files']);
    expect(doc.tool).toBe('budget-check');
    expect(doc.version).toBe(require('../../package.json').version);
    const file = doc.files[0];
    expect(Object.keys(file)).toEqual(['file', 'tables', 'findings']);
    expect(file.file).toBe(KOZH);
    const { relations, correction, ...t3 } = file.tables[2];
    expect(t3).toEqual({
      id: 'T3',
      sheet: 'Приложение 2',
      range: 'A3:J151',
      kind: 'funding',
      layout: 'year-rows-by-source',
      years: [2021, 2022, 2023, 2024, 2025, 2026],
      sources: ['федерального бюджета', 'областного бюджета', 'районного бюджета', 'внебюджетных источников'],
      unit: 'тыс. руб.',
    });
    // what the engine believes adds up to what: the wrong task total D51 among them, with its year rows
    for (const r of relations) expect(Object.keys(r)).toEqual(['cell', 'parts', 'direction', 'status', 'basis']);
    expect(relations).toContainEqual({ cell: 'D51', parts: ['D52:D57'], direction: 'column', status: 'mismatch', basis: 'label' });
    expect(relations).toContainEqual({ cell: 'D9', parts: ['E9:H9'], direction: 'row', status: 'exact', basis: 'label' });
    expect(new Set(relations.map((r: { status: string }) => r.status))).toEqual(new Set(['exact', 'rounding', 'mismatch', 'unchecked']));
    // the table's correction: the fewest cells after which every total agrees, with the others as small
    expect(Object.keys(correction)).toEqual(['status', 'cells', 'follow', 'alternatives', 'others', 'basis', 'method', 'settles', 'message']);
    expect(correction).toMatchObject({ status: 'found', alternatives: 15, basis: 'first', method: 'search', settles: 8 });
    expect(correction.cells).toContainEqual({ cell: 'D51', from: '3535.663', to: '3655.463', decimals: 3 });
    expect(correction.message).toMatch(/^Change 6 cells so that every total of table T3 agrees\. 15 other corrections are as small/);
    expect(file.tables[0].correction).toBeNull();
    const d51 = file.findings.find((f: { cell: string }) => f.cell === 'D51');
    expect(Object.keys(d51)).toEqual(['code', 'severity', 'sheet', 'cell', 'tableId', 'expected', 'actual', 'difference', 'parts', 'message']);
    expect(d51).toMatchObject({ code: 'sum-mismatch', severity: 'error', sheet: 'Приложение 2', tableId: 'T3', expected: '3655.463', actual: '3535.663', difference: '-119.8', parts: ['D52:D57'] });
    expect(d51.message).toContain('3,535.663');
    expect(d51.message).toContain('3,655.463');
    expect(d51.message).toContain("Table T3's correction (6 cells, after which every total of the table agrees): D51 → 3,655.463.");
    for (const f of file.findings) {
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      for (const k of ['expected', 'actual', 'difference']) if (f[k] !== null) expect(f[k]).toMatch(/^-?\d+(\.\d+)?$/);
    }
  });

  it('speaks Russian with --lang ru, and by default in a Russian locale', async () => {
    const io = captureIo({ LANG: 'ru_RU.UTF-8' });
    await main(['check', KOZH, '--format', 'json'], io);
    const d51 = JSON.parse(io.stdout()).files[0].findings.find((f: { cell: string }) => f.cell === 'D51');
    expect(d51.message).toContain('3\u00A0535,663');
    expect(d51.message).toContain('расхождение');
  });
});

describe('budget-check check (text)', () => {
  it('lists tables per sheet, then findings by severity, in the chosen language', async () => {
    const io = captureIo();
    await main(['check', KOZH, '--lang', 'en'], io);
    const text = io.stdout();
    expect(text).toContain('3 tables found');
    expect(text).toContain('Sheet “Приложение 2”');
    expect(text).toMatch(/T3 A3:J151: funding, year rows by source; years 2021–2026/);
    const errors = text.indexOf('Errors (8)');
    const warnings = text.indexOf('Warnings (3)');
    const notes = text.indexOf('Rounding notes (2)');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(notes).toBeGreaterThan(warnings);
    expect(text).toContain('8 errors, 3 warnings, 2 rounding notes');
  });

  it('exits 0 on a workbook where every total adds up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-'));
    const file = join(dir, 'ok.xlsx');
    writeFileSync(
      file,
      await toXlsx(workbook(sheet('Паспорт', [['Источник', '2024 год', '2025 год', 'Всего'], ['местный бюджет', 1, 2, 3], ['ВСЕГО', 1, 2, 3]]))),
    );
    const io = captureIo();
    expect(await main(['check', file, '--lang', 'ru'], io)).toBe(0);
    expect(io.stdout()).toContain('Все итоги сходятся.');
  });

  it('refuses an unknown format as a usage error (status 2)', async () => {
    const io = captureIo();
    expect(await main(['check', KOZH, '--format', 'xml'], io)).toBe(2);
    expect(io.stderr()).toMatch(/format/);
  });

  it.each([
    [['rollup', KOZH], /--output/],
    [['fill', KOZH, '-o', '/tmp/never-written.xlsx'], /--template/],
  ])('reports a usage error of %j on its stderr with status 2, not by ending the process', async (argv, message) => {
    const io = captureIo();
    expect(await main(argv, io)).toBe(2);
    expect(io.stderr()).toMatch(message);
  });
});

describe('the installed command', () => {
  it('runs as `budget-check` from bin/ and exits 1 on the sample workbook', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'budget-check.js'), 'check', join(ROOT, 'samples', 'programme-sample.xlsx'), '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.files[0].tables.map((t: { id: string }) => t.id)).toEqual(['T1', 'T2', 'T3']);
  });
});
