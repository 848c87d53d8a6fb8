import fc from 'fast-check';
import { Dec, parseFigure, parseFigureText, type Figure } from '../../../src/engine';

const amount = (f: Figure) => (f.kind === 'amount' ? { value: f.value.toFixed(), decimals: f.decimals } : f.kind);

describe('parseFigureText', () => {
  it.each([
    ['345 128,0', '345128', 1],
    ['345\u00A0128,0', '345128', 1],
    ['345\u202F128,0', '345128', 1],
    ['1 567,0', '1567', 1],
    ['1,567.0', '1567', 1],
    ['1.567,25', '1567.25', 2],
    ['0', '0', 0],
    ['3535,663', '3535.663', 3],
    ['4084.48', '4084.48', 2],
    ['-119,8', '-119.8', 1],
    ['\u2212119,8', '-119.8', 1],
    ['(1 234,5)', '-1234.5', 1],
    ['12 345 678 901 234 567,89', '12345678901234567.89', 2],
    ['100%', '100', 0],
  ])('%s reads exactly as %s with %i decimals shown', (text, value, decimals) => {
    expect(amount(parseFigureText(text))).toEqual({ value, decimals });
  });

  it.each(['-', '–', '—', 'х', 'Х', 'x'])('%s is a dash (none, adds as zero)', (text) => {
    expect(parseFigureText(text).kind).toBe('dash');
  });

  it.each(['2600,,0', '12.3.4', '1 23,0', '1,2,3', '1 2345,0', '12 34', '(12'])('%s looks like a figure but is not one', (text) => {
    expect(parseFigureText(text).kind).toBe('malformed');
  });

  it.each(['ежегодно', '2021г.', 'по согласованию', 'Итого', 'FY2024'])('%s is words, not a figure', (text) => {
    expect(parseFigureText(text).kind).toBe('text');
  });

  it('reads the ambiguous 1,567 by the sheet language', () => {
    expect(amount(parseFigureText('1,567', { decimalComma: true }))).toEqual({ value: '1.567', decimals: 3 });
    expect(amount(parseFigureText('1,567', { decimalComma: false }))).toEqual({ value: '1567', decimals: 0 });
  });

  it('treats blank text as empty', () => {
    expect(parseFigureText('   ').kind).toBe('empty');
  });
});

describe('parseFigure', () => {
  it('keeps what Excel shows of a double, not its binary noise', () => {
    expect(amount(parseFigure(0.1 + 0.2, '#,##0.00'))).toEqual({ value: '0.3', decimals: 2 });
    expect(amount(parseFigure(4084.477, '#,##0.000'))).toEqual({ value: '4084.477', decimals: 3 });
  });

  it('takes the shown precision from the number format, or the value under General', () => {
    expect(amount(parseFigure(80, '#,##0.0'))).toEqual({ value: '80', decimals: 1 });
    expect(amount(parseFigure(37.88, undefined))).toEqual({ value: '37.88', decimals: 2 });
    expect(amount(parseFigure(0.25, '0%'))).toEqual({ value: '0.25', decimals: 2 });
  });

  it('does not take a date for an amount', () => {
    expect(parseFigure(45292, 'dd.mm.yyyy').kind).toBe('text');
  });

  it('reads errors, booleans and empties', () => {
    expect(parseFigure({ error: '#REF!' })).toEqual({ kind: 'error', text: '#REF!' });
    expect(parseFigure(true).kind).toBe('text');
    expect(parseFigure(null).kind).toBe('empty');
  });

  it('keeps huge and negative numbers as Excel shows them (15 significant digits)', () => {
    expect(amount(parseFigure(-12345678901234.5))).toEqual({ value: '-12345678901234.5', decimals: 1 });
    expect(amount(parseFigure(-123456789012345.6))).toEqual({ value: '-123456789012346', decimals: 0 });
    // the 15th significant digit of 1e20 is the millions: its shown precision is 10^6
    expect(amount(parseFigure(1e20))).toEqual({ value: '100000000000000000000', decimals: -6 });
  });
});

describe('text figures, property', () => {
  it('every well-formed text figure reads back exactly, whatever its grouping', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 999_999_999_999n }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(' ', '\u00A0', '\u202F', ''),
        fc.constantFrom(',', '.'),
        fc.boolean(),
        (whole, decimals, space, mark, negative) => {
          const frac = decimals === 0 ? '' : String(whole % 10n ** BigInt(decimals)).padStart(decimals, '0');
          const intText = whole.toString();
          // an English point with space groups is not a form people type; a comma mark with "1,567" stays ambiguous
          const grouped = mark === '.' && space !== '' ? intText : intText.replace(/\B(?=(\d{3})+(?!\d))/g, space);
          const text = `${negative ? '-' : ''}${grouped}${decimals ? mark + frac : ''}`;
          const f = parseFigureText(text, { decimalComma: true });
          const expected = `${negative && (whole > 0n || /[1-9]/.test(frac)) ? '-' : ''}${intText}${decimals ? `.${frac}` : ''}`;
          expect(amount(f)).toEqual({ value: new Dec(expected).toFixed(), decimals });
        },
      ),
      { numRuns: 500 },
    );
  });
});
