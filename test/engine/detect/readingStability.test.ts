import { checkWorkbook } from '../../../src/engine';
import { sheet, workbook } from '../../support/sheet';

const build = (e7: number) =>
  workbook(
    sheet('МП', [
      ['Проект расходов бюджета по муниципальным программам'],
      [null, null, null, null, null, null, null, null, 'т.р.'],
      ['№ п/п', 'Перечень программ', 'Уточненный план 2021 г', null, null, '2022 год', null, null],
      [null, null, 'Итого', 'Местный бюджет', 'Безвозмездные поступления', 'Итого', 'Местный бюджет', 'Безвозмездные поступления'],
      [1, 2, 3, 4, 5, 6, 7, 8],
      ['1', 'МП «Развитие образования»', 5100, 1100, 4000, 4600, 1200, 3400],
      ['1.1', 'Функционирование школ', 3000, 600, e7, 2800, 700, 2100],
      ['1.2', 'Функционирование садов', 2100, 500, 1600, 1800, 500, 1300],
      ['2', 'МП «Развитие культуры»', 480, 380, 100, 390, 380, 10],
      ['2.1', 'Развитие культуры', 480, 380, 100, 390, 380, 10],
      [null, 'Озеленение территории', 120, 120, 0, 120, 120, 0],
      [null, 'Всего расходов по муниципальным программам', 5700, 1600, 4100, 5110, 1700, 3410],
    ], { merges: ['C3:E3', 'F3:H3'] }),
  );

/**
 * A wrong figure is seen by every reading of its table: it must not make the engine choose
 * another reading (on a real budget, one swapped figure flipped the table from its structure to
 * a layout whose grand totals add the column numbers: ten false errors; the acceptance script's
 * planted run guards that workbook).
 */
it('one wrong figure does not change how the table is read, and is its only error', () => {
  const clean = checkWorkbook(build(2400));
  const wrong = checkWorkbook(build(2040));
  expect(clean.findings).toEqual([]);
  expect(wrong.tables.map((t) => [t.layout, t.range])).toEqual(clean.tables.map((t) => [t.layout, t.range]));
  // the programme's 2021 grants (E6) and the activity's 2021 total (C7): the two relations E7 is in
  expect(wrong.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['sum-mismatch E6', 'sum-mismatch C7']);
  const [c] = wrong.corrections;
  expect(c.status === 'found' && c.correction.cells.map((x) => `${x.cell} ${x.from} → ${x.to}`)).toEqual(['E7 2040 → 2400']);
});
