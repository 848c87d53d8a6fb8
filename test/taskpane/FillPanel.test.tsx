/**
 * @jest-environment jsdom
 */
import '../support/jsdom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listIndicatorTables, listTemplates, planFill, type FillOptions, type WorkbookSnapshot } from '../../src/engine';
import { FillPanel, type FillPanelProps } from '../../src/taskpane/components/FillPanel';
import { FILL_PANE_STRINGS } from '../../src/taskpane/fillStrings';
import { PANE_STRINGS } from '../../src/taskpane/paneStrings';
import type { FillChoice } from '../../src/taskpane/useFill';
import { MemoryHost } from '../../src/standalone/MemoryHost';
import { sheet, workbook } from '../support/sheet';

const SAMPLES = join(__dirname, '..', '..', 'samples');

async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  return (await (await MemoryHost.fromXlsx(readFileSync(join(SAMPLES, file)))).readSnapshot('workbook')).snapshot;
}

/** The panel as the pane shows it for a workbook and a choice, with the engine's preview when `preview`. */
function panel(snapshot: WorkbookSnapshot, choice: FillChoice, props: Partial<FillPanelProps> = {}, lang: 'en' | 'ru' = 'en', preview = true) {
  const calls = { read: 0, preview: 0, fill: 0, choose: [] as Partial<FillChoice>[] };
  const options: FillOptions = { template: choice.template!, source: choice.source || undefined, year: choice.year ? Number(choice.year) : undefined, overwrite: choice.overwrite, lang };
  render(
    <FluentProvider theme={webLightTheme}>
      <FillPanel
        lang={lang}
        strings={PANE_STRINGS[lang]}
        words={FILL_PANE_STRINGS[lang]}
        busy={null}
        templates={listTemplates(snapshot)}
        sources={listIndicatorTables(snapshot)}
        choice={choice}
        preview={preview ? { choice, result: planFill(snapshot, options) } : undefined}
        changed={false}
        onRead={() => calls.read++}
        onChoose={(patch) => calls.choose.push(patch)}
        onPreview={() => calls.preview++}
        onFill={() => calls.fill++}
        {...props}
      />
    </FluentProvider>,
  );
  return calls;
}

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('the fill panel', () => {
  it('looks for report forms when first shown; says when there is none', async () => {
    const calls = panel(await snapshotOf('programme-sample.xlsx'), { source: '', year: '', overwrite: false }, { templates: undefined }, 'en', false);
    expect(calls.read).toBe(1);
    const empty = workbook(sheet('Лист1', [['Пояснительная записка'], ['Текст без таблиц.']]));
    panel(empty, { source: '', year: '', overwrite: false }, {}, 'en', false);
    expect(screen.getByTestId('fill-none').textContent).toMatch(/No report form was found/);
  });

  it('offers the report, the one source as a line, the year of the report, overwrite off; asks for a preview before a fill', async () => {
    const snapshot = await snapshotOf('programme-sample.xlsx');
    const calls = panel(snapshot, { template: 'Отчет 2024', source: '', year: '2024', overwrite: false }, {}, 'en', false);
    expect((screen.getByTestId('fill-template') as HTMLSelectElement).value).toBe('Отчет 2024');
    expect(screen.queryByTestId('fill-source')).toBeNull();
    expect(screen.getByText("Indicator table (source): 'Приложение 1'!A3:I10 (T2), years 2021–2026, 6 indicators")).toBeTruthy();
    expect((screen.getByTestId('fill-year') as HTMLInputElement).value).toBe('2024');
    expect(screen.getByText('the report’s: 2024')).toBeTruthy();
    expect((screen.getByTestId('fill-overwrite') as HTMLInputElement).checked).toBe(false);
    expect(button('Fill').disabled).toBe(true);
    fireEvent.click(button('Preview'));
    expect(calls.preview).toBe(1);
    fireEvent.change(screen.getByTestId('fill-year'), { target: { value: '2025' } });
    fireEvent.click(screen.getByTestId('fill-overwrite'));
    expect(calls.choose).toEqual([{ year: '2025' }, { overwrite: true }]);
  });

  it('previews the matches: report row → indicator, value, method and confidence as a percentage', async () => {
    const snapshot = await snapshotOf('programme-sample.xlsx');
    const calls = panel(snapshot, { template: 'Отчет 2024', source: '', year: '2024', overwrite: false });
    const rows = screen.getByTestId('fill-matches').querySelectorAll('[data-match]');
    expect([...rows].map((r) => r.getAttribute('data-match'))).toEqual(['B4', 'B5', 'B6', 'B7', 'B8', 'B9']);
    expect([...rows].map((r) => r.querySelector('[data-value]')!.textContent)).toEqual(['D4 ← 60', 'D5 ← 100', 'D6 ← 100', 'D7 ← 73', 'D8 ← 90', 'D9 ← 34']);
    expect(rows[0].querySelector('[data-confidence]')!.textContent).toBe('100%');
    expect(rows[0].querySelector('[data-method]')!.textContent).toBe('by number and name');
    expect(rows[0].querySelector('[data-indicator]')!.textContent).toBe("→ 'Приложение 1'!B5");
    expect(screen.getByText('Not matched: 0')).toBeTruthy();
    expect(screen.getByTestId('fill-to-write').textContent).toBe('6 cells to write.');
    expect(button('Fill').disabled).toBe(false);
    fireEvent.click(button('Fill'));
    expect(calls.fill).toBe(1);
  });

  it('lists a row below a clear match as not matched, with its closest indicators, never a guess', async () => {
    const snapshot = await snapshotOf('indicator-report-sample.xlsx');
    panel(snapshot, { template: 'Отчет 2025', source: '', year: '2025', overwrite: false }, {}, 'ru');
    const matched = [...screen.getByTestId('fill-matches').querySelectorAll('[data-match]')];
    expect(matched.map((r) => r.getAttribute('data-match'))).toEqual(['B4', 'B5', 'B6', 'B8']);
    // by name only (no numbers in this report): the confidence is the engine's, below 100%
    expect(matched.map((r) => r.querySelector('[data-confidence]')!.textContent)).toEqual(['90%', '82%', '69%', '91%']);
    expect(matched[0].querySelector('[data-method]')!.textContent).toBe('по наименованию');
    const unmatched = screen.getByTestId('fill-unmatched').querySelectorAll('[data-unmatched]');
    expect([...unmatched].map((li) => li.getAttribute('data-unmatched'))).toEqual(['B7']);
    expect(unmatched[0].textContent).toBe(
      'B7 4 «Доля муниципальных служащих»: нет однозначного совпадения; ближайшие: B10 6.1 «Доля муниципальных служащих прошедших повышение к…» (74%), B8 4.1 «Доля муниципальных служащих Администрации Кожевни…» (72%), B5 1.1 «Доля населения, удовлетворенного деятельностью ор…» (40%)',
    );
    expect(screen.getByText('Не сопоставлено: 1')).toBeTruthy();
    expect(screen.getByTestId('fill-formulas').textContent).toBe('F4 =E4-D4, F5 =E5-D5, G4 =E4/D4*100, G5 =E5/D5*100');
  });

  it('reports a cell already filled as left alone, and offers to overwrite; with overwrite it is to be replaced', async () => {
    const host = await MemoryHost.fromXlsx(readFileSync(join(SAMPLES, 'programme-sample.xlsx')));
    host.workbook.getWorksheet('Отчет 2024')!.getCell('D5').value = 59;
    const snapshot = (await host.readSnapshot('workbook')).snapshot;
    const refused = panel(snapshot, { template: 'Отчет 2024', source: '', year: '2024', overwrite: false });
    const occupied = screen.getByTestId('fill-occupied');
    expect([...occupied.querySelectorAll('[data-occupied]')].map((li) => li.textContent)).toEqual(['D5 ← 100 (cell not empty, left alone: “59”)']);
    expect(occupied.textContent).toContain('Switch on “Overwrite values already there” and preview again');
    expect(screen.getByTestId('fill-to-write').textContent).toBe('5 cells to write.');
    expect(refused.fill).toBe(0);
    document.body.innerHTML = '';

    panel(snapshot, { template: 'Отчет 2024', source: '', year: '2024', overwrite: true });
    expect(screen.queryByTestId('fill-occupied')).toBeNull();
    const d5 = screen.getByTestId('fill-matches').querySelector('[data-match="B5"] [data-value]')!;
    expect(d5.textContent).toBe('D5 ← 100 (to replace: “59”)');
    expect(screen.getByTestId('fill-to-write').textContent).toBe('6 cells to write.');
  });

  it('says clearly when the year is not in the source, and fills nothing', () => {
    const source = sheet('Приложение 1', [
      ['№', 'Наименование показателя', 'Единица измерения', 2024, 2025, 2026],
      ['1.1', 'Доля жителей, получающих услуги в электронной форме', '%', 97, 98, 99],
    ]);
    const report = sheet('Отчет', [
      ['№', 'Наименование показателя', 'Ед. изм.', 'Плановое значение'],
      ['1.1', 'Доля жителей, получающих услуги в электронной форме', '%'],
    ]);
    panel(workbook(source, report), { template: 'Отчет', source: '', year: '2027', overwrite: false });
    const blocking = screen.getByTestId('fill-blocking');
    expect(blocking.getAttribute('data-code')).toBe('year-not-in-source');
    expect(blocking.textContent).toBe("table 'Приложение 1'!A1:F2 has no values for 2027 (it has 2024–2026); nothing was filled.");
    expect(screen.queryByTestId('fill-matches')).toBeNull();
    expect(button('Fill').disabled).toBe(true);
  });

  it('with no year anywhere, asks for it in the year field (not a command-line option)', () => {
    const source = sheet('Приложение 1', [
      ['№', 'Наименование показателя', 'Единица измерения', 2024, 2025, 2026],
      ['1.1', 'Доля жителей, получающих услуги в электронной форме', '%', 97, 98, 99],
    ]);
    const report = sheet('Отчет', [
      ['№', 'Наименование показателя', 'Ед. изм.', 'Плановое значение'],
      ['1.1', 'Доля жителей, получающих услуги в электронной форме', '%'],
    ]);
    panel(workbook(source, report), { template: 'Отчет', source: '', year: '', overwrite: false }, {}, 'ru');
    expect(screen.getByText('в отчёте не указан')).toBeTruthy();
    const blocking = screen.getByTestId('fill-blocking');
    expect(blocking.getAttribute('data-code')).toBe('year-unknown');
    // the engine's words, without the command line's option (the year field is beside it)
    expect(blocking.textContent).toBe('Не указан год: графы плановых значений не называют год, заголовок листа тоже; укажите год.');
  });

  it('with two indicator tables, asks which one is the source, and offers both', async () => {
    const host = await MemoryHost.fromXlsx(readFileSync(join(SAMPLES, 'programme-sample.xlsx')));
    const copy = host.workbook.addWorksheet('Приложение 1 (2)');
    host.workbook.getWorksheet('Приложение 1')!.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
    const snapshot = (await host.readSnapshot('workbook')).snapshot;
    const calls = panel(snapshot, { template: 'Отчет 2024', source: '', year: '2024', overwrite: false });
    const blocking = screen.getByTestId('fill-blocking');
    expect(blocking.getAttribute('data-code')).toBe('ambiguous-source');
    expect(blocking.textContent).toMatch(/^The workbook has several indicator tables; say which one to fill from: 'Приложение 1'!A3:I10 \(T2\).*rows matched: 6; 'Приложение 1 \(2\)'!A3:I10 \(T\d\).*rows matched: 6\.$/);
    const chooser = screen.getByTestId('fill-source') as HTMLSelectElement;
    expect([...chooser.options].map((o) => o.textContent)).toEqual([
      'Choose…',
      ...listIndicatorTables(snapshot).map((t) => `'${t.sheet}'!${t.range} (${t.id}), years 2021–2026, 6 indicators`),
    ]);
    expect(button('Fill').disabled).toBe(true);
    fireEvent.change(chooser, { target: { value: 'T2' } });
    expect(calls.choose).toEqual([{ source: 'T2' }]);
  });

  it('says a year field that is not a year, and that a fill is done (with how to undo it)', async () => {
    const snapshot = await snapshotOf('programme-sample.xlsx');
    const choice: FillChoice = { template: 'Отчет 2024', source: '', year: '2024', overwrite: false };
    const result = planFill(snapshot, { template: 'Отчет 2024', lang: 'en' });
    const preview = { choice, result };
    panel(snapshot, choice, { preview, filled: { written: 6, preview }, badYear: '20x4' });
    expect(screen.getByText('“20x4” is not a year.')).toBeTruthy();
    expect(screen.getByTestId('fill-done').textContent).toBe('6 cells filled. Undo under “Changes made by budget-check” puts the cells back.');
    expect(button('Fill').disabled).toBe(true);
    // the preview stays, without what is no longer to be written
    expect(within(screen.getByTestId('fill-panel')).getByTestId('fill-matches')).toBeTruthy();
    expect(screen.queryByTestId('fill-to-write')).toBeNull();
  });
});
