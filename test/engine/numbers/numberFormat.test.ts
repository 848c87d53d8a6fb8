import { formatAmount, numberFormatInfo } from '../../../src/engine';

describe('numberFormatInfo', () => {
  it.each([
    ['#,##0.0', 1],
    ['#,##0.000', 3],
    ['#,##0', 0],
    ['0.00_ ;[Red]\\-0.00\\ ', 2],
    ['#,##0.00"р."', 2],
    ['[$-419]#,##0.0', 1],
    ['0.0%', 1],
  ])('%s shows %i decimals', (code, decimals) => {
    expect(numberFormatInfo(code).decimals).toBe(decimals);
  });

  it('knows General and dates', () => {
    expect(numberFormatInfo('General').decimals).toBeUndefined();
    expect(numberFormatInfo(undefined).decimals).toBeUndefined();
    expect(numberFormatInfo('dd.mm.yyyy').date).toBe(true);
    expect(numberFormatInfo('[$-F800]dddd, mmmm dd, yyyy').date).toBe(true);
    expect(numberFormatInfo('#,##0.0').date).toBe(false);
  });
});

describe('formatAmount', () => {
  it('writes Russian and English conventions', () => {
    expect(formatAmount('3655.463', 'ru')).toBe('3\u00A0655,463');
    expect(formatAmount('3655.463', 'en')).toBe('3,655.463');
    expect(formatAmount('-119.8', 'ru')).toBe('\u2212119,8');
    expect(formatAmount('0', 'en')).toBe('0');
  });
});
