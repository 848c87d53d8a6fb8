import { breakdownKindOf, hierarchyCodeOf, moneyUnitOf, parseYear, sourceKeyOf, totalScopeOf } from '../../../src/engine';

describe('parseYear', () => {
  it.each([
    ['2021', 2021],
    ['2021 год', 2021],
    ['2021г.', 2021],
    ['2021 г.', 2021],
    ['FY2024', 2024],
    ['FY 2024', 2024],
    [2023, 2023],
  ])('%s is the year %i', (v, y) => expect(parseYear(v)).toBe(y));

  it.each(['2020-2024 годы', 'Плановое значение на 2024 год', 2023.5, 1234, '12021', 'ВСЕГО'])('%s is not a year header', (v) => {
    expect(parseYear(v)).toBeUndefined();
  });
});

describe('labels', () => {
  it.each([
    ['ИТОГО по муниципальной программе', 'grand'],
    ['Итого по муниципальной программе:\nтыс. руб.', 'grand'],
    ['Grand total', 'grand'],
    ['Всего по подпрограмме I', 'subtotal'],
    ['Итого по задаче 2', 'subtotal'],
    ['Subtotal', 'subtotal'],
    ['ВСЕГО:', 'generic'],
    ['Всего', 'generic'],
    ['Total', 'generic'],
  ])('%s is a %s total', (label, scope) => expect(totalScopeOf(label)).toBe(scope));

  it.each(['Всеволожский район', 'Итоговая аттестация', 'Totally new', 'Подпрограмма I «..., в том числе на базе МФЦ»'])('%s is not a total', (label) => {
    expect(totalScopeOf(label)).toBeUndefined();
  });

  it.each([
    ['в том числе:', 'breakdown'],
    ['в т.ч.', 'breakdown'],
    ['including', 'breakdown'],
    ['из них', 'thereof'],
    ['of which', 'thereof'],
    ['справочно', 'memo'],
  ])('%s opens a %s', (label, kind) => expect(breakdownKindOf(label)).toBe(kind));

  it.each([
    ['федеральный бюджет', 'federal'],
    ['федерального бюджета', 'federal'],
    ['областной бюджет (по согласованию)', 'regional'],
    ['краевой бюджет', 'regional'],
    ['Бюджет Московской области', 'regional'],
    ['районного бюджета', 'local'],
    ['местный бюджет', 'local'],
    ['Бюджет городского округа Ступино Московской области', 'local'],
    ['внебюджетных источников', 'extrabudgetary'],
    ['Внебюджетные средства', 'extrabudgetary'],
    ['Federal budget', 'federal'],
    ['State budget', 'regional'],
    ['Local budget', 'local'],
    ['Other sources', 'extrabudgetary'],
  ])('%s is a %s source', (label, key) => expect(sourceKeyOf(label)).toBe(key));

  it.each([
    ['Объем финансирования (тыс. руб.)', 'тыс. руб.'],
    ['тыс.руб.', 'тыс. руб.'],
    ['млн рублей', 'млн руб.'],
    ['Сумма, руб.', 'руб.'],
    ['Amount, thousand USD', 'thousand USD'],
    ["USD '000", 'thousand USD'],
  ])('%s is in %s', (text, unit) => expect(moneyUnitOf(text)).toBe(unit));

  it('reads hierarchy codes', () => {
    expect(hierarchyCodeOf('1.1')).toBe('1.1');
    expect(hierarchyCodeOf('2.1.')).toBe('2.1');
    expect(hierarchyCodeOf('Подпрограмма 2')).toBe('2');
    expect(hierarchyCodeOf('Task 1.2: Roads')).toBe('1.2');
    expect(hierarchyCodeOf('Задача 1: Развитие')).toBe('1');
    expect(hierarchyCodeOf('Печатные СМИ')).toBeUndefined();
  });
});
