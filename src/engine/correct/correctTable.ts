import { compressToRanges, toA1 } from '../address';
import { partsOf } from '../check/Relation';
import type { DetectedTable } from '../detect/Table';
import type { SheetFigures } from '../numbers/SheetFigures';
import type { SheetGrid } from '../snapshot';
import type { CellChange, Correction, CorrectionBasis, SlipKind, TableCorrection } from './Correction';
import { CorrectionProblem, residualOf } from './CorrectionProblem';
import type { LpSolver } from './LpSolver';
import { candidateCorrection, milpCorrections } from './milpCorrections';
import { closingSearch } from './closingSearch';
import { settlesAll, shownDigits, singleCorrections, type Changes } from './searchCorrections';
import { slipOf } from './slipOf';

export interface CorrectOptions {
  /** The integer-programming solver, for corrections the search cannot find; without it such a table says so (`no-solver`). */
  readonly solver?: LpSolver;
  /** When to give up (a `now()` reading). */
  readonly deadline: number;
  readonly now: () => number;
}

/**
 * One table's correction (see {@link TableCorrection}); undefined when every relation holds.
 * One cell is tried first (every cell, exactly), then a search that settles one failing relation
 * at a time, then the solver.
 */
export function correctTable(table: DetectedTable, grid: SheetGrid, figures: SheetFigures, options: CorrectOptions): TableCorrection | undefined {
  const built = CorrectionProblem.build(table, grid, figures);
  if (!built.ok) {
    if (built.reason === 'nothing-failing') return undefined;
    return { tableId: table.id, sheet: table.sheet, status: 'gave-up', reason: built.reason, settles: 0 };
  }
  const problem = built.problem;
  const gaveUp = (reason: 'too-large' | 'time' | 'none-consistent' | 'no-solver'): TableCorrection => ({ tableId: table.id, sheet: table.sheet, status: 'gave-up', reason, settles: 0 });
  let candidates: Changes[] = singleCorrections(problem);
  let method: 'search' | 'solver' = 'search';
  let complete = true;
  const core = coreOf(problem);
  if (candidates.length === 0) {
    if (options.now() >= options.deadline) return gaveUp('time');
    // the search gets a quarter of the time; the solver the rest
    const start = options.now();
    const searchEnd = options.solver ? start + (options.deadline - start) / 4 : options.deadline;
    const closing = closingSearch(problem, undefined, () => options.now() >= searchEnd, core);
    if (closing) {
      candidates = [...closing.solutions];
      complete = closing.complete;
    }
  }
  if (candidates.length === 0) {
    if (!options.solver) return gaveUp('no-solver');
    method = 'solver';
    const quick = candidateCorrection(problem, options.solver, options.deadline, options.now, core);
    if (quick) {
      // the fewest cells among changes that each make a relation add up; others as small may exist
      candidates = [quick];
      complete = false;
    } else {
      const milp = milpCorrections(problem, options.solver, options.deadline, options.now, core);
      if (milp.status === 'gave-up') return gaveUp(milp.reason);
      candidates = [...milp.corrections];
      complete = milp.complete;
    }
  }
  const described = candidates.map((c) => describe(problem, tidy(problem, c), table, grid));
  const keys = described.map(({ correction, totals }) => rankKey(correction, totals));
  // a sign counts only where it singles a correction out: slips in several of them tell nothing
  for (const k of [0, 1, 2]) {
    const top = Math.max(...keys.map((key) => key[k]));
    if (top > 0 && keys.filter((key) => key[k] === top).length > 1) for (const key of keys) key[k] = 0;
  }
  const ranked = described.map(({ correction }, i) => ({ d: correction, i, key: keys[i] })).sort((a, b) => compareKeys(b.key, a.key) || a.i - b.i);
  const best = ranked[0];
  const second = ranked[1];
  let basis: CorrectionBasis = 'only';
  if (second) {
    const k = best.key.findIndex((x, j) => x !== second.key[j]);
    basis = k === 0 ? 'formula' : k === 1 || k === 2 ? 'slip' : k === 4 ? 'totals' : 'first';
  }
  return {
    tableId: table.id,
    sheet: table.sheet,
    status: 'found',
    correction: best.d,
    alternatives: ranked.length - 1,
    ...(complete ? {} : { alternativesMore: true }),
    others: ranked.slice(1, 4).map((r) => r.d),
    basis,
    settles: problem.failing.length,
    method,
  };
}

/** Relations longer than this are not searched cell by cell: only their cells that another failing relation shares. */
const SHORT = 64;

/**
 * The cells a correction is looked for among, in a large table: the cells of short failing
 * relations, the cells two failing relations share, and the totals of failing relations.
 * A cell of one long failing relation alone (a figure of a 2,000-row column whose own row
 * adds up) would break its row if changed: never the fewest. Every cell, in a small table.
 */
function coreOf(problem: CorrectionProblem): ReadonlySet<number> | undefined {
  if (problem.vars.length <= 400) return undefined;
  const core = new Set<number>();
  const seen = new Set<number>();
  for (const i of problem.failing) {
    const row = problem.rows[i];
    const short = row.vars.length <= SHORT;
    for (const v of row.vars) {
      const cell = problem.vars[v].cell;
      if (short || seen.has(v) || (cell.row === row.relation.totalRow && cell.col === row.relation.totalCol)) core.add(v);
      seen.add(v);
    }
  }
  return core;
}

/**
 * Each changed cell's value made natural where every relation still holds: a changed total
 * equal to the exact sum of its parts (not merely within rounding of it), then written in the
 * digits the cell shows.
 */
function tidy(problem: CorrectionProblem, changes: Changes): Changes {
  let out = new Map(changes);
  const tryChange = (v: number, d: bigint) => {
    if (d === 0n || d === out.get(v)) return false;
    const next = new Map(out).set(v, d);
    if (!settlesAll(problem, next)) return false;
    out = next;
    return true;
  };
  const coef = (i: number, v: number) => BigInt(problem.rows[i].coefs[problem.rows[i].vars.indexOf(v)]);
  for (const v of changes.keys()) {
    for (const i of problem.rowsOf[v]) {
      const row = problem.rows[i];
      const total = row.relation.totalRow === problem.vars[v].cell.row && row.relation.totalCol === problem.vars[v].cell.col;
      if (!total || row.sense !== 'eq') continue;
      const a = coef(i, v);
      const r = residualOf(row, out);
      if (r === 0n || r % a !== 0n) continue;
      const delta = -r / a;
      if (tryChange(v, (out.get(v) ?? 0n) + delta)) continue;
      // the same move for the changed cells tied to it by an exact relation of the two (a row's total and its one source)
      const next = new Map(out).set(v, (out.get(v) ?? 0n) + delta);
      for (const j of problem.rowsOf[v]) {
        if (j === i || residualOf(problem.rows[j], out) !== 0n) continue;
        const others = problem.rows[j].vars.filter((u) => u !== v && out.has(u));
        if (others.length !== 1) continue;
        const u = others[0];
        const num = -coef(j, v) * delta;
        if (num % coef(j, u) === 0n) next.set(u, (next.get(u) ?? 0n) + num / coef(j, u));
      }
      if (settlesAll(problem, next)) out = next;
    }
  }
  for (const [v, d] of out) tryChange(v, shownDigits(problem, v, d, { lo: d - (1n << 100n), hi: d + (1n << 100n) }));
  return out;
}

/** Ranking: formula rewrites, slips in the digits, typed totals, blanks left alone, totals changed (more is better for each). */
function rankKey(c: Correction, totals: number): number[] {
  const rewrites = c.cells.filter((x) => x.formula).length;
  // a slip in the digits says something of the figure; a typed total, only of how the cell is written
  const slips = c.cells.filter((x) => x.slip && x.slip !== 'typed-total').length;
  const typed = c.cells.filter((x) => x.slip === 'typed-total').length;
  const blanks = c.cells.filter((x) => x.from === null).length;
  return [rewrites, slips, typed, -blanks, totals];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** A problem's changes as cells, in sheet order, with the signs of a typing slip. */
function describe(problem: CorrectionProblem, changes: Changes, table: DetectedTable, grid: SheetGrid): { correction: Correction; totals: number } {
  const formulaTotals = table.relations.some((r) => grid.formulaAt(r.totalRow, r.totalCol) !== undefined);
  const cells: ({ -readonly [K in keyof CellChange]: CellChange[K] } & { total: boolean; row: number; col: number })[] = [];
  for (const [v, d] of changes) {
    const variable = problem.vars[v];
    const from = variable.stated ? problem.decimal(variable.value) : null;
    const to = problem.decimal(variable.value + d);
    let slip: SlipKind | undefined;
    let formula: string | undefined;
    if (variable.kind === 'rewrite' && variable.rewriteOf) formula = `=SUM(${compressToRanges(partsOf(variable.rewriteOf)).join(',')})`;
    else {
      slip = slipOf(from, to, variable.decimals);
      if (!slip && variable.isTotal && variable.stated && formulaTotals) slip = 'typed-total';
    }
    cells.push({ cell: toA1(variable.cell), from, to, ...(formula ? { formula } : {}), ...(slip ? { slip } : {}), ...(variable.stated ? { decimals: variable.decimals } : {}), total: variable.isTotal, row: variable.cell.row, col: variable.cell.col });
  }
  // a figure typed one row (or column) off: its value is what another changed cell should hold
  for (const a of cells) {
    // (a figure that is another cell's, one digit apart from its own, is that other cell's figure)
    if ((a.slip && a.slip !== 'one-digit') || a.formula || a.from === null) continue;
    const b = cells.find((x) => x !== a && x.to === a.from && (x.row === a.row || x.col === a.col));
    if (b) a.slip = 'wrong-cell';
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  const follow: CellChange[] = [];
  for (const f of problem.followers.values()) {
    let d = 0n;
    for (const [v, w] of f.weights) d += BigInt(w) * (changes.get(v) ?? 0n);
    if (d !== 0n) follow.push({ cell: toA1(f.cell), from: problem.decimal(f.value), to: problem.decimal(f.value + d), ...(f.decimals !== undefined ? { decimals: f.decimals } : {}) });
  }
  return {
    correction: { cells: cells.map(({ total: _total, row: _row, col: _col, ...change }) => change), follow },
    totals: cells.filter((c) => c.total).length,
  };
}
