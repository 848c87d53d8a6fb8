/**
 * @jest-environment jsdom
 */
import '../support/jsdom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { checkWorkbook } from '../../src/engine';
import { FindingsView, NO_FILTER } from '../../src/taskpane/components/FindingsView';
import { PANE_STRINGS } from '../../src/taskpane/paneStrings';
import { sheet, workbook, type TestCell } from '../support/sheet';

const f2 = (v: number): TestCell => ({ v, fmt: '#,##0.00' });

describe('the figures of a finding in the pane', () => {
  it.each([
    ['en', ['Expected', '4,084.40', 'Actual', '4,084.50', 'Difference', '+0.10']],
    ['ru', ['4\u00a0084,40', '4\u00a0084,50', '+0,10']],
  ] as const)('are shown as their cells show them, as in the sentence (%s)', (lang, figures) => {
    const result = checkWorkbook(
      workbook(
        sheet('П', [
          ['Источник', '2024 год', '2025 год', 'Всего'],
          ['федеральный бюджет', f2(2000.2), f2(1000), f2(3000.2)],
          ['областной бюджет', f2(2084.2), f2(500), f2(2584.2)],
          ['ВСЕГО:', f2(4084.5), f2(1500), f2(5584.5)],
        ]),
      ),
      { corrections: false },
    );
    // the 2024 total (B4) is 0.1 more than its sources; so is the grand total (D4)
    expect(result.findings.map((f) => [f.code, f.cell, f.actual])).toEqual([
      ['sum-mismatch', 'B4', '4084.5'],
      ['sum-mismatch', 'D4', '5584.5'],
    ]);
    render(
      <FluentProvider theme={webLightTheme}>
        <FindingsView tables={result.tables} findings={result.findings} lang={lang} strings={PANE_STRINGS[lang]} onSelect={() => undefined} filter={NO_FILTER} onFilter={() => undefined} />
      </FluentProvider>,
    );
    const item = screen.getByTestId('findings').querySelector('[data-finding="П!B4"]')!;
    const shown = [...item.querySelectorAll('span > span')].map((s) => s.textContent);
    for (const f of figures) expect(shown).toContain(f);
    // the sentence writes them alike
    expect(item.textContent).toContain(lang === 'en' ? 'is 4,084.50' : 'указано 4\u00a0084,50');
  });
});
