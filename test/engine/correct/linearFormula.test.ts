import { readFormula, toA1 } from '../../../src/engine';

const linear = (f: string) => {
  const r = readFormula(f);
  return r.kind === 'linear' ? r.formula.terms.map((t) => `${t.weight > 0 ? '+' : ''}${t.weight}${toA1(t.cell)}`) : r.kind;
};

describe('readFormula', () => {
  it.each([
    ['=SUM(D8:D10)', ['+1D8', '+1D9', '+1D10']],
    ['=SUM(D8:D9,D14)+1500', ['+1D8', '+1D9', '+1D14']],
    ['=D7+D10-D13', ['+1D7', '+1D10', '-1D13']],
    ['=$D$7-(D8-D9)', ['+1D7', '-1D8', '+1D9']],
    ['=D7+D7', ['+2D7']],
    ['=sum(a1:a2)', ['+1A1', '+1A2']],
  ])('%s is a weighted sum of cells', (f, terms) => {
    expect(linear(f)).toEqual(terms);
  });

  it.each(['=ROUND(D8,1)', '=D8*2', "='Лист 2'!D8+D9", '=D8/1000', '=SUM(D8:D9)*1.2', '=IF(D8>0,D8,0)'])('%s is opaque', (f) => {
    expect(linear(f)).toBe('opaque');
  });

  it('names the cells of its own sheet an opaque formula reads', () => {
    const r = readFormula("=ROUND(D8+'Лист 2'!E9,1)+SUM(F1:F2)");
    expect(r.kind === 'opaque' && r.reads.map(toA1)).toEqual(['D8', 'F1', 'F2']);
  });
});
