/**
 * @jest-environment jsdom
 */
import '../support/jsdom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { checkWorkbook, localizeFinding, type CheckResult, type Finding } from '../../src/engine';
import { CheckPanel, type CheckPanelProps } from '../../src/taskpane/components/CheckPanel';
import { PANE_STRINGS } from '../../src/taskpane/paneStrings';
import { LAYOUTS } from '../engine/layouts/layoutFixtures';
import { sheet, workbook } from '../support/sheet';

const passport = LAYOUTS[0];

function panel(props: Partial<CheckPanelProps> = {}) {
  const calls: { check: string[]; select: Finding[]; highlight: number; clear: number } = { check: [], select: [], highlight: 0, clear: 0 };
  const lang = props.lang ?? 'en';
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckPanel
        lang={lang}
        strings={PANE_STRINGS[lang]}
        busy={null}
        highlighted={false}
        onCheck={(scope) => calls.check.push(scope)}
        onSelect={(f) => calls.select.push(f)}
        onHighlight={() => calls.highlight++}
        onClear={() => calls.clear++}
        {...props}
      />
    </FluentProvider>,
  );
  return calls;
}

describe('the check panel', () => {
  it('shows how far a check is: the sheet of all, then the checks, with a bar that fills', () => {
    panel({ busy: 'checking', progress: { stage: 'sheets', done: 11, total: 102, sheet: 'Лист 12' }, onCancel: () => undefined });
    expect(screen.getByTestId('progress').textContent).toBe('Finding the tables: sheet 12 of 102…');
    expect(Number(screen.getByRole('progressbar').getAttribute('aria-valuenow'))).toBeCloseTo((0.5 * 11) / 102);
    expect(screen.getByTestId('cancel')).toBeTruthy();
  });

  it('says the checks in Russian too', () => {
    panel({ lang: 'ru', busy: 'checking', progress: { stage: 'checks', done: 2, total: 8 } });
    expect(screen.getByTestId('progress').textContent).toBe('Пересчёт итогов: проверка 3 из 8…');
  });

  it('asks for a check of the workbook or of the sheet', () => {
    const calls = panel();
    fireEvent.click(screen.getByRole('button', { name: 'Check workbook' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check this sheet' }));
    expect(calls.check).toEqual(['workbook', 'active-sheet']);
    expect(screen.queryByTestId('findings')).toBeNull();
  });

  it('shows progress while reading, with the buttons disabled', () => {
    panel({ busy: 'reading' });
    expect(screen.getByTestId('progress').textContent).toContain('Reading the workbook');
    expect((screen.getByRole('button', { name: 'Check workbook' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says when nothing is found: the table is listed and every total adds up', () => {
    const result = checkWorkbook(passport.build(false));
    expect(result.findings).toHaveLength(0);
    panel({ result });
    // the list of tables is a line that opens on demand
    expect(screen.queryByTestId('tables')).toBeNull();
    fireEvent.click(screen.getByTestId('tables-toggle'));
    const tables = screen.getByTestId('tables');
    const rows = tables.querySelectorAll('[data-table]');
    expect(rows).toHaveLength(1);
    expect([...rows[0].querySelectorAll('td')].map((td) => td.textContent)).toEqual([passport.sheet, `${result.tables[0].id} ${passport.range}`, 'funding', '2024–2026', 'тыс. руб.', 'no findings']);
    expect(tables.querySelector(`[data-sources="${result.tables[0].id}"]`)?.textContent).toBe(`Sources: ${passport.sources!.join('; ')}`);
    expect(screen.getByTestId('clean').textContent).toBe('Every total adds up.');
    expect(screen.queryByRole('button', { name: 'Highlight' })).toBeNull();
  });

  it('says when there is no table at all', () => {
    panel({ result: checkWorkbook(workbook(sheet('Notes', [['Meeting minutes'], ['nothing to add up']]))) });
    expect(screen.getByTestId('summary').textContent).toBe('No funding or indicator tables found.');
    expect(screen.queryByTestId('tables')).toBeNull();
  });

  it('shows the findings first, errors first, each naming its table, with expected and actual figures, difference and parts', () => {
    const result: CheckResult = checkWorkbook(passport.build(true));
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.cell).sort()).toEqual([...passport.planted.errors].sort());
    const calls = panel({ result });
    const findings = screen.getByTestId('findings');
    // findings come before the tables
    expect(findings.compareDocumentPosition(screen.getByTestId('tables-toggle')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const items = within(findings).getAllByRole('button', { name: /^Go to / });
    expect(items).toHaveLength(result.findings.length);
    const order = { error: 0, warning: 1, info: 2 };
    const severities = items.map((i) => i.getAttribute('data-severity') as keyof typeof order);
    expect(severities).toEqual([...severities].sort((a, b) => order[a] - order[b]));
    const first = errors[0];
    expect(items[0].textContent).toContain(`Table ${result.tables[0].id}: ${passport.sheet}!${passport.range}`);
    expect(items[0].textContent).toContain(localizeFinding(first, 'en'));
    expect(items[0].textContent).toMatch(/Expected/);
    expect(items[0].textContent).toContain(`Parts${first.parts.join(', ')}`);
    fireEvent.click(items[0]);
    expect(calls.select).toEqual([first]);
    fireEvent.click(screen.getByRole('button', { name: 'Highlight' }));
    expect(calls.highlight).toBe(1);
  });

  it('filters the findings by severity and by sheet or table, and jumps from a table to its findings', () => {
    const a = passport.build(true);
    const b = LAYOUTS[1].build(true);
    const result = checkWorkbook({ sheets: [...a.sheets, ...b.sheets] });
    expect(result.tables.length).toBeGreaterThanOrEqual(2);
    panel({ result });
    const shown = () => [...screen.getByTestId('findings').querySelectorAll('[data-finding]')];
    const total = result.findings.length;
    expect(shown()).toHaveLength(total);
    // only errors
    for (const s of ['warning', 'info']) {
      const button = screen.getByTestId('severity-filter').querySelector(`[data-filter-severity="${s}"]`);
      if (button) fireEvent.click(button);
    }
    expect(shown().every((e) => e.getAttribute('data-severity') === 'error')).toBe(true);
    expect(shown()).toHaveLength(result.findings.filter((f) => f.severity === 'error').length);
    // one sheet
    const sheetName = LAYOUTS[1].sheet;
    fireEvent.change(screen.getByTestId('scope-filter'), { target: { value: `sheet:${sheetName}` } });
    expect(shown().length).toBeGreaterThan(0);
    expect(shown().every((e) => e.getAttribute('data-finding')!.startsWith(`${sheetName}!`))).toBe(true);
    // from the list of tables to a table's findings (every severity again)
    fireEvent.click(screen.getByTestId('tables-toggle'));
    const t = result.tables.find((x) => x.sheet === passport.sheet)!;
    fireEvent.click(screen.getByTestId('tables').querySelector(`[data-show-findings="${t.id}"]`)!);
    expect((screen.getByTestId('scope-filter') as HTMLSelectElement).value).toBe(`table:${t.id}`);
    expect(shown()).toHaveLength(result.findings.filter((f) => f.tableId === t.id).length);
    expect(shown().every((e) => e.getAttribute('data-table') === t.id)).toBe(true);
  });

  it('draws a long list a page at a time', () => {
    const result = checkWorkbook(passport.build(true));
    const many = Array.from({ length: 250 }, () => result.findings[0]);
    panel({ result: { ...result, findings: many } });
    expect(screen.getByTestId('findings').querySelectorAll('[data-finding]')).toHaveLength(100);
    expect(screen.getByTestId('findings-shown').textContent).toBe('Showing 100 of 250.');
    fireEvent.click(screen.getByTestId('show-more'));
    expect(screen.getByTestId('findings').querySelectorAll('[data-finding]')).toHaveLength(200);
  });

  it('marks indicator tables, and says there is nothing to add up where there are only those', () => {
    const result = checkWorkbook(passport.build(false));
    const indicators = { ...result, tables: result.tables.map((t) => ({ ...t, kind: 'indicators' as const })) };
    panel({ result: indicators });
    expect(screen.getByTestId('clean').textContent).toBe('Only indicator tables here: there is nothing to add up.');
    fireEvent.click(screen.getByTestId('tables-toggle'));
    expect(screen.getByTestId('tables').querySelector('[data-kind="indicators"]')?.textContent).toContain('indicators, not added up');
  });

  it('says when the workbook changed since the check, and highlights nothing stale', () => {
    const calls = panel({ result: checkWorkbook(passport.build(true)), stale: true });
    expect(screen.getByTestId('stale').textContent).toMatch(/changed since this check/);
    fireEvent.click(screen.getByRole('button', { name: 'Highlight' }));
    expect(calls.highlight).toBe(0);
  });

  it('words everything in Russian when asked', () => {
    const result = checkWorkbook(passport.build(true));
    panel({ result, lang: 'ru' });
    expect(screen.getByRole('button', { name: 'Проверить книгу' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Выделить' })).toBeTruthy();
    expect(screen.getByTestId('findings').textContent).toContain(localizeFinding(result.findings[0], 'ru'));
    expect(screen.getByTestId('findings').textContent).toContain('Ожидалось');
    expect(screen.getByTestId('summary').textContent).toMatch(/^Найдено таблиц: 1\. Ошибок: 2, /);
  });

  it('shows a problem as an error MessageBar with what to do', () => {
    panel({ problem: { code: 'cell-edit-mode', message: 'InvalidOperationInCellEditMode' } });
    const bar = screen.getByRole('alert');
    expect(bar.textContent).toContain('Could not finish');
    expect(bar.textContent).toContain('Leave the cell');
  });

  it('words an unknown problem with its own message', () => {
    panel({ problem: { code: 'unknown', message: 'The network is down.' }, lang: 'ru' });
    expect(screen.getByRole('alert').textContent).not.toContain('The network is down.');
    fireEvent.click(screen.getByRole('button', { name: 'Подробности' }));
    expect(screen.getByTestId('problem-details').textContent).toBe('The network is down.');
    expect(screen.getByRole('alert').textContent).toContain('Не удалось выполнить');
  });

  it('offers to clear a highlight left from an earlier session before any check', () => {
    const calls = panel({ highlighted: true });
    fireEvent.click(screen.getByRole('button', { name: 'Clear highlights' }));
    expect(calls.clear).toBe(1);
  });
});
