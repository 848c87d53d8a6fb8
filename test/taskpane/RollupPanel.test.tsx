/**
 * @jest-environment jsdom
 */
import '../support/jsdom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chosenRollups, rollupTables, type RollupChoice, type RollupTable } from '../../src/taskpane/useRollups';
import { RollupPanel, type RollupPanelProps } from '../../src/taskpane/components/RollupPanel';
import { PANE_STRINGS } from '../../src/taskpane/paneStrings';
import { ROLLUP_PANE_STRINGS } from '../../src/taskpane/rollupStrings';
import { MemoryHost } from '../../src/standalone/MemoryHost';
import { sheet, workbook } from '../support/sheet';
import { localizeFinding, type RollupKind, type WorkbookSnapshot } from '../../src/engine';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'programme-sample.xlsx');

async function sampleSnapshot(): Promise<WorkbookSnapshot> {
  return (await (await MemoryHost.fromXlsx(readFileSync(SAMPLE))).readSnapshot('workbook')).snapshot;
}

function panel(props: Partial<RollupPanelProps> = {}, lang: 'en' | 'ru' = 'en') {
  const calls = { read: 0, create: 0, toggle: [] as [string, RollupKind, boolean][] };
  render(
    <FluentProvider theme={webLightTheme}>
      <RollupPanel
        strings={PANE_STRINGS[lang]}
        words={ROLLUP_PANE_STRINGS[lang]}
        busy={null}
        tables={[]}
        chosen={{}}
        changed={false}
        onRead={() => calls.read++}
        onToggle={(id, kind, on) => calls.toggle.push([id, kind, on])}
        onCreate={() => calls.create++}
        {...props}
      />
    </FluentProvider>,
  );
  return calls;
}

const box = (id: string) => screen.getByTestId(id) as HTMLInputElement;

describe('the rollup panel', () => {
  it('reads the tables when first shown', () => {
    const calls = panel({ tables: undefined });
    expect(calls.read).toBe(1);
    expect(screen.queryByRole('button', { name: 'Create' })).toBeNull();
  });

  it('says when the workbook has nothing to roll up (an indicator table only)', () => {
    const indicators = workbook(
      sheet('Показатели', [
        ['№', 'Наименование показателя', 'Единица измерения', 2024, 2025],
        ['1', 'Доля жителей, получающих услуги в электронной форме', '%', 97, 98],
        ['2', 'Число посещений библиотек', 'тыс.', 12, 13],
      ]),
    );
    const tables = rollupTables(indicators);
    expect(tables).toEqual([]);
    const calls = panel({ tables });
    expect(screen.getByTestId('rollup-none').textContent).toBe('The workbook has no funding table to roll up.');
    expect(screen.queryByRole('button', { name: 'Create' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Find the tables again' }));
    expect(calls.read).toBe(1);
  });

  it('lists the funding tables with the rollups that apply as checkboxes, and why the others do not', async () => {
    const tables = rollupTables(await sampleSnapshot());
    expect(tables.map((t) => `${t.id} ${t.sheet}!${t.range}`)).toEqual(['T1 Паспорт!A2:H6', 'T3 Приложение 2!A3:J151']);
    const calls = panel({ tables });
    const passport = screen.getByRole('group', { name: 'T1: Паспорт!A2:H6' });
    expect(within(passport).getByText('years 2021–2026, тыс. руб.')).toBeTruthy();
    expect(box('rollup-T1-year').disabled).toBe(false);
    expect(box('rollup-T1-item').disabled).toBe(true);
    expect(passport.textContent).toContain('(no items besides the sources)');
    expect(['year', 'source', 'item'].map((k) => box(`rollup-T3-${k}`).disabled)).toEqual([false, false, false]);
    // nothing ticked: nothing to create
    expect((screen.getByRole('button', { name: 'Create' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Tick the rollups to create.')).toBeTruthy();
    fireEvent.click(box('rollup-T3-year'));
    expect(calls.toggle).toEqual([['T3', 'year', true]]);
  });

  it('creates what is ticked', async () => {
    const tables = rollupTables(await sampleSnapshot());
    const calls = panel({ tables, chosen: { T3: ['year'] } });
    expect(box('rollup-T3-year').checked).toBe(true);
    expect(box('rollup-T1-year').checked).toBe(false);
    fireEvent.click(box('rollup-T3-year'));
    expect(calls.toggle).toEqual([['T3', 'year', false]]);
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(calls.create).toBe(1);
  });

  it('says what it created: each sheet, and the stated totals that differ beyond rounding', async () => {
    const snapshot = await sampleSnapshot();
    const chosen: RollupChoice = { T1: ['year'], T3: ['year', 'item'] };
    const result = chosenRollups(snapshot, chosen, 'ru');
    expect(result.sheets.map((s) => [s.sheet, s.tableId, s.kind])).toEqual([
      ['Свод по годам T1', 'T1', 'year'],
      ['Свод по годам T3', 'T3', 'year'],
      ['Свод по мероприятиям T3', 'T3', 'item'],
    ]);
    expect(result.plan!.newSheets.map((s) => s.name)).toEqual(result.sheets.map((s) => s.sheet));
    panel({ tables: rollupTables(snapshot), made: { recordId: 'r1', sheets: result.sheets } }, 'ru');
    const made = screen.getByTestId('rollup-made');
    expect(made.textContent).toContain('Создано листов: 3.');
    const lines = [...made.querySelectorAll('[data-rollup-sheet]')].map((li) => li.textContent);
    expect(lines[0]).toBe('«Свод по годам T1» (T1, по годам): все указанные итоги совпадают');
    const t3 = result.sheets[1].differences;
    expect(t3).toBeGreaterThan(0);
    expect(lines[1]).toBe(`«Свод по годам T3» (T3, по годам): расхождений с указанными итогами больше округления: ${t3} (выделены на листе)`);
    expect(made.textContent).toContain('Отмена в списке «Изменения, внесённые budget-check» удаляет эти листы.');
  });

  it("says what the check says of a table whose years skip some, in the check's words", () => {
    const snapshot = workbook(
      sheet('S', [
        ['Funding source', 'FY2019', 'FY2024', 'FY2025', 'Total'],
        ['Federal budget', 1, 2, 3, 6],
        ['Local budget', 10, 20, 30, 60],
        ['Total', 11, 22, 33, 66],
      ]),
    );
    const result = chosenRollups(snapshot, { T1: ['year'] }, 'en');
    const notes = result.findings.map((f) => localizeFinding(f, 'en'));
    expect(notes).toEqual([expect.stringContaining('C1: the years of table T1 jump from 2019 to 2024: it has no figures for 2020–2023.')]);
    panel({ tables: rollupTables(snapshot), made: { recordId: 'r1', sheets: result.sheets, notes } });
    const made = screen.getByTestId('rollup-made');
    expect([...made.querySelectorAll('[data-rollup-note]')].map((li) => li.textContent)).toEqual(notes);
    expect(made.querySelector('[data-rollup-sheet]')!.textContent).toContain('every stated total agrees');
  });

  it('shows a host problem, and that the workbook changed since its tables were read', async () => {
    const tables: RollupTable[] = rollupTables(await sampleSnapshot());
    panel({ tables, problem: { code: 'sheet-protected', message: '' }, changed: true });
    expect(screen.getByRole('alert').textContent).toContain('A sheet is protected');
    expect(screen.getByTestId('rollup-changed').textContent).toMatch(/changed since its tables were read/);
  });

  it('disables everything while busy', async () => {
    const tables = rollupTables(await sampleSnapshot());
    panel({ tables, chosen: { T3: ['year'] }, busy: 'writing' });
    expect(screen.getByTestId('rollup-progress').textContent).toContain('Changing the workbook');
    expect((screen.getByRole('button', { name: 'Create' }) as HTMLButtonElement).disabled).toBe(true);
    expect(box('rollup-T3-source').disabled).toBe(true);
  });
});

describe('the rollup panel with hundreds of tables', () => {
  it('draws them 50 at a time, the rest behind Show more', async () => {
    const one = rollupTables(await sampleSnapshot())[0];
    const tables: RollupTable[] = Array.from({ length: 120 }, (_, i) => ({ ...one, id: `T${i + 1}` }));
    panel({ tables });
    expect(document.querySelectorAll('[data-rollup-table]')).toHaveLength(50);
    expect(screen.getByTestId('rollup-shown').textContent).toBe('Showing 50 of 120.');
    fireEvent.click(screen.getByTestId('rollup-show-more'));
    fireEvent.click(screen.getByTestId('rollup-show-more'));
    expect(document.querySelectorAll('[data-rollup-table]')).toHaveLength(120);
    expect(screen.queryByTestId('rollup-show-more')).toBeNull();
  });
});
