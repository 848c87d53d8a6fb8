import { fillWording, listTemplates, planFill, type CellWrite, type FillResult, type SheetSnapshot } from '../../../src/engine';
import { join } from 'node:path';
import { readXlsx } from '../../../src/cli/readXlsx';
import { FIXTURES } from '../../support/fixtures';
import { sheet, workbook, type TestCell } from '../../support/sheet';

/** The programme's indicator table, as in the Kozhevnikovo programme (merged header, years 2021–2026). */
const INDICATORS: [string, string, string, number[]][] = [
  ['1.1', 'Доля населения, удовлетворенного деятельностью органов местного самоуправления муниципального образования Кожевниковский район, % от числа опрошенных', '%', [54, 56, 58, 60, 62, 64]],
  ['2.1', 'Доля жителей Кожевниковского района, использующих механизм получения государственных и муниципальных услуг в электронной форме и по принципу «одного окна»', '%', [97, 98, 99, 100, 100, 100]],
  ['3.1', 'Степень обеспечения безопасности информационных ресурсов Администрации Кожевниковского района', '%', [100, 100, 100, 100, 100, 100]],
  ['4.1', 'Доля муниципальных служащих Администрации Кожевниковского района, работающих в системе электронного документооборота от общей численности муниципальных служащих', '%', [4, 33, 53, 73, 83, 100]],
  ['5.1', 'Степень и увеличение пользователей официальных сайтов органов местного самоуправления Кожевниковского района, официальных аккаунтов органов местного самоуправления в социальных сетях', '%', [70, 80, 85, 90, 95, 100]],
  ['6.1', 'Доля муниципальных служащих прошедших повышение квалификации, профессиональную подготовку', '%', [31, 32, 33, 34, 35, 36.5]],
];
const [N11, N21, N31, N41, , N61] = INDICATORS.map((i) => i[1]);

function source(name = 'Приложение 1', rows = INDICATORS): SheetSnapshot {
  const head = 'Целевые значения индикатора / показателя реализации муниципальной программы по годам';
  return sheet(
    name,
    [
      ['Система целевых показателей (индикаторов) муниципальной программы'],
      [],
      ['№ пп', 'Наименование', 'Единица измерения', head, head, head, head, head, head],
      ['№ пп', 'Наименование', 'Единица измерения', 2021, 2022, 2023, 2024, 2025, 2026],
      ...rows.map(([code, label, unit, values]) => [code, label, unit, ...values.map((v) => ({ v, fmt: '#,##0' }))]),
    ],
    { merges: ['D3:I3', 'A3:A4', 'B3:B4', 'C3:C4'] },
  );
}

const REPORT_HEADER = ['№ пп', 'Наименование показателя', 'Единица измерения', 'Плановое значение на 2024 год', 'Фактическое значение за 2024 год', 'Отклонение', 'Причины отклонения'];

function report(rows: TestCell[][], name = 'Отчет 2024', title = 'Отчет о достижении значений целевых показателей (индикаторов) муниципальной программы за 2024 год'): SheetSnapshot {
  return sheet(name, [[title], [], REPORT_HEADER, ...rows]);
}

/** The plan's writes as { A1: value } (numbers as decimal strings, formulas with `=`). */
function written(result: FillResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const edit of result.plan.edits) {
    for (const w of edit.cells as CellWrite[]) {
      const c = w.content!;
      out[w.cell] = c.kind === 'number' ? c.value : c.kind === 'formula' ? c.formula : c.kind === 'text' ? c.text : '';
      expect(w.style).toBeUndefined();
    }
  }
  return out;
}

describe('planFill: matching report rows to indicators', () => {
  it('matches rows in another order than the source by number and name', () => {
    const wb = workbook(
      source(),
      report([
        ['3.1', N31, '%'],
        ['1.1', N11, '%'],
        ['6.1', N61, '%'],
        ['2.1', N21, '%'],
      ]),
    );
    const result = planFill(wb, { template: 'Отчет 2024' });
    expect(result.ok).toBe(true);
    expect(written(result)).toEqual({ D4: '100', D5: '60', D6: '34', D7: '100' });
    expect(result.matches.map((m) => [m.target.cell, m.indicator.cell, m.method, m.confidence])).toEqual([
      ['B4', 'B7', 'code-and-name', 1],
      ['B5', 'B5', 'code-and-name', 1],
      ['B6', 'B10', 'code-and-name', 1],
      ['B7', 'B6', 'code-and-name', 1],
    ]);
    expect(result.unmatched).toEqual([]);
  });

  it('matches shortened and re-worded names without numbers, in another order, each with its confidence', () => {
    const wb = workbook(
      source(),
      report([
        [null, 'Доля «муниципальных служащих», прошедших повышение квалификации', '%'],
        [null, 'Доля населения, удовлетворённого деятельностью ОМСУ', '%'],
        [null, 'Доля жителей, получающих госуслуги в электронной форме', '%'],
        [null, 'Степень обеспечения безопасности информационных ресурсов администрации', '%'],
        [null, 'Пользователи официальных сайтов и аккаунтов ОМСУ в соцсетях', '%'],
        [null, 'Доля муниципальных служащих, работающих в системе электронного документооборота', '%'],
      ]),
    );
    const result = planFill(wb, { template: 'Отчет 2024' });
    expect(written(result)).toEqual({ D4: '34', D5: '60', D6: '100', D7: '100', D8: '90', D9: '73' });
    expect(result.matches.map((m) => m.indicator.code)).toEqual(['6.1', '1.1', '2.1', '3.1', '5.1', '4.1']);
    for (const m of result.matches) {
      expect(m.method).toBe('name');
      expect(m.confidence).toBeGreaterThanOrEqual(0.55);
      expect(m.confidence).toBeLessThan(1);
    }
    // a re-worded name is less certain than a shortened one
    const confidence = (code: string) => result.matches.find((m) => m.indicator.code === code)!.confidence;
    expect(confidence('2.1')).toBeLessThan(confidence('3.1'));
  });

  it('never guesses: a name close to two indicators, or to none, is unmatched with its closest candidates, and its cells stay empty', () => {
    const wb = workbook(
      source(),
      report([
        ['1.1', N11, '%'],
        [null, 'Доля муниципальных служащих', '%'],
        [null, 'Число посещений библиотек', 'тыс. чел.'],
      ]),
    );
    const result = planFill(wb, { template: 'Отчет 2024' });
    expect(result.ok).toBe(true);
    expect(written(result)).toEqual({ D4: '60' });
    expect(result.unmatched.map((u) => [u.target.cell, u.reason, u.candidates.map((c) => c.indicator.code)])).toEqual([
      ['B5', 'no-clear-match', ['6.1', '4.1', '1.1']],
      ['B6', 'no-clear-match', []],
    ]);
    expect(result.unmatched[0].candidates[0].score).toBeGreaterThan(0.6);
    const text = fillWording('ru');
    expect(text.unmatchedReason[result.unmatched[0].reason]).toBe('нет однозначного совпадения');
  });

  it('a number that belongs to another indicator: the name wins, and the conflict is shown; with no name match the row is unmatched', () => {
    const wb = workbook(
      source(),
      report([
        ['1', N41, '%'],
        ['2.1', 'Число посещений библиотек', '%'],
      ]),
    );
    const src = source('Приложение 1', INDICATORS.map(([, ...rest], i) => [String(i + 1), ...rest] as (typeof INDICATORS)[number]));
    const result = planFill(workbook(src, wb.sheets[1]), { template: 'Отчет 2024' });
    expect(result.matches).toHaveLength(1);
    expect(result.matches[0]).toMatchObject({ method: 'name', indicator: { code: '4' }, codeConflict: { code: '1', cell: 'B5' } });
    expect(result.matches[0].confidence).toBeLessThan(1);
    expect(written(result)).toEqual({ D4: '73' });
    expect(result.unmatched.map((u) => [u.target.cell, u.reason])).toEqual([['B5', 'no-clear-match']]);
    // the first workbook: 2.1 is «Доля жителей...», not libraries
    const other = planFill(wb, { template: 'Отчет 2024' });
    const libraries = other.unmatched.find((u) => u.target.cell === 'B5')!;
    expect(libraries.reason).toBe('code-name-conflict');
    expect(libraries.candidates[0]).toMatchObject({ sameCode: true, indicator: { code: '2.1' } });
  });

  it('a number alone (the report has no names) matches by number', () => {
    const wb = workbook(source(), sheet('Отчет', [['Отчет за 2024 год'], ['№', 'Показатель', 'План']].concat([['4.1'], ['1.1']] as never)));
    const result = planFill(wb, { template: 'Отчет' });
    expect(result.matches.map((m) => [m.method, m.confidence])).toEqual([
      ['code', 0.9],
      ['code', 0.9],
    ]);
    expect(written(result)).toEqual({ C3: '73', C4: '60' });
  });
});

describe('planFill: the source table', () => {
  const second = (): SheetSnapshot =>
    sheet('Приложение 3', [
      ['Целевые показатели подпрограммы 1'],
      ['№', 'Наименование показателя', 'Ед. изм.', '2023 год', '2024 год', '2025 год'],
      ['1', 'Количество муниципальных служащих, прошедших обучение', 'чел.', 12, 14, 16],
      ['2', 'Доля населения, удовлетворенного деятельностью органов местного самоуправления', '%', 50, 52, 54],
    ]);
  const wb = () => workbook(source(), second(), report([['1.1', N11, '%']]));

  it('asks which one when the workbook has two indicator tables, saying how many rows each matches', () => {
    const result = planFill(wb(), { template: 'Отчет 2024' });
    expect(result.ok).toBe(false);
    expect(result.plan.edits).toEqual([]);
    expect(result.problems).toHaveLength(1);
    const p = result.problems[0];
    expect(p).toMatchObject({ code: 'ambiguous-source', severity: 'blocking' });
    expect(p.params.candidates!.map((c) => [c.id, c.sheet, c.range, c.matched])).toEqual([
      ['T1', 'Приложение 1', 'A3:I10', 1],
      ['T2', 'Приложение 3', 'A2:F4', 1],
    ]);
    expect(fillWording('ru').problem(p)).toContain("укажите, из какой заполнять: 'Приложение 1'!A3:I10 (T1), годы 2021–2026, показателей: 6, совпадает строк: 1;");
    // a host says how the choice is made: the command line, by its option
    expect(fillWording('ru').problem(p, (choice) => ` (--${choice})`)).toContain('укажите, из какой заполнять (--source): ');
  });

  it('fills from the one named: a sheet, a range or a table id', () => {
    for (const name of ['Приложение 1', "'Приложение 1'!A3:I10", 'T1']) {
      const result = planFill(wb(), { template: 'Отчет 2024', source: name });
      expect(result.source?.sheet).toBe('Приложение 1');
      expect(written(result)).toEqual({ D4: '60' });
    }
    const other = planFill(wb(), { template: 'Отчет 2024', source: 'Приложение 3' });
    expect(other.matches[0].indicator.cell).toBe('B4');
    expect(other.matches[0].method).toBe('name');
    expect(written(other)).toEqual({ D4: '52' });
  });

  it('says so when the named source is not an indicator table, listing the ones there are', () => {
    const result = planFill(wb(), { template: 'Отчет 2024', source: 'Лист9' });
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ code: 'source-not-found', params: { name: 'Лист9' } });
    expect(fillWording('en').problem(result.problems[0])).toContain("Indicator tables in the workbook: 'Приложение 1'!A3:I10 (T1)");
  });

  it('a workbook without an indicator table, or whose only one is the sheet named as the template', () => {
    const result = planFill(workbook(report([['1.1', N11, '%']])), { template: 'Отчет 2024' });
    expect(result.problems.map((p) => p.code)).toEqual(['no-source-table']);
    const itself = planFill(workbook(source(), report([['1.1', N11, '%']])), { template: 'Приложение 1' });
    expect(itself.problems.map((p) => p.code)).toEqual(['template-is-source']);
    expect(fillWording('ru').problem(itself.problems[0])).toBe('Лист «Приложение 1» — это сама таблица целевых показателей (источник), другой в книге нет; укажите лист отчёта.');
  });

  it('refuses a funding table named as the template, and never offers one (found on the Stupino workbook)', async () => {
    // its year columns and item names read like a report table: it used to be "filled" with 12 unmatched rows
    const { snapshot } = await readXlsx(join(FIXTURES, 'stupino-programme.xlsx'));
    const result = planFill(snapshot, { template: 'Приложение 1' });
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'template-is-funding-table', severity: 'blocking', params: { name: 'Приложение 1', table: 'T1', range: 'A5:H18' } })]);
    expect(result.plan.edits).toEqual([]);
    expect(fillWording('en').problem(result.problems[0])).toBe('Sheet “Приложение 1” holds a funding table (T1, A5:H18), not an indicator report; name the report sheet.');
    expect(listTemplates(snapshot).map((t) => t.sheet)).not.toContain('Приложение 1');
  });
});

describe('planFill: years', () => {
  it('a year that is not in the source: a clear message, nothing filled', () => {
    const wb = workbook(
      source(),
      sheet('Отчет 2027', [
        ['Отчет о достижении значений целевых показателей за 2027 год'],
        ['№ пп', 'Наименование показателя', 'Единица измерения', 'Плановое значение на 2027 год', 'Фактическое значение за 2027 год'],
        ['1.1', N11, '%'],
      ]),
    );
    const result = planFill(wb, { template: 'Отчет 2027' });
    expect(result.ok).toBe(false);
    expect(result.plan.edits).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.severity, p.params.year, p.params.years])).toEqual([['year-not-in-source', 'blocking', 2027, [2021, 2022, 2023, 2024, 2025, 2026]]]);
    expect(fillWording('ru').problem(result.problems[0])).toBe("в таблице 'Приложение 1'!A3:I10 нет значений за 2027 год (есть 2021–2026); ничего не заполнено.");
    expect(fillWording('en').problem(result.problems[0])).toBe("table 'Приложение 1'!A3:I10 has no values for 2027 (it has 2021–2026); nothing was filled.");
  });

  it('columns of several years: the ones the source has are filled, the others reported; --year limits to one', () => {
    const wb = workbook(
      source(),
      sheet('План', [
        ['№', 'Наименование показателя', 'Ед. изм.', 'План на 2026 г.', 'План на 2027 г.'],
        ['1.1', N11, '%'],
      ]),
    );
    const result = planFill(wb, { template: 'План' });
    expect(result.ok).toBe(true);
    expect(written(result)).toEqual({ D2: '64' });
    expect(result.problems.map((p) => [p.code, p.severity, p.params.year])).toEqual([['year-not-in-source', 'warning', 2027]]);
    expect(written(planFill(wb, { template: 'План', year: 2026 }))).toEqual({ D2: '64' });
    const none = planFill(wb, { template: 'План', year: 2025 });
    expect(none.problems.map((p) => p.code)).toEqual(['year-not-in-template']);
  });

  it('a plan column that names no year takes the title\'s year, or the one asked for; with neither, it asks', () => {
    const rows = [
      ['№', 'Наименование показателя', 'Ед. изм.', 'Плановое значение', 'Фактическое значение'],
      ['2.1', N21, '%'],
    ];
    const titled = workbook(source(), sheet('Отчет', [['Отчет за 2022 год'], ...rows]));
    expect(written(planFill(titled, { template: 'Отчет' }))).toEqual({ D3: '98' });
    const untitled = workbook(source(), sheet('Отчет', rows));
    const asked = planFill(untitled, { template: 'Отчет' });
    expect(asked.ok).toBe(false);
    expect(asked.problems.map((p) => [p.code, p.severity])).toEqual([['year-unknown', 'blocking']]);
    expect(fillWording('en').problem(asked.problems[0])).toBe('No year: the plan columns name none and neither does the title; give the year.');
    expect(fillWording('en').problem(asked.problems[0], () => ' (--year 2024)')).toContain('give the year (--year 2024).');
    expect(written(planFill(untitled, { template: 'Отчет', year: 2023 }))).toEqual({ D2: '99' });
  });
});

describe('planFill: an English template', () => {
  const src = sheet('Annex 1', [
    ['Programme performance indicators'],
    ['No.', 'Indicator', 'Unit', 'Baseline', 'FY2023', 'FY2024', 'FY2025'],
    ['1', 'Share of households with broadband internet access', '%', 61.5, 70, 75.25, 80],
    ['2', 'Average waiting time at service centres', 'minutes', 18, 15, 12, 11],
    ['3', 'Number of trained municipal staff', 'persons', 40, 50, 60, 70],
  ]);
  const tpl = sheet('Report FY2024', [
    ['Indicator performance report for FY2024'],
    [],
    ['No.', 'Indicator', 'Unit', 'Baseline', 'Target FY2024', 'Actual FY2024', 'Variance', '% achieved', 'Comment'],
    [null, 'Avg. waiting time at service centers', 'minutes', null, null, 13],
    [null, 'Households with broadband access', '%', null, null, 76],
    [null, 'Trained municipal staff', 'persons', null, null, null],
  ]);

  it('fills targets and baselines by name, and writes deviation formulas where the actual is there', () => {
    const result = planFill(workbook(src, tpl), { template: 'Report FY2024', lang: 'en' });
    expect(result.ok).toBe(true);
    expect(result.template?.columns.map((c) => c.role)).toEqual(['code', 'name', 'unit', 'base', 'plan', 'fact', 'deviation', 'percent', 'reason']);
    expect(result.matches.map((m) => m.indicator.code)).toEqual(['2', '1', '3']);
    expect(written(result)).toEqual({
      D4: '18',
      E4: '12',
      D5: '61.5',
      E5: '75.25',
      D6: '40',
      E6: '60',
      G4: '=F4-E4',
      H4: '=F4/E4*100',
      G5: '=F5-E5',
      H5: '=F5/E5*100',
    });
    expect(result.formulas.map((f) => f.kind)).toEqual(['deviation', 'deviation', 'percent', 'percent']);
    expect(result.plan.title).toBe("Fill 'Report FY2024' from 'Annex 1'!A2:G5");
  });
});

describe('planFill: writing', () => {
  const wb = (d4: TestCell, e4: TestCell = null) =>
    workbook(
      source(),
      report([
        ['1.1', N11, '%', d4, e4],
        ['6.1', N61, '%', null, 30],
      ]),
    );

  it('leaves a cell that holds something else alone and reports it; writes over it when asked; a cell that already holds the value is left as it is', () => {
    const refused = planFill(wb(59), { template: 'Отчет 2024' });
    expect(written(refused)).toEqual({ D5: '34', F5: '=E5-D5' });
    expect(refused.matches[0].cells).toEqual([{ cell: 'D4', what: 'plan', year: 2024, value: { kind: 'number', value: '60', cell: 'G5' }, status: 'occupied', current: '59' }]);
    expect(fillWording('ru').cell(refused.matches[0].cells[0])).toBe('D4 ← 60 (ячейка занята, не изменена: «59»)');

    const allowed = planFill(wb(59), { template: 'Отчет 2024', overwrite: true });
    expect(written(allowed)).toEqual({ D4: '60', D5: '34', F5: '=E5-D5' });
    expect(allowed.matches[0].cells[0].status).toBe('overwrite');
    // the undo puts back what was there
    expect(allowed.undo.edits[0].cells).toEqual([
      { cell: 'D4', content: { kind: 'number', value: '59' } },
      { cell: 'D5', content: { kind: 'empty' } },
      { cell: 'F5', content: { kind: 'empty' } },
    ]);

    const same = planFill(wb('60'), { template: 'Отчет 2024' });
    expect(same.matches[0].cells[0].status).toBe('same');
    expect(written(same)).toEqual({ D5: '34', F5: '=E5-D5' });
  });

  it('a formula in a target cell is kept, even when asked to overwrite', () => {
    const same = planFill(wb({ v: 60, f: "='Приложение 1'!G5" }), { template: 'Отчет 2024', overwrite: true });
    expect(same.matches[0].cells[0].status).toBe('same');
    const other = planFill(wb({ v: 61, f: '=G1' }), { template: 'Отчет 2024', overwrite: true });
    expect(other.matches[0].cells[0]).toMatchObject({ status: 'formula', current: '=G1' });
    expect(written(other)).toEqual({ D5: '34', F5: '=E5-D5' });
    expect(fillWording('en').cell(other.matches[0].cells[0])).toBe('D4 ← 60 (holds a formula, kept: “=G1”)');
  });

  it('percent of a zero plan: no formula, a note', () => {
    const rows = [
      ['№', 'Наименование показателя', 'Ед. изм.', 'План на 2024 г.', 'Факт за 2024 г.', '% исполнения'],
      ['1', 'Доля отказов', '%', null, 3],
    ];
    const src = sheet('Показатели', [
      ['№', 'Наименование показателя', 'Ед. изм.', '2023', '2024'],
      ['1', 'Доля отказов в предоставлении услуг', '%', 5, 0],
      ['2', 'Число обращений', 'ед.', 10, 12],
    ]);
    const result = planFill(workbook(src, sheet('Отчет', rows)), { template: 'Отчет' });
    expect(written(result)).toEqual({ D2: '0' });
    expect(result.problems.map((p) => [p.code, p.cell])).toEqual([['percent-of-zero-plan', 'F2']]);
  });

  it('the sheet is not a template, or is not there', () => {
    expect(planFill(workbook(source(), sheet('Заметки', [['просто текст']])), { template: 'Заметки' }).problems.map((p) => p.code)).toEqual(['no-template']);
    expect(planFill(workbook(source()), { template: 'Отчет' }).problems.map((p) => p.code)).toEqual(['template-not-found']);
    expect(planFill(workbook(source(), { ...report([['1.1', N11, '%']]), protected: true }), { template: 'Отчет 2024' }).problems.map((p) => p.code)).toEqual(['sheet-protected']);
  });
});

describe('planFill: placeholders', () => {
  const tpl = sheet('Справка', [
    ['Справка о целевых показателях за 2024 год'],
    ['Удовлетворённость населения (план): {{1.1 | 2024}} %, в 2025 году — {{1.1 | 2025}} %.'],
    ['{{6.1 | 2026}}'],
    ['{{Доля жителей, получающих госуслуги в электронной форме}}'],
    ['{{9.9 | 2024}}', '{{1.1 | 2024 | что-то}}', '{{1.1 | 2030}}'],
    ['Факт: {{1.1 | 2024 | факт}}'],
  ]);

  it('fills each placeholder it can, keeps the text around it, and reports the others', () => {
    const result = planFill(workbook(source(), tpl), { template: 'Справка' });
    expect(result.ok).toBe(true);
    expect(written(result)).toEqual({
      A2: 'Удовлетворённость населения (план): 60 %, в 2025 году — 62 %.',
      A3: '36.5',
      A4: '100',
    });
    expect(result.unmatched.map((u) => u.target.cell)).toEqual(['A5']);
    expect(result.problems.map((p) => [p.code, p.cell])).toEqual([
      ['bad-placeholder', 'B5'],
      ['year-not-in-source', 'C5'],
    ]);
    // a source with no facts: the fact placeholder is matched but has no value, and stays
    const fact = result.matches.find((m) => m.target.cell === 'A6')!;
    expect(fact.cells.map((c) => [c.cell, c.what, c.status])).toEqual([['A6', 'fact', 'no-value']]);
  });

  it('a number placeholder in a Russian text is written with a decimal comma', () => {
    const result = planFill(workbook(source(), sheet('Справка', [['Повышение квалификации: {{6.1 | 2026}} %']])), { template: 'Справка' });
    expect(written(result)).toEqual({ A1: 'Повышение квалификации: 36,5 %' });
  });
});

describe('planFill: template layouts', () => {
  it('a header merged over two rows (plan and fact under one year), a row of column numbers, a heading row', () => {
    const tpl = sheet(
      'Отчет',
      [
        ['Отчет о достижении целевых показателей'],
        ['№ п/п', 'Наименование показателя', 'Ед. изм.', 'Значение показателя за 2023 год', null, 'Примечание'],
        [null, null, null, 'план', 'факт', null],
        [1, 2, 3, 4, 5, 6],
        ['Подпрограмма 1. Электронное управление'],
        ['4.1', N41, '%', null, 50],
        ['6.1', N61, '%'],
      ],
      { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3', 'A5:F5'] },
    );
    const result = planFill(workbook(source(), tpl), { template: 'Отчет' });
    expect(result.template?.columns.map((c) => [c.cell, c.role, c.year])).toEqual([
      ['A3', 'code', null],
      ['B3', 'name', null],
      ['C3', 'unit', null],
      ['D3', 'plan', 2023],
      ['E3', 'fact', 2023],
      ['F3', 'reason', null],
    ]);
    expect(result.template?.rows).toBe(2);
    expect(written(result)).toEqual({ D6: '53', D7: '33' });
  });

  it('lists the sheets that are templates', () => {
    const wb = workbook(source(), report([['1.1', N11, '%']]), sheet('Справка', [['План: {{1.1 | 2024}}']]), sheet('Заметки', [['текст']]));
    expect(listTemplates(wb).map((t) => [t.sheet, t.range, t.rows, t.placeholders])).toEqual([
      ['Отчет 2024', 'A3:G4', 1, 0],
      ['Справка', null, 0, 1],
    ]);
  });

  it('a placeholder inside the report table is filled as a placeholder, not reported as an occupied cell', () => {
    const result = planFill(workbook(source(), report([['1.1', N11, '%', '{{1.1 | 2025}}']])), { template: 'Отчет 2024' });
    expect(written(result)).toEqual({ D4: '62' });
    expect(result.matches.flatMap((m) => m.cells.map((c) => c.status))).toEqual(['write']);
  });
});

describe('planFill: merged cells in the template', () => {
  it('a value column merged over two columns is one column; only the first cell of a merged area is written', () => {
    const tpl = sheet(
      'Отчет',
      [
        ['Отчет за 2024 год'],
        ['№', 'Наименование показателя', 'Ед. изм.', 'План', null, 'Факт', 'Отклонение'],
        ['1.1', N11, '%', null, null, 58],
        ['6.1', N61, '%', null, null, null],
      ],
      { merges: ['D2:E2', 'D3:E3', 'D4:E4', 'G3:G4'] },
    );
    const result = planFill(workbook(source(), tpl), { template: 'Отчет' });
    expect(result.template?.columns.map((c) => c.role)).toEqual(['code', 'name', 'unit', 'plan', 'fact', 'deviation']);
    expect(written(result)).toEqual({ D3: '60', D4: '34', G3: '=F3-D3' });
  });
});
