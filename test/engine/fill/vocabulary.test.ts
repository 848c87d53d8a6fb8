import { nameTokens, parsePlaceholder } from '../../../src/engine';
import { classifyFillColumn } from '../../../src/engine/fill/classifyFillColumn';

describe('classifyFillColumn', () => {
  it.each([
    ['№ пп', 'code', undefined],
    ['No.', 'code', undefined],
    ['Наименование показателя', 'name', undefined],
    ['Наименование целевого показателя', 'name', undefined],
    ['Indicator', 'name', undefined],
    ['Единица измерения', 'unit', undefined],
    ['Unit', 'unit', undefined],
    ['Базовое значение показателя', 'base', undefined],
    ['Baseline', 'base', undefined],
    ['2024', 'plan', 2024],
    ['2024 год', 'plan', 2024],
    ['Плановое значение на 2024 год', 'plan', 2024],
    ['План на 2024 г.', 'plan', 2024],
    ['Target FY2024', 'plan', 2024],
    ['Целевые значения индикатора по годам 2021', 'plan', 2021],
    ['Фактическое значение за 2024 год', 'fact', 2024],
    ['Actual FY2024', 'fact', 2024],
    ['Отклонение', 'deviation', undefined],
    ['Variance', 'deviation', undefined],
    ['% исполнения', 'percent', undefined],
    ['% achieved', 'percent', undefined],
    ['Причины отклонения', 'reason', undefined],
    ['Comment', 'reason', undefined],
    ['Тип показателя', 'other', undefined],
  ])('%s → %s %s', (header, role, year) => {
    expect(classifyFillColumn(header)).toEqual(year === undefined ? { role } : { role, year });
  });
});

describe('names for matching', () => {
  it('drop case, quotes, punctuation, ё, small words; write out abbreviations; keep stems', () => {
    expect(nameTokens('Доля «муниципальных» служащих, прошедших повышение квалификации')).toEqual(nameTokens('доля муниципальных служащих прошедших повышение квалификации'));
    expect(nameTokens('Удовлетворённость деятельностью ОМСУ')).toEqual(nameTokens('удовлетворенность деятельностью органов местного самоуправления'));
    expect(nameTokens('Кол-во обращений в МФЦ, ед.')).toEqual(nameTokens('Количество обращений в многофункциональный центр единиц'));
    expect(nameTokens('Share of households, %')).toEqual(['share', 'household', 'percent']);
  });
});

describe('parsePlaceholder', () => {
  it.each([
    ['1.2 | 2024', { code: '1.2', name: '', year: 2024, kind: 'plan' }],
    [' 1.2.|2024 год | факт ', { code: '1.2', name: '', year: 2024, kind: 'fact' }],
    ['№ 3.1 | база', { code: '3.1', name: '', year: undefined, kind: 'base' }],
    ['Доля жителей района | FY2025 | plan', { code: null, name: 'Доля жителей района', year: 2025, kind: 'plan' }],
    ['2.1 Доля жителей | 2024', { code: '2.1', name: 'Доля жителей', year: 2024, kind: 'plan' }],
    ['Share of households | actual | 2024', { code: null, name: 'Share of households', year: 2024, kind: 'fact' }],
  ])('{{%s}}', (inner, expected) => {
    expect(parsePlaceholder(inner)).toEqual(expected);
  });

  it.each(['', ' | 2024', '1.2 | 2024 | что-то', '1.2 | план | факт'])('{{%s}} is not a placeholder', (inner) => {
    expect(parsePlaceholder(inner)).toBeUndefined();
  });
});
