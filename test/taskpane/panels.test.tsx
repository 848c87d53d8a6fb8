/**
 * @jest-environment jsdom
 */
import '../support/jsdom';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryHost } from '../../src/standalone/MemoryHost';
import { App } from '../../src/taskpane/App';

// The rollup and fill panels in the whole pane, over the in-memory host on the sample workbook.
const SAMPLE = join(__dirname, '..', '..', 'samples', 'programme-sample.xlsx');

/** Every cell of the host's workbook (value, style, note), sheet by sheet, for comparing cell for cell. */
async function cellsOf(host: MemoryHost): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await host.toXlsx());
  const out = new Map<string, string>();
  wb.eachSheet((ws) => ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => out.set(`${ws.name}!${c.address}`, JSON.stringify({ v: c.value, s: c.style, n: c.note ?? null })))));
  return out;
}

async function pane(lang = 'en-US') {
  const host = await MemoryHost.fromXlsx(readFileSync(SAMPLE), lang);
  render(<App host={host} />);
  await act(() => Promise.resolve());
  return host;
}

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const report = (host: MemoryHost) => host.workbook.getWorksheet('Отчет 2024')!;
const column = (host: MemoryHost, cells: string[]) => cells.map((a) => report(host).getCell(a).value);
const D = ['D4', 'D5', 'D6', 'D7', 'D8', 'D9'];

describe('the rollup panel over the in-memory host', () => {
  it('creates the by-year rollup of a table as a new sheet of formulas, shown at once; the undo leaves the workbook as it was', async () => {
    const host = await pane();
    const before = await cellsOf(host);
    const sheets = host.workbook.worksheets.map((w) => w.name);
    fireEvent.click(screen.getByRole('tab', { name: 'Rollups' }));
    const t3 = (await screen.findByTestId('rollup-T3-year')) as HTMLInputElement;
    fireEvent.click(t3);
    fireEvent.click(button('Create'));
    await screen.findByTestId('rollup-made');

    const rollup = host.workbook.getWorksheet('Rollup by year')!;
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual([...sheets, 'Rollup by year']);
    expect(host.activeSheet).toBe('Rollup by year');
    expect(rollup.getCell('A1').value).toBe("Rollup by year: table T3, 'Приложение 2'!A3:J151, тыс. руб.");
    const formulas: string[] = [];
    rollup.eachRow((row) => row.eachCell((c) => void (c.type === ExcelJS.ValueType.Formula && formulas.push(c.formula))));
    expect(formulas.length).toBeGreaterThan(20);
    expect(formulas.some((f) => f.startsWith("SUM('Приложение 2'!"))).toBe(true);
    expect(screen.getByTestId('changes').textContent).toContain('Rollups of T3 (sheet “Rollup by year”)');

    fireEvent.click(screen.getByRole('button', { name: 'Undo: Rollups of T3' }));
    await waitFor(() => expect(screen.queryByTestId('rollup-made')).toBeNull());
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual(sheets);
    expect([...(await cellsOf(host)).entries()]).toEqual([...before.entries()]);
  });

  it('creates several rollups of two tables in one plan, each sheet named after its table', async () => {
    const host = await pane('ru-RU');
    fireEvent.click(screen.getByRole('tab', { name: 'Своды' }));
    fireEvent.click(await screen.findByTestId('rollup-T1-source'));
    fireEvent.click(screen.getByTestId('rollup-T3-year'));
    fireEvent.click(screen.getByTestId('rollup-T3-item'));
    fireEvent.click(button('Создать'));
    await screen.findByTestId('rollup-made');
    expect(host.workbook.worksheets.slice(-3).map((w) => w.name)).toEqual(['Свод по источникам T1', 'Свод по годам T3', 'Свод по мероприятиям T3']);
    expect(host.activeSheet).toBe('Свод по источникам T1');
    expect(await host.contentRecords()).toHaveLength(1);
  });

  it('writes nothing when the table moved since it was read, and shows the tables anew', async () => {
    const host = await pane();
    fireEvent.click(screen.getByRole('tab', { name: 'Rollups' }));
    fireEvent.click(await screen.findByTestId('rollup-T3-year'));
    host.workbook.getWorksheet('Приложение 2')!.name = 'Приложение 2 (финансирование)';
    fireEvent.click(button('Create'));
    await screen.findByTestId('rollup-changed');
    expect(await host.contentRecords()).toEqual([]);
    expect(screen.getByRole('group', { name: /^T3: Приложение 2 \(финансирование\)!A3:J151$/ })).toBeTruthy();
    expect((screen.getByTestId('rollup-T3-year') as HTMLInputElement).checked).toBe(false);
  });
});

describe('the fill panel over the in-memory host', () => {
  it('fills the sample’s report: D4:D9 get the plan for 2024, their fill kept; the undo leaves the workbook as it was', async () => {
    const host = await pane();
    const before = await cellsOf(host);
    host.showSheet('Паспорт');
    fireEvent.click(screen.getByRole('tab', { name: 'Fill report' }));
    await screen.findByTestId('fill-template');
    expect((screen.getByTestId('fill-year') as HTMLInputElement).value).toBe('2024');
    expect(button('Fill').disabled).toBe(true);
    fireEvent.click(button('Preview'));
    await screen.findByTestId('fill-matches');
    expect(column(host, D)).toEqual([null, null, null, null, null, null]);
    fireEvent.click(button('Fill'));
    await screen.findByTestId('fill-done');

    expect(column(host, D)).toEqual([60, 100, 100, 73, 90, 34]);
    await waitFor(() => expect(host.selection).toEqual({ sheet: 'Отчет 2024', cell: 'D4' }));
    expect(host.activeSheet).toBe('Отчет 2024');
    for (const a of D) expect(report(host).getCell(a).fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    expect(button('Fill').disabled).toBe(true);
    expect(screen.getByTestId('changes').textContent).toContain("Fill 'Отчет 2024' from 'Приложение 1'!A3:I10");

    fireEvent.click(screen.getByRole('button', { name: /^Undo: Fill/ }));
    await waitFor(() => expect(screen.queryByTestId('fill-done')).toBeNull());
    expect([...(await cellsOf(host)).entries()]).toEqual([...before.entries()]);
  });

  it('leaves a cell already filled alone, and replaces it when asked to overwrite', async () => {
    const host = await pane();
    report(host).getCell('D5').value = 59;
    fireEvent.click(screen.getByRole('tab', { name: 'Fill report' }));
    await screen.findByTestId('fill-template');
    fireEvent.click(button('Preview'));
    await screen.findByTestId('fill-occupied');
    fireEvent.click(button('Fill'));
    await screen.findByTestId('fill-done');
    expect(column(host, D)).toEqual([60, 59, 100, 73, 90, 34]);

    fireEvent.click(screen.getByTestId('fill-overwrite'));
    expect(screen.queryByTestId('fill-preview')).toBeNull(); // a new choice needs a new preview
    fireEvent.click(button('Preview'));
    await waitFor(() => expect(screen.getByTestId('fill-to-write').textContent).toBe('1 cell to write.'));
    expect(screen.getByTestId('fill-matches').querySelector('[data-match="B5"] [data-value]')!.textContent).toBe('D5 ← 100 (to replace: “59”)');
    fireEvent.click(button('Fill'));
    await screen.findByTestId('fill-done');
    expect(column(host, D)).toEqual([60, 100, 100, 73, 90, 34]);
    expect(await host.contentRecords()).toHaveLength(2);

    // undoing the overwrite puts the user's 59 back
    fireEvent.click(screen.getAllByRole('button', { name: /^Undo: Fill/ })[0]);
    await waitFor(async () => expect(await host.contentRecords()).toHaveLength(1));
    expect(column(host, D)).toEqual([60, 59, 100, 73, 90, 34]);
  });

  it('writes nothing when the sheet changed after the preview, and shows the new preview', async () => {
    const host = await pane();
    fireEvent.click(screen.getByRole('tab', { name: 'Fill report' }));
    await screen.findByTestId('fill-template');
    fireEvent.click(button('Preview'));
    await screen.findByTestId('fill-matches');
    report(host).getCell('D4').value = 61;
    fireEvent.click(button('Fill'));
    await screen.findByTestId('fill-changed');
    expect(await host.contentRecords()).toEqual([]);
    expect(column(host, D)).toEqual([61, null, null, null, null, null]);
    expect(screen.getByTestId('fill-to-write').textContent).toBe('5 cells to write.');
    fireEvent.click(button('Fill'));
    await screen.findByTestId('fill-done');
    expect(column(host, D)).toEqual([61, 100, 100, 73, 90, 34]);
  });

  it('says a year the source does not have, and one that is not a year', async () => {
    const host = await pane();
    const extra = host.workbook.addWorksheet('Отчет');
    extra.addRow(['№', 'Наименование показателя', 'Ед. изм.', 'Плановое значение']);
    extra.addRow(['1.1', report(host).getCell('B4').value, '%']);
    fireEvent.click(screen.getByRole('tab', { name: 'Fill report' }));
    await screen.findByTestId('fill-template');
    fireEvent.change(screen.getByTestId('fill-template'), { target: { value: 'Отчет' } });
    expect((screen.getByTestId('fill-year') as HTMLInputElement).value).toBe('');
    fireEvent.change(screen.getByTestId('fill-year'), { target: { value: '2030' } });
    fireEvent.click(button('Preview'));
    const blocking = await screen.findByTestId('fill-blocking');
    expect(blocking.textContent).toBe("table 'Приложение 1'!A3:I10 has no values for 2030 (it has 2021–2026); nothing was filled.");
    expect(button('Fill').disabled).toBe(true);

    fireEvent.change(screen.getByTestId('fill-year'), { target: { value: 'next' } });
    fireEvent.click(button('Preview'));
    await screen.findByText('“next” is not a year.');
    expect(screen.queryByTestId('fill-preview')).toBeNull();

    fireEvent.change(screen.getByTestId('fill-year'), { target: { value: '2026' } });
    fireEvent.click(button('Preview'));
    await waitFor(() => expect(screen.getByTestId('fill-to-write').textContent).toBe('1 cell to write.'));
    fireEvent.click(button('Fill'));
    await screen.findByTestId('fill-done');
    expect(extra.getCell('D2').value).toBe(64);
  });
});
