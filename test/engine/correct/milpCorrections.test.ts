import loadHighs from 'highs';
import { join } from 'node:path';
import { detectTables, highsSolver, type HighsLike, type LpSolver } from '../../../src/engine';
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
