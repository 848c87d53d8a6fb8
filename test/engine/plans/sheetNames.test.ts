import { sheetRef, uniqueSheetName } from '../../../src/engine';

describe('uniqueSheetName', () => {
  it('keeps a free name and numbers a taken one, ignoring case as Excel does', () => {
    expect(uniqueSheetName('Свод по годам', ['Паспорт'])).toBe('Свод по годам');
    expect(uniqueSheetName('Свод по годам', ['свод по годам'])).toBe('Свод по годам (2)');
    expect(uniqueSheetName('Rollup', ['Rollup', 'Rollup (2)'])).toBe('Rollup (3)');
  });
  it('drops characters Excel forbids and keeps within 31 characters, suffix included', () => {
    expect(uniqueSheetName('a/b:c?[d]', [])).toBe('a b c  d');
    const long = 'Свод по источникам финансирования программы';
    const first = uniqueSheetName(long, []);
    expect(first).toHaveLength(31);
    const second = uniqueSheetName(long, [first]);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(' (2)')).toBe(true);
  });
});

describe('sheetRef', () => {
  it('quotes names that need it and doubles their quotes', () => {
    expect(sheetRef('Data')).toBe('Data!');
    expect(sheetRef('Приложение 2')).toBe("'Приложение 2'!");
    expect(sheetRef("Bob's")).toBe("'Bob''s'!");
    expect(sheetRef('AB12')).toBe("'AB12'!");
  });
});
