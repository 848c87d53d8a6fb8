import { checkWorkbook, correctionLines, type CheckResult, type TableCorrection, type WorkbookSnapshot } from '../../../src/engine';
import { corrected } from '../../support/corrected';
import { sheet, workbook, type TestCell } from '../../support/sheet';

/** A programme's activities by year, with a total column and a total row (тыс. руб.). */
function programme(rows: TestCell[][]): WorkbookSnapshot {
  return workbook(sheet('Приложение 2', [['Ресурсное обеспечение, тыс. руб.'], ['Наименование', 'Всего', '2024', '2025', '2026'], ...rows]));
}

/** Activities by two years with a total row, no total column: only the year columns add up. */
function twoYears(rows: TestCell[][]): WorkbookSnapshot {
  return workbook(sheet('Приложение 2', [['Ресурсное обеспечение, тыс. руб.'], ['Наименование', '2024', '2025'], ...rows]));
}

const CLEAN: TestCell[][] = [
  ['Мероприятие 1', 600, 100, 200, 300],
  ['Мероприятие 2', 150, 40, 50, 60],
  ['Мероприятие 3', 90, 30, 30, 30],
  ['Итого', 840, 170, 280, 390],
];

/** CLEAN with some cells replaced: `{ C4: 77 }`. */
function planted(changes: Record<string, TestCell>): TestCell[][] {
  const rows = CLEAN.map((r) => [...r]);
  for (const [a1, v] of Object.entries(changes)) {
    const col = a1.charCodeAt(0) - 65;
    const row = Number(a1.slice(1)) - 3;
    rows[row][col] = v;
  }
  return rows;
}

function found(result: CheckResult): Extract<TableCorrection, { status: 'found' }> {
  expect(result.corrections).toHaveLength(1);
  const c = result.corrections[0];
  if (c.status !== 'found') throw new Error(`no correction: ${c.reason}`);
  return c;
}

/** The workbook with the correction applied checks clean, and so does each other one listed. */
function expectClean(book: WorkbookSnapshot, c: Extract<TableCorrection, { status: 'found' }>): void {
  for (const correction of [c.correction, ...c.others]) {
    const again = checkWorkbook(corrected(book, c.sheet, correction));
    expect(again.findings.filter((f) => f.severity === 'error').map((f) => f.cell)).toEqual([]);
  }
}

const cells = (c: Extract<TableCorrection, { status: 'found' }>) => c.correction.cells.map((x) => `${x.cell} ${x.from} → ${x.to}`);

describe('one consistent correction', () => {
  it('the clean table needs none', () => {
    expect(checkWorkbook(programme(CLEAN)).corrections).toEqual([]);
  });

  it('one wrong leaf: that cell alone, the only one', () => {
    const book = programme(planted({ D4: 57 }));
    const c = found(checkWorkbook(book));
    expect(cells(c)).toEqual(['D4 57 → 50']);
    expect(c).toMatchObject({ basis: 'only', alternatives: 0, settles: 2, method: 'search' });
    expectClean(book, c);
  });

  it('one wrong total: the total alone', () => {
    const book = programme(planted({ B6: 850 }));
    const c = found(checkWorkbook(book));
    expect(cells(c)).toEqual(['B6 850 → 840']);
    expect(c.basis).toBe('only');
    expectClean(book, c);
  });

  it('two wrong cells in one block: both, in one correction', () => {
    const book = programme(planted({ C3: 110, E5: 33 }));
    const result = checkWorkbook(book);
    const c = found(result);
    expect(cells(c)).toEqual(['C3 110 → 100', 'E5 33 → 30']);
    expect(c.basis).toBe('only');
    // each failed relation names the correction's change among its own cells, never a guess of its own
    for (const f of result.findings.filter((x) => x.severity === 'error')) {
      expect(f.params.correction).toMatchObject({ table: c.tableId, size: 2 });
      expect(f.params.likelyCell).toBeUndefined();
    }
    expectClean(book, c);
  });

  it('a transposition: of the equally small corrections, the one that looks like two digits swapped', () => {
    // 1 324 typed as 1 234; only the year column adds up, so any of its four cells could be the wrong one
    const book = twoYears([
      ['Мероприятие 1', 1234, 200],
      ['Мероприятие 2', 47, 50],
      ['Мероприятие 3', 38, 30],
      ['Итого', 1409, 280],
    ]);
    const c = found(checkWorkbook(book));
    expect(c.correction.cells).toEqual([{ cell: 'B3', from: '1234', to: '1324', decimals: 0, slip: 'transposition' }]);
    expect(c).toMatchObject({ basis: 'slip', alternatives: 3 });
    expect(c.others.map((o) => o.cells.map((x) => x.cell))).toEqual([['B6'], ['B4'], ['B5']]);
    expectClean(book, c);
  });

  it('two digits swapped outrank a total typed among formulas', () => {
    // B6 is typed where C6 is a formula, and B3 holds 1 234 for 1 324: either is one cell
    const book = twoYears([
      ['Мероприятие 1', 1234, 200],
      ['Мероприятие 2', 47, 50],
      ['Мероприятие 3', 38, 30],
      ['Итого', 1409, { v: 280, f: '=SUM(C3:C5)' }],
    ]);
    const c = found(checkWorkbook(book));
    expect(c.correction.cells).toEqual([{ cell: 'B3', from: '1234', to: '1324', decimals: 0, slip: 'transposition' }]);
    expect(c.basis).toBe('slip');
    expect(c.others[0].cells).toEqual([{ cell: 'B6', from: '1409', to: '1319', decimals: 0, slip: 'typed-total' }]);
  });

  it('equally small corrections without a sign: all listed, the total shown first', () => {
    const book = twoYears([
      ['Мероприятие 1', 1000, 200],
      ['Мероприятие 2', 47, 50],
      ['Мероприятие 3', 38, 30],
      ['Итого', 1105, 280],
    ]);
    const c = found(checkWorkbook(book));
    expect(cells(c)).toEqual(['B6 1105 → 1085']);
    expect(c).toMatchObject({ basis: 'totals', alternatives: 3 });
    expect(c.others).toHaveLength(3);
    expectClean(book, c);
  });

  it('a total overwritten by a typed figure among formulas: that total, said so', () => {
    const f = (v: number, formula: string) => ({ v, f: formula });
    const book = workbook(
      sheet('Приложение 2', [
        ['Ресурсное обеспечение, тыс. руб.'],
        ['Наименование', 'Всего', '2024', '2025', '2026'],
        ['Мероприятие 1', f(600, '=SUM(C3:E3)'), 100, 200, 300],
        ['Мероприятие 2', 175, 40, 50, 60],
        ['Мероприятие 3', f(90, '=SUM(C5:E5)'), 30, 30, 30],
        ['Итого', f(865, '=SUM(B3:B5)'), f(170, '=SUM(C3:C5)'), f(280, '=SUM(D3:D5)'), f(390, '=SUM(E3:E5)')],
      ]),
    );
    const c = found(checkWorkbook(book));
    expect(c.correction.cells).toEqual([{ cell: 'B4', from: '175', to: '150', decimals: 0, slip: 'typed-total' }]);
    expect(c.basis).toBe('slip');
    // the programme total is a formula: it follows
    expect(c.correction.follow).toEqual([{ cell: 'B6', from: '865', to: '840', decimals: 0 }]);
    expect(correctionLines(c, 'ru')).toContain('Формулы пересчитаются: B6 865 → 840.');
    expectClean(book, c);
  });

  it('a formula total whose range leaves a part out: the formula is what is corrected', () => {
    const f = (v: number, formula: string) => ({ v, f: formula });
    const book = workbook(
      sheet('Приложение 2', [
        ['Ресурсное обеспечение, тыс. руб.'],
        ['Наименование', 'Всего', '2024', '2025', '2026'],
        ['Мероприятие 1', f(600, '=SUM(C3:E3)'), 100, 200, 300],
        ['Мероприятие 2', f(150, '=SUM(C4:E4)'), 40, 50, 60],
        ['Мероприятие 3', f(90, '=SUM(C5:E5)'), 30, 30, 30],
        ['Итого', f(750, '=SUM(B3:B4)'), f(170, '=SUM(C3:C5)'), f(280, '=SUM(D3:D5)'), f(390, '=SUM(E3:E5)')],
      ]),
    );
    const result = checkWorkbook(book);
    const c = found(result);
    expect(c.correction.cells).toEqual([{ cell: 'B6', from: '750', to: '840', formula: '=SUM(B3:B5)', decimals: 0 }]);
    expect(['only', 'formula']).toContain(c.basis);
    expectClean(book, c);
  });

  it('a total written as a formula of constants is a typed figure: it is what gets corrected', () => {
    const book = programme(planted({ B4: { v: 160, f: '=100+60' } }));
    const c = found(checkWorkbook(book));
    expect(cells(c)).toEqual(['B4 160 → 150']);
    expectClean(book, c);
  });

  it('never makes a figure negative in a table that has none', () => {
    // the 2024 total 40 is under its three parts (90): only the total can be wrong, not a part gone negative
    const book = twoYears([
      ['Мероприятие 1', 30, 200],
      ['Мероприятие 2', 40, 50],
      ['Мероприятие 3', 20, 30],
      ['Итого', 40, 280],
    ]);
    const c = found(checkWorkbook(book));
    expect(cells(c)).toEqual(['B6 40 → 90']);
    expect(c).toMatchObject({ basis: 'only', alternatives: 0 });
    expectClean(book, c);
  });

  it('a figure typed one row off: both cells, said so', () => {
    // activity 2's 2024 figure (40) typed into activity 3's row, over its 30
    const book = programme(planted({ C4: null, C5: 40 }));
    const c = found(checkWorkbook(book));
    expect(c.correction.cells).toEqual([
      { cell: 'C4', from: null, to: '40' },
      { cell: 'C5', from: '40', to: '30', decimals: 0, slip: 'wrong-cell' },
    ]);
    expectClean(book, c);
  });

  it('gives up, and says why, when its time is up', () => {
    const result = checkWorkbook(programme(planted({ C3: 110, E5: 33 })), { corrections: { budgetMs: 0 } });
    expect(result.corrections).toEqual([{ tableId: 'T1', sheet: 'Приложение 2', status: 'gave-up', reason: 'time', settles: 0 }]);
    // the findings keep their own reading of each failure
    expect(result.findings.filter((f) => f.severity === 'error').every((f) => f.params.correction === undefined)).toBe(true);
  });
});
