import { residualOf, within, type CorrectionProblem } from './CorrectionProblem';

/** Changes by variable (its index in the problem), in units of the problem's scale. */
export type Changes = ReadonlyMap<number, bigint>;

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function ceilDiv(a: bigint, b: bigint): bigint {
  return -floorDiv(-a, b);
}

/**
 * The changes of one variable that keep every constraint it is in within bounds, given the
 * constraints' residuals now: an interval (both ends included), or undefined when empty.
 */
function interval(problem: CorrectionProblem, v: number, residual: (row: number) => bigint): { lo: bigint; hi: bigint } | undefined {
  let lo: bigint | undefined;
  let hi: bigint | undefined;
  for (const i of problem.rowsOf[v]) {
    const row = problem.rows[i];
    const a = BigInt(row.coefs[row.vars.indexOf(v)]);
    const r = residual(i);
    // lowR ≤ r + a·d ≤ highR
    const lowR = row.sense === 'le' ? undefined : -row.tol;
    const highR = row.sense === 'ge' ? undefined : row.tol;
    let dLo: bigint | undefined;
    let dHi: bigint | undefined;
    if (a > 0n) {
      if (lowR !== undefined) dLo = ceilDiv(lowR - r, a);
      if (highR !== undefined) dHi = floorDiv(highR - r, a);
    } else {
      if (highR !== undefined) dLo = ceilDiv(highR - r, a);
      if (lowR !== undefined) dHi = floorDiv(lowR - r, a);
    }
    if (dLo !== undefined && (lo === undefined || dLo > lo)) lo = dLo;
    if (dHi !== undefined && (hi === undefined || dHi < hi)) hi = dHi;
    if (lo !== undefined && hi !== undefined && lo > hi) return undefined;
  }
  const floor = problem.floorOf(v);
  if (floor !== undefined && (lo === undefined || floor > lo)) lo = floor;
  if (lo !== undefined && hi !== undefined && lo > hi) return undefined;
  return { lo: lo ?? -(1n << 200n), hi: hi ?? 1n << 200n };
}

/**
 * The change of `v` within its interval that is most natural: the one that makes the first
 * failing constraint it is in add up exactly, else the smallest. Then, if the new value can be
 * written in the cell's own shown digits and stay within the interval, that value.
 */
function pick(problem: CorrectionProblem, v: number, range: { lo: bigint; hi: bigint }, failing: readonly number[], residual: (row: number) => bigint): bigint | undefined {
  let target: bigint | undefined;
  for (const i of failing) {
    const row = problem.rows[i];
    const k = row.vars.indexOf(v);
    if (k < 0) continue;
    const a = BigInt(row.coefs[k]);
    const r = residual(i);
    if (r % a === 0n) {
      target = -r / a;
      break;
    }
  }
  let d = target ?? 0n;
  if (d < range.lo) d = range.lo;
  if (d > range.hi) d = range.hi;
  if (d === 0n) return undefined; // no change is no correction
  return shownDigits(problem, v, d, range);
}

/** The change rounded so that the new value has no more digits than the cell shows, when that stays within range. */
export function shownDigits(problem: CorrectionProblem, v: number, d: bigint, range: { lo: bigint; hi: bigint }): bigint {
  const variable = problem.vars[v];
  const drop = problem.scale - variable.decimals;
  if (drop <= 0) return d;
  const unit = 10n ** BigInt(drop);
  const value = variable.value + d;
  const down = floorDiv(value, unit) * unit;
  for (const rounded of value - down * 2n < unit ? [down, down + unit] : [down + unit, down]) {
    const nd = rounded - variable.value;
    if (nd !== 0n && nd >= range.lo && nd <= range.hi) return nd;
  }
  return d;
}

/**
 * Every correction of one cell: each variable that is in every failing constraint and has a
 * change keeping all its constraints within bounds. Exact and complete (over the variables).
 */
export function singleCorrections(problem: CorrectionProblem): Changes[] {
  const residual = (i: number) => problem.rows[i].r0;
  const failing = problem.failing;
  if (failing.length === 0) return [];
  // variables in every failing constraint: start from the shortest
  const sorted = [...failing].sort((a, b) => problem.rows[a].vars.length - problem.rows[b].vars.length);
  let common = new Set(problem.rows[sorted[0]].vars);
  for (const i of sorted.slice(1)) {
    const next = new Set<number>();
    for (const v of problem.rows[i].vars) if (common.has(v)) next.add(v);
    common = next;
    if (common.size === 0) return [];
  }
  const out: Changes[] = [];
  for (const v of common) {
    const range = interval(problem, v, residual);
    if (!range) continue;
    const d = pick(problem, v, range, failing, residual);
    if (d !== undefined) out.push(new Map([[v, d]]));
  }
  return out;
}

/** Whether changes make every constraint of the problem hold. */
export function settlesAll(problem: CorrectionProblem, changes: Changes): boolean {
  const touched = new Set<number>();
  for (const v of changes.keys()) for (const i of problem.rowsOf[v]) touched.add(i);
  for (let i = 0; i < problem.rows.length; i++) {
    const row = problem.rows[i];
    if (!within(row, touched.has(i) ? residualOf(row, changes) : row.r0)) return false;
  }
  return true;
}
