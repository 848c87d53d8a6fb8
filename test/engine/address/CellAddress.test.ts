import { columnIndex, columnLetters, compressToRanges, parseA1, parseRangeA1, rangeToA1, toA1 } from '../../../src/engine';

describe('addresses', () => {
  it('converts columns both ways', () => {
    for (const [i, s] of [[0, 'A'], [25, 'Z'], [26, 'AA'], [701, 'ZZ'], [702, 'AAA'], [16383, 'XFD']] as const) {
      expect(columnLetters(i)).toBe(s);
      expect(columnIndex(s)).toBe(i);
    }
  });

  it('reads and writes A1', () => {
    expect(parseA1('$D$51')).toEqual({ row: 50, col: 3 });
    expect(toA1({ row: 50, col: 3 })).toBe('D51');
    expect(parseA1('51D')).toBeUndefined();
    expect(rangeToA1(parseRangeA1('A3:J151')!)).toBe('A3:J151');
    expect(rangeToA1(parseRangeA1('C5')!)).toBe('C5');
  });

  it('compresses runs of cells into ranges, keeping order', () => {
    const cells = [52, 53, 54, 55, 56, 57].map((r) => ({ row: r - 1, col: 3 }));
    expect(compressToRanges(cells)).toEqual(['D52:D57']);
    expect(compressToRanges([{ row: 78, col: 4 }, { row: 78, col: 5 }, { row: 78, col: 6 }, { row: 26, col: 3 }])).toEqual(['E79:G79', 'D27']);
  });

  it('refuses a negative column as programmer misuse', () => {
    expect(() => columnLetters(-1)).toThrow(RangeError);
  });
});
