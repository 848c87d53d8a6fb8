/**
 * @jest-environment jsdom
 */
import '../support/jsdom';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { checkWorkbook, localizeFinding, type WorkbookSnapshot } from '../../src/engine';
import { createOfficeHost, officeSettingsStore } from '../../src/office';
import { App } from '../../src/taskpane/App';
import { workerRunner } from '../../src/taskpane/engineRunner';
import { documentSettings } from '../support/documentSettings';
import { excelContext, PASSPORT_VALUES, type MockSheet } from '../support/excelMocks';
import { FakeEngineWorker, fakeWorkers } from '../support/fakeWorker';

// The whole pane in the Office add-in: Excel through office-addin-mock, the engine in its worker
// (a stand-in that copies every message as postMessage does), Office's display language Russian.

/** Two passports: the first's 135 is not 60 + 70; the second's 2025 total 140 is not 60 + 70. */
const SHEETS: MockSheet[] = [
  { name: 'Паспорт', used: { rowIndex: 1, columnIndex: 0, values: PASSPORT_VALUES } },
  {
    name: 'Программа 2',
    used: {
      rowIndex: 1,
      columnIndex: 0,
      values: [
        ['Источники', '2024 год', '2025 год', 'Всего'],
        ['областной бюджет', 60, 60, 120],
        ['местный бюджет', 60, 70, 130],
        ['ВСЕГО:', 120, 140, 250],
      ],
    },
  },
];

async function pane(active?: string) {
  const { context, syncs } = excelContext(SHEETS, undefined, active);
  const host = createOfficeHost({ run: (batch) => batch(context), store: officeSettingsStore(documentSettings().settings), isSetSupported: () => true, displayLanguage: 'ru-RU' });
  render(<App host={host} engine={workerRunner('engine-worker.js', fakeWorkers)} />);
  await act(() => Promise.resolve());
  const snapshot: WorkbookSnapshot = (await host.readSnapshot('workbook')).snapshot;
  return { host, syncs, expected: checkWorkbook(snapshot) };
}

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

beforeEach(() => {
  FakeEngineWorker.made = [];
  FakeEngineWorker.holdNew = false;
});

describe('the pane in Excel (office-addin-mock), engine in a worker', () => {
  it('checks in the worker with progress, then shows the findings first, in Russian, each as the engine words it', async () => {
    const { expected } = await pane();
    expect(expected.findings.filter((f) => f.severity === 'error').map((f) => `${f.sheet}!${f.cell}`)).toEqual(expect.arrayContaining(['Паспорт!D4', 'Программа 2!C5']));
    // the first task is held in the worker: the pane shows what it is doing, and Cancel
    FakeEngineWorker.holdNew = true;
    fireEvent.click(button('Проверить книгу'));
    await waitFor(() => expect(screen.getByTestId('progress').textContent).toBe('Проверка таблиц…'));
    expect(screen.getByTestId('cancel').textContent).toBe('Отменить');
    FakeEngineWorker.made[0].release();
    await screen.findByTestId('findings');
    expect(FakeEngineWorker.made[0].received.map((r) => r.kind)).toEqual(['check']);
    expect(screen.queryByTestId('progress')).toBeNull();
    expect(screen.getByTestId('summary').textContent).toMatch(/^Найдено таблиц: 2\. Ошибок: \d+/);
    const shown = [...document.querySelectorAll('[data-finding]')];
    expect(shown.map((el) => el.getAttribute('data-finding')).sort()).toEqual(expected.findings.map((f) => `${f.sheet}!${f.cell}`).sort());
    for (const f of expected.findings) expect(document.body.textContent).toContain(localizeFinding(f, 'ru'));
    // the findings come before the tables' line
    expect(screen.getByTestId('findings').compareDocumentPosition(screen.getByTestId('tables-toggle')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('filters the findings by sheet, by table and by severity', async () => {
    const { expected } = await pane();
    fireEvent.click(button('Проверить книгу'));
    await screen.findByTestId('findings');
    const shown = () => [...document.querySelectorAll('[data-finding]')].map((el) => el.getAttribute('data-finding')!);
    fireEvent.change(screen.getByTestId('scope-filter'), { target: { value: 'sheet:Программа 2' } });
    expect(shown().length).toBeGreaterThan(0);
    expect(shown().every((f) => f.startsWith('Программа 2!'))).toBe(true);
    expect(shown().length).toBe(expected.findings.filter((f) => f.sheet === 'Программа 2').length);
    fireEvent.change(screen.getByTestId('scope-filter'), { target: { value: 'table:T1' } });
    expect(shown().sort()).toEqual(expected.findings.filter((f) => f.tableId === 'T1').map((f) => `${f.sheet}!${f.cell}`).sort());
    fireEvent.change(screen.getByTestId('scope-filter'), { target: { value: '' } });
    const errors = within(screen.getByTestId('severity-filter')).getByRole('button', { name: /^Ошибок|^ошибки|^Ошибки/i });
    fireEvent.click(errors);
    expect(document.querySelectorAll('[data-finding][data-severity="error"]').length).toBe(0);
    expect(shown().length).toBe(expected.findings.filter((f) => f.severity !== 'error').length);
  });

  it('stops a check on Cancel: the worker is ended and the pane says nothing was checked', async () => {
    await pane();
    FakeEngineWorker.holdNew = true;
    fireEvent.click(button('Проверить книгу'));
    fireEvent.click(await screen.findByTestId('cancel'));
    expect((await screen.findByTestId('notice')).textContent).toBe('Остановлено: проверка не выполнена.');
    expect(FakeEngineWorker.made[0].terminated).toBe(true);
    expect(screen.queryByTestId('findings')).toBeNull();
  });

  it('checks the sheet the user is on with the workbook’s table numbers, before any check of the workbook', async () => {
    await pane('Программа 2');
    fireEvent.click(button('Проверить этот лист'));
    fireEvent.click(await screen.findByTestId('tables-toggle'));
    expect([...screen.getByTestId('tables').querySelectorAll('tbody tr[data-table]')].map((r) => r.getAttribute('data-table'))).toEqual(['T2']);
    expect([...document.querySelectorAll('[data-finding]')].every((el) => el.getAttribute('data-finding')!.startsWith('Программа 2!'))).toBe(true);
    expect(document.querySelector('[data-finding]')!.getAttribute('data-table')).toBe('T2');
  });
});
