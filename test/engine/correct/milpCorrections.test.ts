import loadHighs from 'highs';
import { join } from 'node:path';
import { checkWorkbook, detectTables, highsSolver, type HighsLike, type LpSolver, type WorkbookSnapshot } from '../../../src/engine';
import { readSnapshot } from '../../../src/cli/readSnapshot';
import { closingSearch } from '../../../src/engine/correct/closingSearch';
import { CorrectionProblem } from '../../../src/engine/correct/CorrectionProblem';
import { milpCorrections } from '../../../src/engine/correct/milpCorrections';
import { settlesAll } from '../../../src/engine/correct/searchCorrections';
import { FIXTURES } from '../../support/fixtures';

/** The integer program over HiGHS (WebAssembly), on the acceptance workbook's task 2 block. */
describe('the solver path', () => {
  let solver: LpSolver;
  let problem: CorrectionProblem;
  beforeAll(async () => {
    solver = highsSolver((await loadHighs()) as unknown as HighsLike);
    const snapshot = await readSnapshot(join(FIXTURES, 'kozhevnikovo-programme.xlsx'));
    const { sheets } = detectTables(snapshot);
    const s = sheets.find((x) => x.context.grid.name === 'Приложение 2')!;
    const built = CorrectionProblem.build(s.tables[0], s.context.grid, s.context.figures);
    if (!built.ok) throw new Error(built.reason);
    problem = built.problem;
  });

  it('finds corrections as small as the search does, each settling every relation exactly', () => {
    const search = closingSearch(problem)!;
    const size = search.solutions[0].size;
    const now = () => Date.now();
    const milp = milpCorrections(problem, solver, now() + 30_000, now);
    if (milp.status !== 'found') throw new Error(milp.reason);
    expect(milp.corrections.length).toBeGreaterThanOrEqual(2);
    for (const c of milp.corrections) {
      expect(c.size).toBe(size);
      expect(settlesAll(problem, c)).toBe(true);
    }
    // each one asked for is a different set of cells
    const sets = milp.corrections.map((c) => [...c.keys()].sort((a, b) => a - b).join(','));
    expect(new Set(sets).size).toBe(sets.length);
  });

  it('gives up on time, not with a wrong answer', () => {
    const now = () => Date.now();
    expect(milpCorrections(problem, solver, now() - 1, now)).toEqual({ status: 'gave-up', reason: 'time' });
  });

  it('reads an infeasible model as infeasible', () => {
    expect(solver.solve('Minimize\n obj: x\nSubject To\n c: x >= 2\nBounds\n 0 <= x <= 1\nEnd', { timeLimitSeconds: 5 }).status).toBe('infeasible');
  });
});

/** 200 activities by four years, one figure negative (so a correction may go below zero), ten slips of sizes no two subsets share. */
function tenSlips(): { workbook: WorkbookSnapshot; planted: string[] } {
  const values: (string | number)[][] = [['Ресурсное обеспечение, тыс. руб.'], ['Наименование', 'Всего', '2024', '2025', '2026', '2027']];
  const sums = [0, 0, 0, 0, 0];
  const planted: string[] = [];
  for (let i = 1; i <= 200; i++) {
    const years = [i % 97, (i * 7) % 89, (i * 13) % 83, (i * 3) % 79].map((x) => x * 10 + 5);
    if (i === 1) years[0] = -5;
    const total = years.reduce((a, b) => a + b, 0);
    years.forEach((y, k) => (sums[k + 1] += y));
    sums[0] += total;
    if (i % 20 === 0) {
      const k = planted.length % 4;
      years[k] += 10 * 2 ** planted.length;
      planted.push(`${'CDEF'[k]}${values.length + 1}`);
    }
    values.push([`Мероприятие ${i}`, total, ...years]);
  }
  values.push(['Итого', ...sums]);
  return { workbook: { sheets: [{ name: 'Приложение 2', values }] }, planted };
}

describe('a check corrected with a solver afterwards', () => {
  it('corrects the tables that needed one, without finding the tables again, and points their findings to it', async () => {
    const solver = highsSolver((await loadHighs()) as unknown as HighsLike);
    const { workbook, planted } = tenSlips();
    const first = checkWorkbook(workbook, { corrections: { perTableMs: 300 } });
    expect(first.corrections.map((c) => c.status === 'gave-up' && c.reason)).toEqual(['no-solver']);
    const after = first.correctedWith(solver);
    const [c] = after.corrections;
    if (c.status !== 'found') throw new Error(c.reason);
    expect(c.method).toBe('solver');
    expect(c.correction.cells.map((x) => x.cell).sort()).toEqual([...planted].sort());
    expect(after.tables).toBe(first.tables);
    expect(after.findings.filter((f) => f.severity === 'error').every((f) => f.params.correction?.table === c.tableId)).toBe(true);
    // nothing left to correct: the same result
    expect(after.correctedWith(solver)).toBe(after);
  });
});
