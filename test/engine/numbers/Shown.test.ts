import { SheetFigures, SheetGrid, shownAt, shownOfAll } from '../../../src/engine';
import { sheet } from '../../support/sheet';

const figuresOf = (cells: Parameters<typeof sheet>[1]) => new SheetFigures(new SheetGrid(sheet('S', cells)), true);

describe('shownAt: how a cell shows its figure', () => {
  const figures = figuresOf([
    [
      { v: 4084.5, fmt: '#,##0.00' },
      { v: 4084.5, fmt: '#,##0.000' },
      { v: 4084.5 },
      { v: 4084, fmt: '#,##0' },
      { v: 0.125, fmt: '0.0%' },
      { v: 0.125, fmt: '0%' },
      '4 084,50',
      { v: 4084.5, fmt: '#,##0.00 "₽"' },
      { v: 4084.5, fmt: '[$$-409]#,##0.00' },
      { v: 4084.5, fmt: '#,##0.00\\ [$€-x-euro2];[Red]-#,##0.00\\ [$€-x-euro2]' },
      'Итого',
      null,
      '-',
    ],
  ]);
  it.each([
    ['a #,##0.00 cell: two decimals', 0, { decimals: 2 }],
    ['#,##0.000: three', 1, { decimals: 3 }],
    ['General: as the value has them', 2, { decimals: 1 }],
    ['#,##0: none', 3, { decimals: 0 }],
    ['0.0%: a percentage with one decimal, three of the value', 4, { decimals: 3, percent: true }],
    ['0%: a percentage with none, two of the value', 5, { decimals: 2, percent: true }],
    ['a figure typed as text: as typed', 6, { decimals: 2 }],
    ['a currency after the figure: its digits', 7, { decimals: 2 }],
    ['a currency before the figure: its digits', 8, { decimals: 2 }],
    ['a currency with a locale code and a negative section: the first section', 9, { decimals: 2 }],
  ] as const)('%s', (_name, col, expected) => {
    expect(shownAt(figures, 0, col)).toEqual(expected);
  });

  it('says nothing of a cell with no amount (words, blank, a dash)', () => {
    expect(shownAt(figures, 0, 10)).toBeUndefined();
    expect(shownAt(figures, 0, 11)).toBeUndefined();
    expect(shownAt(figures, 0, 12)).toBeUndefined();
  });
});

describe('shownOfAll: how a sum of figures is shown', () => {
  it('with the most decimals of any; a percentage when every one is', () => {
    expect(shownOfAll([{ decimals: 1 }, { decimals: 3 }, undefined])).toEqual({ decimals: 3 });
    expect(shownOfAll([{ decimals: 3, percent: true }, { decimals: 2, percent: true }])).toEqual({ decimals: 3, percent: true });
    expect(shownOfAll([{ decimals: 3, percent: true }, { decimals: 2 }])).toEqual({ decimals: 3 });
    expect(shownOfAll([undefined])).toBeUndefined();
  });
});
