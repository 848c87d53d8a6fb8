import { checkWorkbook, Dec, planRollups, rollupApplies, sumFormula, textFigureFormula, type CellWrite, type NewSheet } from '../../../src/engine';
import { fileFormula } from '../../../src/cli/applyPlan';
import { sheet, workbook } from '../../support/sheet';
import { LAYOUTS } from '../layouts/layoutFixtures';

const cell = (s: NewSheet, a1: string): CellWrite | undefined => s.cells.find((c) => c.cell === a1);
const formulaAt = (s: NewSheet, a1: string): string | undefined => {
  const c = cell(s, a1)?.content;
  return c?.kind === 'formula' ? c.formula : undefined;
};

describe('sumFormula', () => {
  const ref = (row: number, col: number) => ({ kind: 'ref' as const, cell: { row, col }, value: new Dec(1) });

  it('joins adjacent cells down a column into ranges and quotes the sheet', () => {
    expect(sumFormula('Приложение 2', [ref(8, 3), ref(9, 3), ref(10, 3), ref(14, 3), ref(8, 6)])).toBe("=SUM('Приложение 2'!D9:D11,'Приложение 2'!D15,'Приложение 2'!G9)");
  });

  it('splits past 255 arguments into SUM(...)+SUM(...)', () => {
    const terms = Array.from({ length: 300 }, (_, i) => ref(i * 2, 0));
    const f = sumFormula('Data', terms);
    const sums = f.slice(1).split('+');
    expect(sums).toHaveLength(2);
    expect(sums[0].split(',')).toHaveLength(255);
    expect(sums[1].split(',')).toHaveLength(45);
    expect(sums[1]).toMatch(/^SUM\(Data!A511,/);
  });

  it('leaves unreadable cells out; nothing to add is 0', () => {
    expect(sumFormula('S', [{ kind: 'unreadable', cell: { row: 0, col: 0 }, text: '2600,,0', reason: 'not-a-number' }])).toBe('=0');
  });
});

describe('textFigureFormula', () => {
  it('reads a figure typed as text with its own separators, whatever the locale', () => {
    expect(textFigureFormula("'П'!D9", '345 128,0', new Dec('345128'))).toBe(`IF(ISNUMBER('П'!D9),'П'!D9,NUMBERVALUE('П'!D9,",","."))`);
    expect(textFigureFormula('S!A1', '1,567.5', new Dec('1567.5'))).toBe('IF(ISNUMBER(S!A1),S!A1,NUMBERVALUE(S!A1,".",","))');
  });

  it('takes non-breaking spaces out first', () => {
    expect(textFigureFormula('S!A1', '1\u00a0567,5', new Dec('1567.5'))).toBe(
      'IF(ISNUMBER(S!A1),S!A1,NUMBERVALUE(SUBSTITUTE(SUBSTITUTE(S!A1,UNICHAR(160),""),UNICHAR(8239),""),",","."))',
    );
  });

  it('gives up on text NUMBERVALUE cannot read as the figure', () => {
    expect(textFigureFormula('S!A1', '1 567 тыс.', new Dec('1567'))).toBeUndefined();
    expect(textFigureFormula('S!A1', '12%', new Dec('0.12'))).toBeUndefined();
  });

  it('is stored in the file with the _xlfn. prefix of newer functions', () => {
    expect(fileFormula('=IF(ISNUMBER(S!A1),S!A1,NUMBERVALUE(SUBSTITUTE(S!A1,UNICHAR(160),""),",","."))')).toBe(
      'IF(ISNUMBER(S!A1),S!A1,_xlfn.NUMBERVALUE(SUBSTITUTE(S!A1,_xlfn.UNICHAR(160),""),",","."))',
    );
  });
});

describe('planRollups', () => {
  const passport = LAYOUTS.find((l) => l.name.startsWith('ru source-by-year'))!;
  const itemsByYear = LAYOUTS.find((l) => l.name.startsWith('ru items-by-year'))!;

  it('says why a rollup does not apply: no sources, no items', () => {
    const [items] = checkWorkbook(itemsByYear.build()).tables;
    expect(rollupApplies(items, 'source')).toBe('no-sources');
    expect(rollupApplies(items, 'item')).toBeUndefined();
    const [pass] = checkWorkbook(passport.build()).tables;
    expect(rollupApplies(pass, 'item')).toBe('no-items');
    const asked = planRollups(itemsByYear.build(), { lang: 'en', kinds: ['source'] });
    expect(asked.plan).toBeUndefined();
    expect(asked.skipped).toEqual([{ tableId: 'T1', kind: 'source', reason: 'no-sources' }]);
    expect(planRollups(itemsByYear.build(), { lang: 'en', tables: ['T7'] }).skipped).toEqual([{ tableId: 'T7', reason: 'no-such-table' }]);
  });

  it('names sheets in the language asked for, never an existing sheet, and freezes the header', () => {
    const wb = workbook(...passport.build().sheets, sheet('Rollup by year', [['x']]), sheet('rollup by source', [['y']]));
    const { plan, sheets } = planRollups(wb, { lang: 'en' });
    expect(sheets.map((s) => s.sheet)).toEqual(['Rollup by year (2)', 'Rollup by source (2)']);
    expect(plan!.newSheets[0].freeze).toEqual({ rows: 4, columns: 1 });
    expect(plan!.edits).toEqual([]);
    expect(planRollups(passport.build(), { lang: 'ru' }).sheets.map((s) => s.sheet)).toEqual(['Свод по годам', 'Свод по источникам']);
  });

  it("refers to the leaf cells, not the table's totals, and to the stated total beside", () => {
    const { plan } = planRollups(passport.build(), { lang: 'ru', kinds: ['year'] });
    const s = plan!.newSheets[0];
    // 2025 (row 6), федеральный бюджет: C3 on the passport; the total of the year adds the source columns of the rollup
    expect(formulaAt(s, 'B6')).toBe("=SUM('Паспорт'!C3)");
    expect(formulaAt(s, 'E6')).toBe('=SUM(B6:D6)');
    // the stated figure of that cell and of the year, and the differences
    expect(formulaAt(s, 'G6')).toBe("='Паспорт'!C3");
    expect(formulaAt(s, 'J6')).toBe("='Паспорт'!C6");
    expect(formulaAt(s, 'O6')).toBe('=J6-E6');
    expect(cell(s, 'B6')?.style?.numberFormat).toBe('#,##0.00');
    expect(cell(s, 'A4')?.content).toEqual({ kind: 'text', text: 'Год' });
  });

  it('writes labels that look like formulas as text', () => {
    const wb = workbook(
      sheet('S', [
        ['Item', '2024', '2025', 'Total'],
        ['=HYPERLINK("x")', 1, 2, 3],
        ['+Roads', 4, 5, 9],
        ['Total', 5, 7, 12],
      ]),
    );
    const { plan } = planRollups(wb, { lang: 'en', kinds: ['item'] });
    const labels = plan!.newSheets[0].cells.filter((c) => c.cell.startsWith('A') && c.content?.kind === 'text').map((c) => c.content);
    expect(labels).toContainEqual({ kind: 'text', text: '=HYPERLINK("x")' });
    expect(labels).toContainEqual({ kind: 'text', text: '+Roads' });
  });
});

describe('table outline', () => {
  it('labels a task by its heading, with its activities under it and its stated total rows', () => {
    const fx = LAYOUTS.find((l) => l.name.startsWith('ru year-rows-by-source'))!;
    const [t] = checkWorkbook(fx.build()).tables;
    expect(t.outline.map((n) => [n.label, n.children.map((c) => c.label), n.rows.map((r) => `${r.key}:${r.row + 1}`)])).toEqual([
      ['1 Задача 1. Дороги', ['1.1 Ремонт дорог', '1.2 Освещение'], ['all:12', '2024:13', '2025:14']],
      ['2 Задача 2. Школы', ['2.1 Ремонт школ'], ['all:19', '2024:20', '2025:21']],
    ]);
  });

  it('puts source rows under their item, and numbered children under their parent', () => {
    const bySource = checkWorkbook(LAYOUTS.find((l) => l.name.startsWith('en items-by-source-and-year'))!.build()).tables[0];
    expect(bySource.outline.map((n) => [n.label, n.children.map((c) => c.source?.label)])).toEqual([
      ['Subprogramme 1: Roads', ['Federal budget', 'Local budget', 'Other sources']],
      ['Subprogramme 2: Schools', ['Federal budget', 'Local budget']],
    ]);
    const numbered = checkWorkbook(LAYOUTS.find((l) => l.name.startsWith('en items-by-year'))!.build()).tables[0];
    expect(numbered.outline.map((n) => [n.label, n.children.map((c) => c.label)])).toEqual([
      ['1 Roads', ['1.1 Resurfacing', '1.2 Bridges']],
      ['2 Parks', []],
    ]);
  });
});

describe('notes under a rollup', () => {
  const notesOf = (s: NewSheet) => s.cells.flatMap((c) => (c.cell.startsWith('A') && c.content?.kind === 'text' && /^[A-Z]+\d+: /.test(c.content.text) ? [c.content.text] : []));

  it('name each figure left out of the sums, and say why', () => {
    const wb = workbook(
      sheet('Расходы', [
        ['Наименование', '2024 год', '2025 год'],
        ['Библиотеки', '2600,,0', 5],
        ['Музеи', 7, { error: '#REF!' }],
        ['Итого', 10, 12],
      ]),
    );
    const { plan, sheets } = planRollups(wb, { lang: 'ru', kinds: ['year'] });
    expect(notesOf(plan!.newSheets[0])).toEqual(['B2: «2600,,0» не читается как число и не вошло в суммы.', 'C3: «#REF!» не читается как число и не вошло в суммы.']);
    // 7 against the stated 10, 5 against 12: both highlighted
    expect(sheets[0].differences).toBeGreaterThanOrEqual(2);
  });
});

describe('planRollups: rollups chosen table by table', () => {
  it('makes only the kinds ticked for each table, and says why a ticked one does not apply', () => {
    const two = workbook(...LAYOUTS.filter((l) => l.name.startsWith('ru ')).slice(0, 2).flatMap((l) => l.build().sheets.map((s, i) => ({ ...s, name: `${s.name} ${l.name.length}${i}` }))));
    const ids = checkWorkbook(two).tables.filter((t) => t.kind === 'funding').map((t) => t.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const made = planRollups(two, { chosen: { [ids[0]]: ['year'], [ids[1]]: [] }, lang: 'en' });
    expect(made.sheets.map((s) => [s.tableId, s.kind])).toEqual([[ids[0], 'year']]);
    const none = planRollups(two, { chosen: { T99: ['year'] }, lang: 'en' });
    expect(none.plan).toBeUndefined();
    expect(none.skipped).toEqual([{ tableId: 'T99', reason: 'no-such-table' }]);
  });
});
