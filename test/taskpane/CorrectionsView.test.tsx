/**
 * @jest-environment jsdom
 */
import '../support/jsdom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { checkWorkbook, type TableCorrection } from '../../src/engine';
import { CorrectionsView } from '../../src/taskpane/components/CorrectionsView';
import { PANE_STRINGS } from '../../src/taskpane/paneStrings';
import { sheet, workbook } from '../support/sheet';

type Found = Extract<TableCorrection, { status: 'found' }>;

/** Two slips in a programme's table (C3 and E5): one correction of two cells. */
const result = checkWorkbook(
  workbook(
    sheet('Приложение 2', [
      ['Ресурсное обеспечение, тыс. руб.'],
      ['Наименование', 'Всего', '2024', '2025', '2026'],
      ['Мероприятие 1', 600, 110, 200, 300],
      ['Мероприятие 2', 150, 40, 50, 60],
      ['Мероприятие 3', 90, 30, 30, 33],
      ['Итого', 840, 170, 280, 390],
    ]),
  ),
);

function view(corrections: readonly TableCorrection[], lang: 'en' | 'ru', disabled = false) {
  const calls = { preview: [] as Found[], apply: [] as Found[] };
  render(
    <FluentProvider theme={webLightTheme}>
      <CorrectionsView corrections={corrections} lang={lang} strings={PANE_STRINGS[lang]} disabled={disabled} onPreview={(c) => calls.preview.push(c)} onApply={(c) => calls.apply.push(c)} />
    </FluentProvider>,
  );
  return calls;
}

describe('the corrections view', () => {
  it('shows each table’s correction as a short list, and hands it to Preview and Apply', () => {
    const calls = view(result.corrections, 'en');
    const card = screen.getByTestId('correction');
    expect(within(card).getByText('Change 2 cells so that every total of table T1 agrees')).toBeTruthy();
    expect(within(card).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['C3: 110 → 100 (one digit wrong?)', 'E5: 33 → 30 (one digit wrong?)']);
    expect(within(card).getByText('No other change of as few cells makes every total agree.')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Preview' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Apply' }));
    expect(calls.preview).toEqual([result.corrections[0]]);
    expect(calls.apply).toEqual([result.corrections[0]]);
  });

  it('speaks Russian, and says why a table has none', () => {
    view([...result.corrections, { tableId: 'T2', sheet: 'Лист', status: 'gave-up', reason: 'time', settles: 0 }], 'ru');
    expect(screen.getByText('Измените 2 ячейки, и все итоги таблицы T1 сойдутся')).toBeTruthy();
    expect(screen.getByTestId('correction-gave-up').textContent).toBe('Таблица T2: исправление не найдено — время поиска истекло.');
  });

  it('offers nothing to click while the pane works or the check is stale', () => {
    const calls = view(result.corrections, 'en', true);
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(calls.apply).toEqual([]);
  });
});
