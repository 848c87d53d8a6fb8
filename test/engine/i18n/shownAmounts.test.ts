import { amountsOf, checkWorkbook, localizeFinding, type Finding, type WorkbookSnapshot } from '../../../src/engine';
import { jsonFinding } from '../../../src/cli/report';
import { sheet, workbook, type TestCell } from '../../support/sheet';

const fmt = (format: string) => (v: number): TestCell => ({ v, fmt: format });
const f2 = fmt('#,##0.00');

/** A passport in `#,##0.00` whose 2024 figure of the regional budget was typed 2 084,20 instead of 2 084,30. */
const passport = (figure: (v: number) => TestCell = f2): WorkbookSnapshot =>
  workbook(
    sheet('П', [
      ['Объем финансирования, тыс. руб.'],
      ['Источник', '2024 год', '2025 год', 'Всего'],
      ['федеральный бюджет', figure(2000.2), figure(1000), figure(3000.2)],
      ['областной бюджет', figure(2084.2), figure(500), figure(2584.3)],
      ['ВСЕГО:', figure(4084.5), figure(1500), figure(5584.5)],
    ]),
  );

const at = (findings: readonly Finding[], cell: string) => findings.find((f) => f.cell === cell && f.code === 'sum-mismatch')!;

describe('amounts in messages as their cells show them', () => {
  it('a #,##0.00 cell holding 4084.5 is 4 084,50 in the message, its parts 4 084,40, the difference +0,10 (Russian)', () => {
    const b5 = at(checkWorkbook(passport()).findings, 'B5');
    expect(localizeFinding(b5, 'ru')).toBe(
      'B5 («ВСЕГО:», 2024 год): указано 4\u00a0084,50, а сумма входящих в него итогов (B3:B4) равна 4\u00a0084,40; расхождение +0,10. Исправление таблицы T1 (1 ячейка, после него сходятся все итоги): B4 → 2\u00a0084,30.',
    );
  });

  it('the same in English', () => {
    const b5 = at(checkWorkbook(passport()).findings, 'B5');
    expect(localizeFinding(b5, 'en')).toBe(
      "B5 (“ВСЕГО:”, 2024) is 4,084.50, but the totals it is made of (B3:B4) add up to 4,084.40: a difference of +0.10. Table T1's correction (1 cell, after which every total of the table agrees): B4 → 2,084.30.",
    );
  });

  it('the likely wrong cell and its change too, when no correction is made', () => {
    const findings = checkWorkbook(passport(), { corrections: false }).findings;
    expect(localizeFinding(at(findings, 'D4'), 'ru')).toBe(
      'D4 («областной бюджет», графа «Всего»): указано 2\u00a0584,30, а сумма граф этой строки (B4:C4) равна 2\u00a0584,20; расхождение +0,10. Вероятно, ошибка в ячейке B4. Увеличьте B4 на 0,10, и сойдутся 2 проверки (см. также B5).',
    );
    expect(localizeFinding(at(findings, 'B5'), 'en')).toContain('The likely wrong figure is B4. Increase B4 by 0.10 to settle 2 checks (see also D4).');
  });

  it('the JSON keeps the exact decimal strings; the message and the pane show them as the cells do', () => {
    const b5 = at(checkWorkbook(passport()).findings, 'B5');
    expect([b5.expected, b5.actual, b5.difference]).toEqual(['4084.4', '4084.5', '0.1']);
    expect(jsonFinding(b5, 'en')).toMatchObject({ expected: '4084.4', actual: '4084.5', difference: '0.1' });
    expect(amountsOf(b5, 'ru')).toEqual({ expected: '4\u00a0084,40', actual: '4\u00a0084,50', difference: '+0,10' });
  });

  it('never drops a digit the exact value has: a #,##0.0 cell holding 4084.48 is 4 084,48', () => {
    const f1 = fmt('#,##0.0');
    const wb = workbook(
      sheet('P', [
        ['Source', 'FY2024', 'FY2025'],
        ['Federal budget', f1(2000.2), f1(10)],
        ['Local budget', f1(2084.2), f1(20)],
        ['Total', f1(4084.48), f1(30)],
      ]),
    );
    const b4 = at(checkWorkbook(wb).findings, 'B4');
    expect(amountsOf(b4, 'en')).toEqual({ expected: '4,084.4', actual: '4,084.48', difference: '+0.08' });
  });

  it('a figure without a format (General) as it is: no decimals added', () => {
    const general = (v: number): TestCell => v;
    const b5 = at(checkWorkbook(passport(general)).findings, 'B5');
    expect(amountsOf(b5, 'ru')).toEqual({ expected: '4\u00a0084,4', actual: '4\u00a0084,5', difference: '+0,1' });
  });

  it('a currency format: the digits after the point it shows', () => {
    for (const format of ['#,##0.00 "₽"', '[$$-409]#,##0.00', '#,##0.00\\ [$€-x-euro2];[Red]-#,##0.00\\ [$€-x-euro2]']) {
      const b5 = at(checkWorkbook(passport(fmt(format))).findings, 'B5');
      expect(amountsOf(b5, 'en')).toEqual({ expected: '4,084.40', actual: '4,084.50', difference: '+0.10' });
    }
  });

  it('a percentage as Excel shows it: 101,0% for 1.01 in a 0.0% cell, the difference in the same points', () => {
    const pct = fmt('0.0%');
    const wb = workbook(
      sheet('П', [
        ['Доля источников'],
        ['Источник', '2024 год', '2025 год', 'Всего'],
        ['федеральный бюджет', pct(0.25), pct(0.5), pct(0.75)],
        ['областной бюджет', pct(0.75), pct(0.5), pct(1.25)],
        ['ВСЕГО:', pct(1.01), pct(1), pct(2.01)],
      ]),
    );
    const b5 = at(checkWorkbook(wb, { corrections: false }).findings, 'B5');
    expect([b5.expected, b5.actual, b5.difference]).toEqual(['1', '1.01', '0.01']);
    expect(localizeFinding(b5, 'ru')).toBe('B5 («ВСЕГО:», 2024 год): указано 101,0%, а сумма входящих в него итогов (B3:B4) равна 100,0%; расхождение +1,0%.');
    expect(localizeFinding(b5, 'en')).toBe('B5 (“ВСЕГО:”, 2024) is 101.0%, but the totals it is made of (B3:B4) add up to 100.0%: a difference of +1.0%.');
  });

  it("a passport against an appendix: each figure as its own table's cell shows it", () => {
    const f3 = fmt('#,##0.000');
    const wb = workbook(
      sheet('Паспорт', [
        ['Источники', '2024 год', '2025 год', 'Всего'],
        ['областной бюджет', f2(60), f2(60), f2(120)],
        ['местный бюджет', f2(60), f2(70.5), f2(130.5)],
        ['ВСЕГО:', f2(120), f2(130.5), f2(250.5)],
      ]),
      sheet('Приложение', [
        ['Наименование', 'Год', 'Объем финансирования', 'областной бюджет', 'местный бюджет'],
        ['Итого по программе', 'Всего', f3(255.5), f3(120), f3(135.5)],
        [null, '2024 г.', f3(120), f3(60), f3(60)],
        [null, '2025 г.', f3(135.5), f3(60), f3(75.5)],
      ]),
    );
    const mismatch = checkWorkbook(wb).findings.find((f) => f.code === 'table-mismatch' && f.cell === 'C3')!;
    expect([mismatch.expected, mismatch.actual, mismatch.difference]).toEqual(['75.5', '70.5', '-5']);
    expect(localizeFinding(mismatch, 'ru')).toBe(
      "C3 (2025 год, местный бюджет): здесь 70,50, а в таблице T2 на листе «Приложение» — 75,500 (E4); расхождение \u22125,000.",
    );
  });

  it('figures read out of passport text as the text writes them', () => {
    const wb = workbook(sheet('Паспорт', [['Паспорт программы'], ['Объем финансирования программы составляет 300,00 тыс. руб., в том числе: 2024 год – 100,10 тыс. руб.; 2025 год – 199,80 тыс. руб.']]));
    const [f] = checkWorkbook(wb).findings;
    expect(f.code).toBe('text-sum-mismatch');
    expect(localizeFinding(f, 'ru')).toContain('указано 300,00 («Объем финансирования программы составляет 300,00»), а сумма приведённых там же составляющих — 299,90; расхождение +0,10.');
  });
});
