/**
 * @jest-environment jsdom
 */
import '../support/jsdom';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook, type ContentPlan } from '../../src/engine';
import { MemoryHost } from '../../src/standalone/MemoryHost';
import { App } from '../../src/taskpane/App';
import { CheckCancelled, type EngineRunner } from '../../src/taskpane/engineRunner';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'programme-sample.xlsx');

/** Renders the pane and lets it learn whether the document holds a highlight (its first effect). */
async function renderApp(host: MemoryHost) {
  render(<App host={host} />);
  await act(() => Promise.resolve());
}

describe('the task pane over a workbook', () => {
  it('checks, shows the findings, selects a finding’s cell, highlights and clears', async () => {
    const host = await MemoryHost.fromXlsx(readFileSync(SAMPLE), 'en-GB');
    const expected = checkWorkbook((await host.readSnapshot('workbook')).snapshot);
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Check workbook' }));
    await screen.findByTestId('findings');
    const items = screen.getAllByRole('button', { name: /^Go to / });
    expect(items).toHaveLength(expected.findings.length);

    fireEvent.click(items[0]);
    await waitFor(() => expect(host.selection).toEqual({ sheet: expected.findings[0].sheet, cell: expected.findings[0].cell }));

    fireEvent.click(screen.getByRole('button', { name: 'Highlight' }));
    await screen.findByText(/cells highlighted/);
    expect(await host.hasHighlights()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Clear highlights' }));
    await screen.findByText(/Highlights cleared/);
    expect(await host.hasHighlights()).toBe(false);
  });

  it('offers to clear a highlight made before the pane was closed and opened again', async () => {
    const host = await MemoryHost.fromXlsx(readFileSync(SAMPLE), 'en-US');
    const first = render(<App host={host} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check workbook' }));
    await screen.findByTestId('findings');
    fireEvent.click(screen.getByRole('button', { name: 'Highlight' }));
    await screen.findByText(/cells highlighted/);
    first.unmount();

    await renderApp(host);
    expect(screen.queryByTestId('findings')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Clear highlights' }));
    await screen.findByText(/Highlights cleared/);
    expect(await host.hasHighlights()).toBe(false);
  });

  it('starts in Office’s display language and switches', async () => {
    const host = await MemoryHost.fromXlsx(readFileSync(SAMPLE), 'ru-RU');
    await renderApp(host);
    expect(screen.getByRole('button', { name: 'Проверить книгу' })).toBeTruthy();
    fireEvent.change(screen.getByTestId('lang'), { target: { value: 'en' } });
    expect(screen.getByRole('button', { name: 'Check workbook' })).toBeTruthy();
  });

  it('checks only the sheet the user is on', async () => {
    const host = await MemoryHost.fromXlsx(readFileSync(SAMPLE), 'en-US');
    host.showSheet('Паспорт');
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Check this sheet' }));
    fireEvent.click(await screen.findByTestId('tables-toggle'));
    const rows = screen.getByTestId('tables').querySelectorAll('tbody tr[data-table]');
    expect([...rows].map((r) => r.firstElementChild?.textContent)).toEqual(['Паспорт']);
  });

  it('runs the check through its engine runner, shows progress, and stops it on Cancel', async () => {
    const host = await MemoryHost.fromXlsx(readFileSync(SAMPLE), 'en-US');
    const asked: number[] = [];
    const engine: EngineRunner = {
      run: (kind, _input, signal) =>
        new Promise((_resolve, reject) => {
          if (kind === 'check') asked.push(1);
          signal?.addEventListener('abort', () => reject(new CheckCancelled()));
        }),
    };
    render(<App host={host} engine={engine} />);
    await act(() => Promise.resolve());
    fireEvent.click(screen.getByRole('button', { name: 'Check workbook' }));
    fireEvent.click(await screen.findByTestId('cancel'));
    expect(asked).toEqual([1]);
    expect((await screen.findByTestId('notice')).textContent).toBe('Stopped: nothing was checked.');
    expect(screen.queryByTestId('progress')).toBeNull();
    expect((screen.getByRole('button', { name: 'Check workbook' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('keeps the workbook’s table numbers when checking one sheet', async () => {
    const host = await MemoryHost.fromXlsx(readFileSync(SAMPLE), 'en-US');
    const whole = checkWorkbook((await host.readSnapshot('workbook')).snapshot);
    const later = whole.tables.find((t) => t.id !== 'T1')!;
    host.showSheet(later.sheet);
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Check workbook' }));
    await screen.findByTestId('tables-toggle');
    fireEvent.click(screen.getByRole('button', { name: 'Check this sheet' }));
    await waitFor(() => expect(screen.getByTestId('tables-toggle').textContent).toMatch(new RegExp(`^${whole.tables.filter((t) => t.sheet === later.sheet).length} table`)));
    fireEvent.click(screen.getByTestId('tables-toggle'));
    const ids = [...screen.getByTestId('tables').querySelectorAll('tbody tr[data-table]')].map((r) => r.getAttribute('data-table'));
    expect(ids).toEqual(whole.tables.filter((t) => t.sheet === later.sheet).map((t) => t.id));
  });

  it('shows a protected sheet as an error MessageBar, and the workbook keeps no highlight', async () => {
    const host = await MemoryHost.fromXlsx(readFileSync(SAMPLE), 'en-US');
    const { findings } = checkWorkbook((await host.readSnapshot('workbook')).snapshot);
    await host.workbook.getWorksheet(findings[0].sheet)!.protect('', {});
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Check workbook' }));
    await screen.findByTestId('findings');
    fireEvent.click(screen.getByRole('button', { name: 'Highlight' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('A sheet is protected');
    expect(await host.hasHighlights()).toBe(false);
  });

  it('lists what the add-in wrote into the workbook, each with an undo that puts it back', async () => {
    const host = await MemoryHost.fromXlsx(readFileSync(SAMPLE), 'en-US');
    const before = host.workbook.worksheets.map((w) => w.name);
    const plan: ContentPlan = { kind: 'content', title: 'Rollup by year', newSheets: [{ name: 'Свод', cells: [{ cell: 'A1', content: { kind: 'text', text: 'Итого' } }] }], edits: [] };
    await host.applyContent(plan);
    await renderApp(host);
    const changes = screen.getByTestId('changes');
    expect(changes.textContent).toContain('Rollup by year (sheet “Свод”)');
    fireEvent.click(screen.getByRole('button', { name: 'Undo: Rollup by year' }));
    await waitFor(() => expect(screen.queryByTestId('changes')).toBeNull());
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual(before);
    expect(await host.contentRecords()).toEqual([]);
  });
});
