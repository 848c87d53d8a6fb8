import { checkWorkbook, type Finding } from '../../../src/engine';
import { parseFundingText } from '../../../src/engine/passport/parseFundingText';
import { sheet, workbook } from '../../support/sheet';

const figures = (text: string) =>
  (parseFundingText(text) ?? []).map((s) => ({
    source: s.source,
    total: s.total?.value.toFixed(),
    years: s.years.map((y) => `${y.year}:${y.value.toFixed()}`),
  }));

describe('parseFundingText', () => {
  it('reads a total with its years, and a source line', () => {
    expect(
      figures('Всего 423 767,8 тыс. руб., в т.ч. по годам реализации: 2020 год – 99 822,7 тыс. руб.; 2021 год – 0.\nБюджет Московской области: всего 1 567,0 тыс. руб.'),
    ).toEqual([
      { source: null, total: '423767.8', years: ['2020:99822.7', '2021:0'] },
      { source: 'regional', total: '1567', years: [] },
    ]);
  });

  it('reads the whole period with its figure (a seed passport: "на 2015-2019 годы – 615,142 тыс. рублей")', () => {
    expect(figures('Объемы финансирования мероприятий на 2015-2019 годы – 615,142 тыс. рублей .')).toEqual([{ source: null, total: '615.142', years: [] }]);
    expect(figures('Общий объем финансирования программы составляет 1 200,5 тыс. рублей.')).toEqual([{ source: null, total: '1200.5', years: [] }]);
  });

  it('reads English figures with comma thousands, never cutting 1,234.5 short', () => {
    expect(figures('Total funding: USD 1,234.5 thousand, of which FY2024 – 500.0; FY2025 – 734.5.')).toEqual([
      { source: null, total: '1234.5', years: ['2024:500', '2025:734.5'] },
    ]);
  });

  it('does not take a year range or a count for money', () => {
    expect(parseFundingText('Сроки реализации муниципальной программы: 2020-2024 годы, всего 5 этапов работ')).toBeUndefined();
    expect(parseFundingText('Программа реализуется в 2020-2024 годы в два этапа, без выделения средств')).toBeUndefined();
  });
});

describe('a passport that states only the programme total in prose', () => {
  const appendix = sheet('Приложение', [
    ['Источник', '2015 год', '2016 год', 'Всего'],
    ['районный бюджет', 300, 315.142, 615.142],
    ['ВСЕГО', 300, 315.142, 615.142],
  ]);
  const passport = (text: string) => sheet('Паспорт', [['Объемы финансирования', text]]);
  const prose = (fs: readonly Finding[]) => fs.filter((f) => f.sheet === 'Паспорт');

  it('agrees with the appendix: nothing to say', () => {
    expect(prose(checkWorkbook(workbook(passport('Объемы финансирования мероприятий на 2015-2016 годы – 615,142 тыс. рублей'), appendix)).findings)).toEqual([]);
  });

  it('states the total rounded (615,1 for 615,142): the same figure', () => {
    expect(prose(checkWorkbook(workbook(passport('Объемы финансирования мероприятий на 2015-2016 годы – 615,1 тыс. рублей'), appendix)).findings)).toEqual([]);
  });

  it('disagrees with the appendix: a warning naming both figures', () => {
    const found = prose(checkWorkbook(workbook(passport('Объемы финансирования мероприятий на 2015-2016 годы – 615,4 тыс. рублей'), appendix)).findings);
    expect(found.map((f) => [f.code, f.severity, f.cell, f.actual, f.expected, f.parts[0]])).toEqual([['text-table-mismatch', 'warning', 'B1', '615.4', '615.142', "'Приложение'!D3"]]);
  });
});
