import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook, highlightPlan, HIGHLIGHT_FILLS, type ContentPlan } from '../../src/engine';
import { DEFAULT_LIMITS } from '../../src/cli/limits';
import { MemoryHost } from '../../src/standalone/MemoryHost';
import { LAYOUTS } from '../engine/layouts/layoutFixtures';
import { toXlsx } from '../support/sheet';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'programme-sample.xlsx');

/** Every cell of a workbook: value, style and note, for comparing cell for cell. */
async function cellsOf(data: ArrayBuffer | Buffer): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  const out = new Map<string, string>();
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => out.set(`${ws.name}!${c.address}`, JSON.stringify({ v: c.value, s: c.style, n: c.note ?? null })))),
  );
  return out;
}

describe('the standalone in-memory host', () => {
  it('refuses a workbook past the limits (file size, parts, a part’s or all parts’ declared size) before reading it', async () => {
    const data = readFileSync(SAMPLE);
    const refused = (limits: Partial<typeof DEFAULT_LIMITS>) => MemoryHost.fromXlsx(data, 'en-US', undefined, undefined, { ...DEFAULT_LIMITS, ...limits }).catch((e: unknown) => e);
    expect(await refused({ fileBytes: 1024 })).toMatchObject({ code: 'file-too-large', message: 'the file is larger than 1 KB' });
    expect(await refused({ entries: 5 })).toMatchObject({ code: 'file-too-large', message: 'it has more than 5 parts' });
    expect(await refused({ partBytes: 1024 })).toMatchObject({ code: 'file-too-large', message: expect.stringMatching(/^its part \S+ expands to .*, more than the limit of 1 KB$/) });
    expect(await refused({ unzippedBytes: 4096 })).toMatchObject({ code: 'file-too-large', message: 'it expands to more than 4 KB' });
    expect(await MemoryHost.fromXlsx(data)).toBeInstanceOf(MemoryHost);
  });

  it('reads the workbook, or only the sheet shown, for the engine', async () => {
    const host = await MemoryHost.fromXlsx(readFileSync(SAMPLE));
    const all = await host.readSnapshot('workbook');
    expect(all.snapshot.sheets.map((s) => s.name)).toEqual(host.workbook.worksheets.map((w) => w.name));
    expect(all.sheets).toBeUndefined();
    host.showSheet('Приложение 2');
    const one = await host.readSnapshot('active-sheet');
    expect(one.sheets).toEqual(['Приложение 2']);
    expect(one.snapshot.sheets.map((s) => s.name)).toEqual(['Приложение 2']);
    expect(checkWorkbook(one.snapshot, { sheets: one.sheets }).findings.every((f) => f.sheet === 'Приложение 2')).toBe(true);
  });

  it('highlights by severity with a note where the cell has none, and clears every cell back exactly', async () => {
    const original = readFileSync(SAMPLE);
    const host = await MemoryHost.fromXlsx(original);
    const ws = host.workbook.getWorksheet('Приложение 2')!;
    const { findings } = checkWorkbook((await host.readSnapshot('workbook')).snapshot);
    const error = findings.find((f) => f.severity === 'error')!;
    const info = findings.find((f) => f.severity === 'info')!;
    // the user's own note and fill on a finding's cell
    ws.getCell(info.cell).note = 'my own note';
    ws.getCell(info.cell).style = { ...ws.getCell(info.cell).style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } } };
    const before = await cellsOf(await host.toXlsx());

    const changes: number[] = [];
    host.subscribe(() => changes.push(1));
    await host.applyHighlights(highlightPlan(findings, 'en'));
    expect(await host.hasHighlights()).toBe(true);
    expect((ws.getCell(error.cell).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${HIGHLIGHT_FILLS.error.slice(1)}`);
    expect(ws.getCell(error.cell).note).toMatch(/^budget-check: /);
    expect((ws.getCell(info.cell).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${HIGHLIGHT_FILLS.info.slice(1)}`);
    expect(ws.getCell(info.cell).note).toBe('my own note');
    // a cell sharing the style of a highlighted one is not touched (ExcelJS shares loaded styles)
    const neighbour = `${error.cell.replace(/\d+$/, '')}${Number(error.cell.match(/\d+$/)![0]) + 1}`;
    expect(JSON.stringify(ws.getCell(neighbour).style)).toBe(JSON.stringify(JSON.parse(before.get(`Приложение 2!${neighbour}`)!).s));

    // highlighting again first takes the old highlight off: clearing still restores the originals
    await host.applyHighlights(highlightPlan(findings, 'ru'));
    await host.clearHighlights();
    expect(await host.hasHighlights()).toBe(false);
    expect(changes.length).toBe(4); // highlight, clear and highlight again, clear
    const after = await cellsOf(await host.toXlsx());
    expect([...after.entries()]).toEqual([...before.entries()]);
  });

  it('refuses to highlight a protected sheet, changing nothing', async () => {
    const host = await MemoryHost.fromXlsx(readFileSync(SAMPLE));
    const { findings } = checkWorkbook((await host.readSnapshot('workbook')).snapshot);
    await host.workbook.getWorksheet(findings[0].sheet)!.protect('', {});
    const before = await cellsOf(await host.toXlsx());
    await expect(host.applyHighlights(highlightPlan(findings, 'en'))).rejects.toMatchObject({ code: 'sheet-protected' });
    expect(await host.hasHighlights()).toBe(false);
    expect([...(await cellsOf(await host.toXlsx())).entries()]).toEqual([...before.entries()]);
  });

  it('selects a cell: the sheet is shown and the cell selected', async () => {
    const host = await MemoryHost.fromXlsx(readFileSync(SAMPLE));
    await host.selectCell('Приложение 2', 'G146');
    expect(host.activeSheet).toBe('Приложение 2');
    expect(host.selection).toEqual({ sheet: 'Приложение 2', cell: 'G146' });
    await expect(host.selectCell('No such sheet', 'A1')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('carries out a content plan and reverts it from its record: new sheets go, edited cells are as they were', async () => {
    const fixture = LAYOUTS[0];
    const host = await MemoryHost.fromXlsx(await toXlsx(fixture.build(false)));
    const before = await cellsOf(await host.toXlsx());
    const plan: ContentPlan = {
      kind: 'content',
      title: 'test plan',
      newSheets: [{ name: 'Rollup', cells: [{ cell: 'A1', content: { kind: 'text', text: '=not a formula' }, style: { bold: true } }, { cell: 'B2', content: { kind: 'formula', formula: `='${fixture.sheet}'!B3*2` } }], merges: ['A1:C1'] }],
      edits: [{ sheet: fixture.sheet, cells: [{ cell: 'B3', content: { kind: 'number', value: '123.45' }, style: { fill: '#FFFF00', numberFormat: '0.0' } }, { cell: 'A1', content: { kind: 'empty' } }] }],
    };
    const record = await host.applyContent(plan);
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
    expect(record.addedSheets).toEqual(['Rollup']);
    expect(record.cells.map((c) => c.cell)).toEqual(['B3', 'A1']);
    expect(host.workbook.getWorksheet('Rollup')!.getCell('A1').value).toBe('=not a formula');
    expect(host.workbook.getWorksheet(fixture.sheet)!.getCell('B3').value).toBe(123.45);
    expect(host.activeSheet).toBe('Rollup');
    expect(await host.contentRecords()).toEqual([record]);

    await host.revertContent(record);
    expect(host.workbook.getWorksheet('Rollup')).toBeUndefined();
    expect(await host.contentRecords()).toEqual([]);
    expect([...(await cellsOf(await host.toXlsx())).entries()]).toEqual([...before.entries()]);
  });
});
