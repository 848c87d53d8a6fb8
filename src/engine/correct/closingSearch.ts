import { within, type CorrectionProblem } from './CorrectionProblem';
import type { Changes } from './searchCorrections';

/** Bounds on the search: cells in a correction, nodes visited, corrections collected. */
export const CLOSING_LIMITS = { cells: 12, nodes: 200_000, solutions: 24 };

export interface ClosingResult {
  /** The smallest corrections found (all of the same size), up to {@link CLOSING_LIMITS.solutions}. */
  readonly solutions: readonly Changes[];
  /** False when the search stopped before it had every correction of that size. */
  readonly complete: boolean;
}

/**
 * The smallest corrections in which each changed cell makes a failing relation add up
 * exactly: as a finance officer corrects a table, one total at a time. Depth-first with
 * iterative deepening on the number of cells, starting at a lower bound (failing relations
 * that share no cell each need a cell of their own); at each step the failing relation with
 * the fewest cells left is settled by each of its cells in turn, the cells that settle more
 * and break less first. The first size with a correction is the smallest of this kind (the
 * bound makes the size it starts at certain). Undefined when the node budget runs out before
 * a correction is found (or `late` says time is up), or none exists within
 * {@link CLOSING_LIMITS.cells}: the solver's turn.
 */
export function closingSearch(problem: CorrectionProblem, limits = CLOSING_LIMITS, late: () => boolean = () => false, allowed?: ReadonlySet<number>): ClosingResult | undefined {
  const { rows, rowsOf } = problem;
  const residual = rows.map((r) => r.r0);
  const fixedIn = new Int32Array(rows.length);
  const failing = new Set<number>();
  rows.forEach((r, i) => within(r, residual[i]) || failing.add(i));
  const changes = new Map<number, bigint>();
  // a variable's weight in a relation: by position for short relations, by a map for long ones
  const weightMaps = new Map<number, Map<number, number>>();
  const coefOf = (row: number, v: number) => {
    const r = rows[row];
    if (r.vars.length <= 16) return r.coefs[r.vars.indexOf(v)];
    let m = weightMaps.get(row);
    if (!m) weightMaps.set(row, (m = new Map(r.vars.map((x, k) => [x, r.coefs[k]]))));
    return m.get(v) ?? 0;
  };
  const apply = (v: number, d: bigint, sign: 1 | -1) => {
    for (const i of rowsOf[v]) {
      residual[i] += BigInt(coefOf(i, v)) * d * BigInt(sign);
      fixedIn[i] += sign;
      if (within(rows[i], residual[i])) failing.delete(i);
      else failing.add(i);
    }
    if (sign > 0) changes.set(v, d);
    else changes.delete(v);
  };
  const free = (i: number) => rows[i].vars.length - fixedIn[i];
  const lowerBound = (): number => {
    const marked = new Set<number>();
    let count = 0;
    const order = [...failing].filter((i) => free(i) <= 64).sort((a, b) => free(a) - free(b));
    for (const i of order) {
      const vs = rows[i].vars.filter((v) => !changes.has(v));
      if (vs.some((v) => marked.has(v))) continue;
      for (const v of vs) marked.add(v);
      count++;
    }
    // relations too long to pack still need a cell when none of the packed ones can serve them
    return count === 0 && failing.size > 0 ? 1 : count;
  };
  let nodes = 0;
  let aborted = false;
  const found = new Map<string, Changes>();
  const dfs = (left: number): void => {
    if (aborted || found.size >= limits.solutions) return;
    if (++nodes > limits.nodes || (nodes % 1024 === 0 && late())) {
      aborted = true;
      return;
    }
    if (failing.size === 0) {
      const key = [...changes.keys()].sort((a, b) => a - b).join(',');
      if (!found.has(key)) found.set(key, new Map(changes));
      return;
    }
    if (left === 0 || lowerBound() > left) return;
    let pick = -1;
    for (const i of failing) if (pick < 0 || free(i) < free(pick)) pick = i;
    const row = rows[pick];
    const options: { v: number; d: bigint; score: number }[] = [];
    row.vars.forEach((v, k) => {
      if (changes.has(v) || (allowed && !allowed.has(v))) return;
      const a = BigInt(row.coefs[k]);
      const r = residual[pick];
      if (r % a !== 0n) return;
      const d = -r / a;
      if (d === 0n) return;
      const floor = problem.floorOf(v);
      if (floor !== undefined && d < floor) return;
      let score = 0;
      for (const i of rowsOf[v]) {
        const after = residual[i] + BigInt(coefOf(i, v)) * d;
        const was = within(rows[i], residual[i]);
        const now = within(rows[i], after);
        if (!was && now) score++;
        else if (was && !now) score--;
      }
      options.push({ v, d, score });
    });
    options.sort((a, b) => b.score - a.score);
    for (const { v, d } of options) {
      apply(v, d, 1);
      dfs(left - 1);
      apply(v, d, -1);
      if (aborted || found.size >= limits.solutions) return;
    }
  };
  for (let k = Math.max(1, lowerBound()); k <= limits.cells; k++) {
    dfs(k);
    if (found.size > 0) return { solutions: [...found.values()], complete: !aborted && found.size < limits.solutions };
    if (aborted) return undefined;
  }
  return undefined;
}
