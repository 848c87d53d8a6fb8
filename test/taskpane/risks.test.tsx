/**
 * @jest-environment jsdom
 */
import '../support/jsdom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { checkWorkbook, ruleOf } from '../../src/engine';
import { FindingsView, NO_FILTER } from '../../src/taskpane/components/FindingsView';
import { PANE_STRINGS } from '../../src/taskpane/paneStrings';
import { sheet, workbook } from '../support/sheet';

const f = (v: number, formula: string) => ({ v, f: formula });

describe('risks in the pane', () => {
  it('are listed under their own heading right below errors, each with why it matters', () => {
    // E4 typed among formula row totals (a risk), D6 not what its rows add up to (an error)
    const result = checkWorkbook(
      workbook(
        sheet('Annex', [
          ['Activity', 'FY2024', 'FY2025', 'FY2026', 'Total'],
          ['Activity 1', 100, 200, 300, f(600, '=SUM(B2:D2)')],
          ['Activity 2', 10, 20, 30, 60],
          ['Activity 3', 1, 2, 3, f(6, '=SUM(B4:D4)')],
          ['Subtotal', f(111, '=SUM(B2:B4)'), f(222, '=SUM(C2:C4)'), 300, f(633, '=SUM(B5:D5)')],
        ]),
      ),
    );
    expect(result.findings.map((x) => `${x.code} ${x.cell}`)).toEqual(expect.arrayContaining(['typed-total E3', 'sum-mismatch D5']));
    render(
      <FluentProvider theme={webLightTheme}>
        <FindingsView tables={result.tables} findings={result.findings} lang="en" strings={PANE_STRINGS.en} onSelect={() => undefined} filter={NO_FILTER} onFilter={() => undefined} />
      </FluentProvider>,
    );
    const sections = [...screen.getByTestId('findings').querySelectorAll('section[data-section]')].map((s) => s.getAttribute('data-section'));
    expect(sections.slice(0, 2)).toEqual(['error', 'risk']);
    const risk = screen.getByTestId('findings').querySelector('section[data-section="risk"]')!;
    expect(risk.textContent).toContain('Risks');
    expect(risk.querySelector('[data-finding="Annex!E3"]')?.textContent).toContain(ruleOf('typed-total').risk!.en);
  });
});
