/**
 * @jest-environment jsdom
 */
// `npm run bench` (after the engine's figures): how long the check panel takes to draw 5,000
// findings over 533 tables in jsdom, the first page and each further page. A figure printed, not
// a timed assertion (jsdom is slower than a browser; compare figures of one run only).
import '../test/support/jsdom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { performance } from 'node:perf_hooks';
import { checkWorkbook, type Finding, type Severity } from '../src/engine';
import { CheckPanel } from '../src/taskpane/components/CheckPanel';
import { PANE_STRINGS } from '../src/taskpane/paneStrings';
import { paneTable, type PlainCheckResult } from '../src/worker/engineProtocol';
import { LAYOUTS } from '../test/engine/layouts/layoutFixtures';

function manyFindings(n: number, tables: number): PlainCheckResult {
  const base = checkWorkbook(LAYOUTS[0].build(true));
  const table = paneTable(base.tables[0]);
  const severities: Severity[] = ['error', 'warning', 'info'];
  const tableList = Array.from({ length: tables }, (_, i) => ({ ...table, id: `T${i + 1}`, sheet: `Лист ${1 + (i % 102)}` }));
  const findings: Finding[] = Array.from({ length: n }, (_, i) => {
    const f = base.findings[i % base.findings.length];
    const t = tableList[i % tables];
    return { ...f, severity: severities[i % 3], tableId: t.id, sheet: t.sheet, cell: `D${10 + i}` };
  });
  return { tables: tableList, findings };
}

it('draws 5,000 findings', async () => {
  const result = manyFindings(5000, 533);
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    const view = render(
      <FluentProvider theme={webLightTheme}>
        <CheckPanel lang="ru" strings={PANE_STRINGS.ru} busy={null} highlighted={false} result={result} onCheck={() => undefined} onSelect={() => undefined} onHighlight={() => undefined} onClear={() => undefined} />
      </FluentProvider>,
    );
    times.push(performance.now() - t0);
    if (run < 4) view.unmount();
  }
  const t1 = performance.now();
  await act(async () => {
    fireEvent.click(screen.getByTestId('show-more'));
  });
  const more = performance.now() - t1;
  const t2 = performance.now();
  await act(async () => {
    fireEvent.change(screen.getByTestId('scope-filter'), { target: { value: 'table:T7' } });
  });
  const filter = performance.now() - t2;
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `pane, 5,000 findings over 533 tables (jsdom): first draw ${times[0].toFixed(0)} ms, median of 5 ${sorted[2].toFixed(0)} ms (100 drawn); next page ${more.toFixed(0)} ms; filter to one table ${filter.toFixed(0)} ms`,
  );
  expect(screen.getByTestId('findings').querySelectorAll('[data-finding]').length).toBeGreaterThan(0);
});
