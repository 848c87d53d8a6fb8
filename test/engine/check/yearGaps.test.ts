import { checkWorkbook, localizeFinding, planRollups, yearGaps, type CellWrite, type Finding, type Lang, type NewSheet, type WorkbookSnapshot } from '../../../src/engine';
import { sheet, workbook, type TestCell } from '../../support/sheet';

/**
 * A passport (sources × years, a total column) whose year columns are `years`, in that order,
 * the total column first or last: each source's figure for a year is `base × (year − 2018)`.
 */
function passport(lang: Lang, years: readonly number[], totalFirst: boolean, plant?: { year: number }): WorkbookSnapshot {
  const w = lang === 'ru'
    ? { title: 'Объем финансирования программы, тыс. руб.', source: 'Источник', total: 'Всего', year: (y: number) => `${y} год`, rows: ['федеральный бюджет', 'областной бюджет'], grand: 'ВСЕГО:' }
    : { title: 'Programme budget, USD thousand', source: 'Funding source', total: 'Total', year: (y: number) => `FY${y}`, rows: ['Federal budget', 'Local budget'], grand: 'Total' };
  const f2 = (v: number): TestCell => ({ v, fmt: '#,##0.00' });
  const line = (label: string, byYear: (y: number) => number): TestCell[] => {
    const figures = years.map(byYear);
    const total = figures.reduce((a, b) => a + b, 0);
    return totalFirst ? [label, f2(total), ...figures.map(f2)] : [label, ...figures.map(f2), f2(total)];
  };
  const bases = [100, 10.5];
  const figure = (k: number, y: number) => bases[k] * (y - 2018) + (plant && plant.year === y && k === 0 ? 1 : 0);
  return workbook(
    sheet('P', [
      [w.title],
      totalFirst ? [w.source, w.total, ...years.map(w.year)] : [w.source, ...years.map(w.year), w.total],
      line(w.rows[0], (y) => figure(0, y)),
      line(w.rows[1], (y) => figure(1, y)),
      // the grand total row from the unplanted figures: a planted figure breaks its column and its row
      line(w.grand, (y) => bases[0] * (y - 2018) + bases[1] * (y - 2018)),
    ]),
  );
}

const text = (s: NewSheet, a1: string): string | undefined => {
  const c: CellWrite | undefined = s.cells.find((x) => x.cell === a1);
  return c?.content?.kind === 'text' ? c.content.text : undefined;
};
const texts = (s: NewSheet): string[] => s.cells.flatMap((c) => (c.content?.kind === 'text' ? [c.content.text] : []));
const gapsOf = (findings: readonly Finding[]) => findings.filter((f) => f.code === 'year-gap');

describe('yearGaps', () => {
  it('finds each break in the years, in any order', () => {
    expect(yearGaps([2019, 2024, 2025])).toEqual([{ after: 2019, before: 2024 }]);
    expect(yearGaps([2025, 2024, 2019])).toEqual([{ after: 2019, before: 2024 }]);
    expect(yearGaps([2024, 2025, 2026])).toEqual([]);
    expect(yearGaps([2020, 2022, 2024, 2025])).toEqual([
      { after: 2020, before: 2022 },
      { after: 2022, before: 2024 },
    ]);
    expect(yearGaps([])).toEqual([]);
  });
});

// years left to right as the header has them, and where the year after the gap is named (the finding's cell)
const ORDERS = [
  { name: '2019, 2024, 2025, total last', years: [2019, 2024, 2025], totalFirst: false, cell: 'C2' },
  { name: 'total, 2019, 2024, 2025', years: [2019, 2024, 2025], totalFirst: true, cell: 'D2' },
  { name: '2025, 2024, 2019, total last', years: [2025, 2024, 2019], totalFirst: false, cell: 'C2' },
  { name: 'total, 2025, 2024, 2019', years: [2025, 2024, 2019], totalFirst: true, cell: 'D2' },
] as const;

describe.each((['ru', 'en'] as const).flatMap((lang) => ORDERS.map((o) => [lang, o.name, o] as const)))('years with a gap (%s, %s)', (lang, _name, order) => {
  const wb = passport(lang, order.years, order.totalFirst);

  it('the check reads every year column and adds up every year, and says which years are missing', () => {
    const result = checkWorkbook(wb);
    expect(result.tables).toHaveLength(1);
    const [t] = result.tables;
    expect(t.kind).toBe('funding');
    expect(t.layout).toBe('source-by-year');
    expect(t.years).toEqual([2019, 2024, 2025]);
    expect(t.valueColumns.filter((c) => c.role === 'year').map((c) => c.year)).toEqual(order.years);
    // the total column adds all three years: nothing fails
    expect(result.findings.filter((f) => f.code !== 'year-gap')).toEqual([]);
    const gaps = gapsOf(result.findings);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ severity: 'warning', sheet: 'P', cell: order.cell, tableId: 'T1', params: { gap: { after: 2019, before: 2024 } } });
    expect(localizeFinding(gaps[0], lang)).toBe(
      lang === 'ru'
        ? `${order.cell}: в таблице T1 после 2019 года идёт 2024-й: за 2020–2023 годы сумм в ней нет. Проверены все годы, какие в таблице есть (своды строятся по ним же); если программа действует и в 2020–2023 годах, их суммы в таблице пропущены.`
        : `${order.cell}: the years of table T1 jump from 2019 to 2024: it has no figures for 2020–2023. Every year the table has is checked (and rolled up); if the programme runs through 2020–2023 too, those figures are missing from it.`,
    );
  });

  it('the rollups take the same years from the detected table, agree with its totals, and say the same of the gap', () => {
    const check = checkWorkbook(wb);
    const rollup = planRollups(wb, { lang });
    expect(rollup.skipped).toEqual([]);
    expect(rollup.sheets.map((s) => [s.kind, s.differences])).toEqual([
      ['year', 0],
      ['source', 0],
    ]);
    // the very findings of the check, and their sentence first under each sheet
    expect(rollup.findings).toEqual(gapsOf(check.findings));
    const sentence = localizeFinding(rollup.findings[0], lang);
    const [byYear, bySource] = rollup.plan!.newSheets;
    // the rollup by year has a line for each year the check reads, in order
    expect([text(byYear, 'A5'), text(byYear, 'A6'), text(byYear, 'A7')]).toEqual(['2019', '2024', '2025']);
    expect([text(bySource, 'B4'), text(bySource, 'C4'), text(bySource, 'D4')]).toEqual(['2019', '2024', '2025']);
    for (const s of [byYear, bySource]) expect(texts(s)).toContain(sentence);
  });

  it('a wrong figure in the year before the gap is an error to both', () => {
    const planted = passport(lang, order.years, order.totalFirst, { year: 2019 });
    const errors = checkWorkbook(planted).findings.filter((f) => f.code === 'sum-mismatch');
    expect(errors.length).toBeGreaterThan(0);
    const rollup = planRollups(planted, { lang });
    for (const s of rollup.sheets) expect(s.differences).toBeGreaterThan(0);
  });
});

it('a table whose years run without a break gets no year-gap, from the check or the rollups', () => {
  for (const lang of ['ru', 'en'] as const) {
    const wb = passport(lang, [2024, 2025, 2026], false);
    expect(gapsOf(checkWorkbook(wb).findings)).toEqual([]);
    expect(planRollups(wb, { lang }).findings).toEqual([]);
  }
});

it('years beyond the run, after it (2024, 2025, 2030), are read and their gap said too', () => {
  const wb = passport('en', [2024, 2025, 2030], false);
  const result = checkWorkbook(wb);
  expect(result.tables[0].years).toEqual([2024, 2025, 2030]);
  expect(result.findings.map((f) => [f.code, f.cell, f.params.gap])).toEqual([['year-gap', 'D2', { after: 2025, before: 2030 }]]);
  expect(localizeFinding(result.findings[0], 'en')).toContain('it has no figures for 2026–2029');
  expect(planRollups(wb, { lang: 'en' }).sheets.every((s) => s.differences === 0)).toBe(true);
});

it('a year missing from a table with years down the rows is said the same way', () => {
  const wb = workbook(
    sheet('A', [
      ['Activity plan, thousand USD'],
      [],
      ['No.', 'Activity', 'Year', 'Total', 'Federal', 'Local'],
      ['1', 'Task 1: Water supply'],
      ['1.1', 'Pipes'],
      [null, null, 'FY2022', 10, 5, 5],
      [null, null, 'FY2023', 12, 6, 6],
      [null, null, 'FY2025', 14, 7, 7],
      ['1.2', 'Pumps'],
      [null, null, 'FY2022', 8, 8, 0],
      [null, null, 'FY2023', 9, 9, 0],
      [null, null, 'FY2025', 10, 10, 0],
    ]),
  );
  const result = checkWorkbook(wb);
  expect(result.tables[0].years).toEqual([2022, 2023, 2025]);
  const gaps = gapsOf(result.findings);
  expect(gaps.map((f) => [f.cell, f.params.gap])).toEqual([['C8', { after: 2023, before: 2025 }]]);
  expect(localizeFinding(gaps[0], 'en')).toContain('it has no figures for 2024.');
  expect(localizeFinding(gaps[0], 'ru')).toContain('за 2024 год сумм в ней нет');
  expect(planRollups(wb, { lang: 'en' }).findings).toEqual(gaps);
});

it('a table read from its structure (generic) gets no year-gap: its years come from any header', () => {
  const wb = workbook(
    sheet('B', [
      ['Department', 'Actual 2012', 'Budget 2014', 'Change'],
      ['Parks', 100, 120, 20],
      ['Roads', 200, 210, 10],
      ['Total', 300, 330, 30],
    ]),
  );
  const result = checkWorkbook(wb);
  expect(result.tables.map((t) => [t.layout, t.years])).toEqual([['generic', [2012, 2014]]]);
  expect(gapsOf(result.findings)).toEqual([]);
});
