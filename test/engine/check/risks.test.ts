/**
 * Totals that add up today and break tomorrow: typed totals among formulas, formulas that skip
 * a part or add a non-part, formulas of another shape than their family's, figures typed as text.
 * Small literal sheets of our own, Russian and English labels.
 */
import { checkWorkbook, highlightPlan, HIGHLIGHT_FILLS, localizeFinding, RISK_FILL, ROLLUP_LABELS, type CheckResult, type SheetSnapshot, type WorkbookSnapshot } from '../../../src/engine';
import { textReport } from '../../../src/cli/report';
import { sheet, workbook, type TestCell } from '../../support/sheet';

const RISKS = ['typed-total', 'formula-skips-part', 'inconsistent-formula', 'figure-as-text'];
const risks = (r: CheckResult) => r.findings.filter((f) => RISKS.includes(f.code)).map((f) => `${f.code} ${f.severity} ${f.cell}`);
const check = (wb: WorkbookSnapshot) => checkWorkbook(wb);

/** `=SUM(B3:B5)` with its value: a formula cell of a literal sheet. */
const f = (v: number, formula: string): TestCell => ({ v, f: formula });

const WORDS = {
  ru: { sheet: 'Прил 1', item: 'Наименование мероприятия', years: ['2024 год', '2025 год', '2026 год'], total: 'Всего', items: ['Мероприятие 1', 'Мероприятие 2', 'Мероприятие 3'], subtotal: 'Итого по подпрограмме' },
  en: { sheet: 'Annex 1', item: 'Activity', years: ['FY2024', 'FY2025', 'FY2026'], total: 'Total', items: ['Activity 1', 'Activity 2', 'Activity 3'], subtotal: 'Subtotal' },
};
type Lang = keyof typeof WORDS;

/**
 * Items by year, a row of column numbers under the header, a total column and a subtotal row,
 * every total a formula; `over` replaces cells (`{ C6: f(220, '=SUM(C3:C4)') }`).
 */
function items(lang: Lang, over: Record<string, TestCell> = {}, name?: string): SheetSnapshot {
  const w = WORDS[lang];
  const rows: TestCell[][] = [
    [w.item, ...w.years, w.total],
    [1, 2, 3, 4, 5],
    [w.items[0], 100, 200, 300, f(600, '=SUM(B3:D3)')],
    [w.items[1], 10, 20, 30, f(60, '=SUM(B4:D4)')],
    [w.items[2], 1, 2, 3, f(6, '=SUM(B5:D5)')],
    [w.subtotal, f(111, '=SUM(B3:B5)'), f(222, '=SUM(C3:C5)'), f(333, '=SUM(D3:D5)'), f(666, '=SUM(B6:D6)')],
  ];
  for (const [a1, cell] of Object.entries(over)) rows[Number(a1.slice(1)) - 1][a1.charCodeAt(0) - 65] = cell;
  return sheet(name ?? w.sheet, rows);
}

/** The same table with every formula replaced by its value: a pasted appendix. */
function typed(lang: Lang, name?: string): SheetSnapshot {
  const s = items(lang, {}, name);
  return { ...s, formulas: undefined };
}

describe.each(['ru', 'en'] as const)('fragile totals (%s labels)', (lang) => {
  it('a consistent formula table raises none', () => {
    expect(risks(check(workbook(items(lang))))).toEqual([]);
  });

  it('a fully typed table raises none on its own, and one note beside formula tables', () => {
    expect(risks(check(workbook(typed(lang))))).toEqual([]);
    const r = check(workbook(items(lang), typed(lang, 'Copy')));
    expect(risks(r)).toEqual(['typed-total info E3']);
    expect(r.findings.find((x) => x.code === 'typed-total')).toMatchObject({ sheet: 'Copy', params: { typedTotals: 7 } });
  });

  it('typed-total: a total typed among formula siblings', () => {
    // a row total (its column's other totals are formulas) and a subtotal (its row's are)
    const r = check(workbook(items(lang, { E4: 60, C6: 222 })));
    expect(risks(r)).toEqual(['typed-total warning E4', 'typed-total warning C6']);
    const row = r.findings.find((x) => x.cell === 'C6')!;
    expect(row.params).toMatchObject({ sibling: 'B6', siblingFormula: '=SUM(B3:B5)' });
    expect(localizeFinding(row, lang)).toMatch(lang === 'ru' ? /C6 .*введён числом.*B6: =SUM\(B3:B5\)/ : /C6 .*is a typed number.*B6: =SUM\(B3:B5\)/);
    // a formula of constants is as typed as a number
    expect(risks(check(workbook(items(lang, { E5: f(6, '=1+2+3') }))))).toEqual(['typed-total warning E5']);
  });

  it('formula-skips-part: a part its siblings add is left out (an error when it is not zero)', () => {
    const r = check(workbook(items(lang, { C6: f(220, '=SUM(C3:C4)') })));
    expect(risks(r)).toEqual(['formula-skips-part error C6']);
    const x = r.findings.find((y) => y.code === 'formula-skips-part')!;
    expect(x.params).toMatchObject({ formula: '=SUM(C3:C4)', skipped: ['C5'], extra: [] });
    expect(localizeFinding(x, lang)).toContain('C5');
    // the same sum is still re-added: the wrong value is also a sum-mismatch
    expect(r.findings.some((y) => y.code === 'sum-mismatch' && y.cell === 'C6')).toBe(true);
  });

  it('formula-skips-part: a warning when the part left out is zero today', () => {
    const r = check(workbook(items(lang, { C5: 0, E5: f(4, '=SUM(B5:D5)'), C6: f(220, '=SUM(C3:C4)') })));
    expect(risks(r)).toEqual(['formula-skips-part warning C6']);
  });

  it('formula-skips-part: the row of column numbers added in (double counting a non-part)', () => {
    const r = check(workbook(items(lang, { B6: f(112, '=SUM(B2:B5)') })));
    expect(risks(r)).toEqual(['formula-skips-part error B6']);
    expect(r.findings.find((y) => y.code === 'formula-skips-part')!.params).toMatchObject({ extra: ['B2'], skipped: [] });
  });

  it('inconsistent-formula: one total of another shape than its family', () => {
    const r = check(workbook(items(lang, { D6: f(333, '=ROUND(SUM(D3:D5),1)') })));
    expect(risks(r)).toEqual(['inconsistent-formula warning D6']);
    expect(r.findings.find((y) => y.code === 'inconsistent-formula')!.params).toMatchObject({ formula: '=ROUND(SUM(D3:D5),1)', sibling: 'C6' });
    // the same cells written another way are the same shape
    expect(risks(check(workbook(items(lang, { E4: f(60, '=B4+C4+D4'), C6: f(222, '=C3+C4+C5') }))))).toEqual([]);
  });

  it('figure-as-text: a warning when a formula total reads it, a note otherwise', () => {
    // SUM leaves the text out: the stated totals are short by it
    const r = check(workbook(items(lang, { C4: '20', E4: f(40, '=SUM(B4:D4)'), C6: f(202, '=SUM(C3:C5)'), E6: f(646, '=SUM(B6:D6)') })));
    expect(risks(r)).toEqual(['figure-as-text warning C4']);
    expect(r.findings.find((y) => y.code === 'figure-as-text')!.params.readBy).toEqual(['E4', 'C6']);
    // a row total typed as text: no formula reads it, and it is also a typed total
    expect(risks(check(workbook(items(lang, { E4: '60' }))))).toEqual(['typed-total warning E4', 'figure-as-text info E4']);
    // in a table of typed figures, text is nothing to warn about
    expect(risks(check(workbook({ ...items(lang, { C4: '20' }), formulas: undefined })))).toEqual([]);
  });
});

describe('formulas across levels (Russian)', () => {
  const two = (grand: TestCell) =>
    workbook(
      sheet('Прил 2', [
        ['Наименование', '2024', '2025'],
        ['Мероприятие 1.1', 10, 20],
        ['Мероприятие 1.2', 30, 40],
        ['Итого по подпрограмме 1', f(40, '=SUM(B2:B3)'), f(60, '=SUM(C2:C3)')],
        ['Мероприятие 2.1', 5, 6],
        ['Итого по подпрограмме 2', f(5, '=SUM(B5:B5)'), f(6, '=SUM(C5:C5)')],
        ['ВСЕГО по программе', grand, f(66, '=C4+C6')],
      ]),
    );

  it('a grand total over the subtotals is consistent', () => {
    expect(risks(check(two(f(45, '=B4+B6'))))).toEqual([]);
  });

  it('a grand total that adds a subtotal and its own rows counts them twice', () => {
    const r = check(two(f(85, '=SUM(B2:B4)+B6')));
    // not a plain sum of cells: only the shape differs from its sibling
    expect(risks(r).filter((x) => x.startsWith('formula-skips-part'))).toEqual([]);
    const s = check(two(f(85, '=B2+B3+B4+B6')));
    expect(risks(s)).toEqual(['formula-skips-part error B7']);
    expect(s.findings.find((y) => y.code === 'formula-skips-part')!.params.extra).toEqual(['B2', 'B3']);
  });
});

describe('formulas the add-in writes', () => {
  it('a rollup sheet is never checked for risks', () => {
    const title = ROLLUP_LABELS.ru.title('year', 'T1', "'Прил 1'!A1:E6", null);
    const bad = items('ru', { D6: f(333, '=ROUND(SUM(D3:D5),1)'), C6: f(220, '=SUM(C3:C4)') });
    expect(risks(check(workbook(bad)))).not.toEqual([]);
    const rollup = items('ru', { A1: title, D6: f(333, '=ROUND(SUM(D3:D5),1)'), C6: f(220, '=SUM(C3:C4)') }, 'Свод по годам');
    expect(risks(check(workbook(rollup)))).toEqual([]);
  });
});

describe('where risks are shown', () => {
  const wb = () => workbook(items('en', { E4: 60, C6: f(220, '=SUM(C3:C4)') }), typed('en', 'Copy'));

  it('highlights a risk in a colour of its own, a wrong total in the error colour', () => {
    const plan = highlightPlan(check(wb()).findings, 'en');
    expect(plan.marks.find((m) => m.cell === 'E4' && m.sheet === 'Annex 1')?.fill).toBe(RISK_FILL);
    // C6 is both a sum-mismatch and a formula-skips-part error: the error colour
    expect(plan.marks.find((m) => m.cell === 'C6')?.fill).toBe(HIGHLIGHT_FILLS.error);
    expect(Object.values(HIGHLIGHT_FILLS)).not.toContain(RISK_FILL);
  });

  it('the CLI lists risk notes under warnings, not among the rounding notes', () => {
    const text = textReport([{ file: 'x.xlsx', result: check(wb()) }], 'en');
    const warnings = text.slice(text.indexOf('Warnings'));
    expect(warnings).toContain('are typed figures, not formulas');
    expect(text).not.toContain('Rounding notes');
    expect(text).toMatch(/3 errors, 2 warnings, 0 rounding notes/);
  });
});
