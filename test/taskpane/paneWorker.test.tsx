/**
 * @jest-environment jsdom
 */
import '../support/jsdom';
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryHost } from '../../src/standalone/MemoryHost';
import { App } from '../../src/taskpane/App';
import { workerRunner } from '../../src/taskpane/engineRunner';
import { useRollups } from '../../src/taskpane/useRollups';
import { FakeEngineWorker, fakeWorkers } from '../support/fakeWorker';

// The pane with its engine in a worker (a stand-in that copies every message as postMessage does):
// the check, the fill and the rollups all go there, with progress and Cancel.
const SAMPLE = join(__dirname, '..', '..', 'samples', 'programme-sample.xlsx');

async function pane(sheet?: string) {
  const host = await MemoryHost.fromXlsx(readFileSync(SAMPLE), 'en-US');
  if (sheet) host.showSheet(sheet);
  render(<App host={host} engine={workerRunner('engine-worker.js', fakeWorkers)} />);
  await act(() => Promise.resolve());
  return host;
}

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const asked = () => FakeEngineWorker.made.flatMap((w) => w.received.map((r) => r.kind));
const D = ['D4', 'D5', 'D6', 'D7', 'D8', 'D9'];

beforeEach(() => {
  FakeEngineWorker.made = [];
  FakeEngineWorker.holdNew = false;
});

describe('the pane with its engine in a worker', () => {
  it('previews and fills the report through the worker', async () => {
    const host = await pane();
    fireEvent.click(screen.getByRole('tab', { name: 'Fill report' }));
    await waitFor(() => expect(button('Preview').disabled).toBe(false));
    fireEvent.click(button('Preview'));
    await waitFor(() => expect(button('Fill').disabled).toBe(false));
    fireEvent.click(button('Fill'));
    await screen.findByTestId('fill-done');
    expect(D.map((a) => host.workbook.getWorksheet('Отчет 2024')!.getCell(a).value)).toEqual([60, 100, 100, 73, 90, 34]);
    expect(asked()).toEqual(['fill-lists', 'fill-preview', 'fill-plan']);
  });

  it('stops a fill’s preview on Cancel: the worker is ended, nothing is written, the panel says so', async () => {
    const host = await pane();
    fireEvent.click(screen.getByRole('tab', { name: 'Fill report' }));
    await waitFor(() => expect(button('Preview').disabled).toBe(false));
    FakeEngineWorker.made[0].hold = true;
    fireEvent.click(button('Preview'));
    const progress = await screen.findByTestId('fill-progress');
    await waitFor(() => expect(progress.getAttribute('data-busy')).toBe('planning'));
    expect(progress.textContent).toContain('Working out the changes…');
    fireEvent.click(screen.getByTestId('fill-progress-cancel'));
    expect((await screen.findByTestId('fill-cancelled')).textContent).toBe('Stopped: nothing was written to the workbook.');
    expect(FakeEngineWorker.made[0].terminated).toBe(true);
    expect(screen.queryByTestId('fill-progress')).toBeNull();
    expect(D.map((a) => host.workbook.getWorksheet('Отчет 2024')!.getCell(a).value)).toEqual([null, null, null, null, null, null]);
    // the next preview starts a new worker
    fireEvent.click(button('Preview'));
    await waitFor(() => expect(button('Fill').disabled).toBe(false));
    expect(FakeEngineWorker.made).toHaveLength(2);
  });

  it('reads the tables and plans the rollups through the worker; Cancel while planning creates nothing', async () => {
    const host = await pane();
    const sheets = host.workbook.worksheets.map((w) => w.name);
    fireEvent.click(screen.getByRole('tab', { name: 'Rollups' }));
    fireEvent.click(await screen.findByTestId('rollup-T3-year'));
    FakeEngineWorker.made[0].hold = true;
    fireEvent.click(button('Create'));
    await waitFor(() => expect(screen.getByTestId('rollup-progress').getAttribute('data-busy')).toBe('planning'));
    fireEvent.click(screen.getByTestId('rollup-progress-cancel'));
    await screen.findByTestId('rollup-cancelled');
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual(sheets);
    // the tick is kept: Create again makes the sheet
    fireEvent.click(button('Create'));
    await screen.findByTestId('rollup-made');
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual([...sheets, 'Rollup by year']);
    // the tables are read again after the rollup sheet was added
    expect(asked()).toEqual(['rollup-tables', 'rollup-plan', 'rollup-plan', 'rollup-tables']);
  });

  it('checks a sheet before the workbook with the workbook’s table numbers (T3 stays T3)', async () => {
    await pane('Приложение 2');
    fireEvent.click(button('Check this sheet'));
    fireEvent.click(await screen.findByTestId('tables-toggle'));
    const ids = [...screen.getByTestId('tables').querySelectorAll('tbody tr[data-table]')].map((r) => r.getAttribute('data-table'));
    expect(ids).toEqual(['T3']);
    expect([...document.querySelectorAll('[data-finding]')].every((f) => f.getAttribute('data-table') === null || f.getAttribute('data-table') === 'T3')).toBe(true);
    expect(document.querySelectorAll('[data-finding][data-table="T3"]').length).toBeGreaterThan(0);
  });

  it('says there is nothing to add up on a sheet of indicator tables only, numbered as in the workbook', async () => {
    await pane('Приложение 1');
    fireEvent.click(button('Check this sheet'));
    expect((await screen.findByTestId('clean')).textContent).toBe('Only indicator tables here: there is nothing to add up.');
    fireEvent.click(screen.getByTestId('tables-toggle'));
    const rows = [...screen.getByTestId('tables').querySelectorAll('tbody tr[data-table]')];
    expect(rows.map((r) => r.getAttribute('data-table'))).toEqual(['T2']);
    expect(rows[0].textContent).toContain('indicators, not added up');
  });
});

describe('work that newer work replaces', () => {
  it('is dropped without a word: a second read of the rollups’ tables while the first is in the worker', async () => {
    const host = await MemoryHost.fromXlsx(readFileSync(SAMPLE), 'en-US');
    const engine = workerRunner('engine-worker.js', fakeWorkers);
    const apply = async () => ({ problem: { code: 'unknown' as const, message: 'not used' } });
    const { result } = renderHook(() => useRollups(host, apply as never, 'en', [], 0, engine));
    FakeEngineWorker.holdNew = true;
    let first!: Promise<void>;
    act(() => {
      first = result.current.read();
    });
    await waitFor(() => expect(FakeEngineWorker.made[0]?.received).toHaveLength(1));
    FakeEngineWorker.holdNew = false;
    let second!: Promise<void>;
    act(() => {
      second = result.current.read();
    });
    await act(() => first);
    expect(result.current.state.cancelled).toBeFalsy();
    expect(result.current.state.busy).not.toBeNull();
    await act(() => second);
    expect(result.current.state.busy).toBeNull();
    expect(result.current.state.cancelled).toBeFalsy();
    expect(result.current.state.tables?.map((t) => t.id)).toEqual(['T1', 'T3']);
    FakeEngineWorker.holdNew = false;
  });
});
