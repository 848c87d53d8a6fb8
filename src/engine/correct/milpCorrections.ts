import type { CorrectionProblem } from './CorrectionProblem';
import type { LpSolver } from './LpSolver';
import { settlesAll, type Changes } from './searchCorrections';

export type MilpResult =
  | { readonly status: 'found'; readonly corrections: readonly Changes[]; readonly complete: boolean }
  | { readonly status: 'gave-up'; readonly reason: 'too-large' | 'time' | 'none-consistent' };

/** Bounds on the integer program of one table. */
export const MILP_LIMITS = {
  variables: 20_000,
  /** Largest residual the solver's doubles carry exactly, in units. */
  magnitude: 2 ** 50,
  /** Equally small corrections asked for beyond the first. */
  alternatives: 2,
};

/**
 * The fewest changed cells that make every constraint hold, by integer programming:
 * a change `d_i` (whole units) and a switch `z_i` per variable, `-M z_i ≤ d_i ≤ M z_i`, every
 * constraint within its bounds, minimise `Σ z_i`. The solver finds which cells; their exact
 * values come from a second, small program on those cells only (the residuals of the
 * constraints as small as possible: exact sums where the figures allow), checked again in
 * exact integers. Then up to {@link MILP_LIMITS.alternatives} equally small corrections, each
 * excluded from the next solve.
 */
export function milpCorrections(problem: CorrectionProblem, solver: LpSolver, deadline: number, now: () => number, allowed?: ReadonlySet<number>): MilpResult {
  const n = problem.vars.length;
  const use = (v: number) => !allowed || allowed.has(v);
  if ((allowed?.size ?? n) > MILP_LIMITS.variables) return { status: 'gave-up', reason: 'too-large' };
  let bigM = 1n;
  for (const row of problem.rows) {
    const abs = row.r0 < 0n ? -row.r0 : row.r0;
    if (abs > BigInt(MILP_LIMITS.magnitude) || row.tol > BigInt(MILP_LIMITS.magnitude)) return { status: 'gave-up', reason: 'too-large' };
    if (row.failing) bigM += abs;
    bigM += row.tol;
  }
  bigM *= 2n;
  if (bigM > BigInt(MILP_LIMITS.magnitude)) return { status: 'gave-up', reason: 'too-large' };
  const M = Number(bigM);
  const base = supportModel(problem, M, use);
  if (!base) return { status: 'gave-up', reason: 'none-consistent' };
  const found: Changes[] = [];
  const cuts: string[] = [];
  let size = Infinity;
  let complete = true;
  for (let round = 0; round <= MILP_LIMITS.alternatives; round++) {
    const left = (deadline - now()) / 1000;
    if (left <= 0.01) {
      if (found.length === 0) return { status: 'gave-up', reason: 'time' };
      complete = false;
      break;
    }
    const extra = size === Infinity ? [] : [` size: ${sumOf(range(n).filter(use).map((i) => `z${i}`))} <= ${size}`];
    const outcome = solver.solve(withRows(base, [...extra, ...cuts]), { timeLimitSeconds: left });
    if (outcome.status === 'infeasible') {
      if (found.length === 0) return { status: 'gave-up', reason: 'none-consistent' };
      break;
    }
    if (outcome.status !== 'optimal') {
      if (found.length === 0) return { status: 'gave-up', reason: outcome.status === 'time-limit' ? 'time' : 'too-large' };
      complete = false;
      break;
    }
    const support = range(n).filter((i) => use(i) && ((outcome.values.get(`z${i}`) ?? 0) > 0.5 || Math.abs(outcome.values.get(`d${i}`) ?? 0) >= 0.5));
    if (support.length === 0) break;
    if (size === Infinity) size = support.length;
    if (support.length > size) break;
    const changes = exactValues(problem, support, solver, Math.max(0.05, (deadline - now()) / 1000));
    if (changes) found.push(changes);
    cuts.push(` cut${round}: ${sumOf(support.map((i) => `z${i}`))} <= ${support.length - 1}`);
  }
  if (found.length === 0) return { status: 'gave-up', reason: 'none-consistent' };
  return { status: 'found', corrections: found, complete };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** `a + b - c`, broken into lines the LP reader takes. */
function sumOf(terms: readonly string[]): string {
  let out = '';
  terms.forEach((t, k) => {
    out += k === 0 ? t : ` + ${t}`;
    if (k % 20 === 19) out += '\n  ';
  });
  return out || '0 z0';
}

function linear(coefs: readonly number[], names: readonly string[]): string {
  let out = '';
  coefs.forEach((c, k) => {
    const sign = c < 0 ? '-' : '+';
    out += `${k === 0 && c >= 0 ? '' : ` ${sign} `}${Math.abs(c) === 1 ? '' : `${Math.abs(c)} `}${names[k]}`;
    if (k % 20 === 19) out += '\n  ';
  });
  return out;
}

interface Model {
  readonly head: string;
  readonly tail: string;
}

function withRows(model: Model, rows: readonly string[]): string {
  return `${model.head}${rows.length ? `\n${rows.join('\n')}` : ''}\n${model.tail}`;
}

/** The support program: which cells change (only the `use`d variables; undefined when a failing relation has none). */
function supportModel(problem: CorrectionProblem, M: number, use: (v: number) => boolean): Model | undefined {
  const vars = range(problem.vars.length).filter(use);
  const lines: string[] = ['Minimize', ` obj: ${sumOf(vars.map((i) => `z${i}`))}`, 'Subject To'];
  for (let r = 0; r < problem.rows.length; r++) {
    const row = problem.rows[r];
    const coefs: number[] = [];
    const names: string[] = [];
    row.vars.forEach((v, k) => {
      if (!use(v)) return;
      coefs.push(row.coefs[k]);
      names.push(`d${v}`);
    });
    if (coefs.length === 0) {
      if (row.failing) return undefined;
      continue;
    }
    const body = linear(coefs, names);
    const r0 = Number(row.r0);
    const tol = Number(row.tol);
    if (row.sense !== 'le') lines.push(` r${r}l: ${body} >= ${-tol - r0}`);
    if (row.sense !== 'ge') lines.push(` r${r}h: ${body} <= ${tol - r0}`);
  }
  for (const i of vars) {
    lines.push(` u${i}: d${i} - ${M} z${i} <= 0`);
    lines.push(` w${i}: d${i} + ${M} z${i} >= 0`);
  }
  const tail: string[] = ['Bounds'];
  for (const i of vars) {
    const floor = problem.floorOf(i);
    tail.push(` ${floor === undefined ? -M : Math.max(-M, Number(floor))} <= d${i} <= ${M}`);
  }
  tail.push('Generals', ` ${vars.map((i) => `d${i}`).join(' ')}`, 'Binaries', ` ${vars.map((i) => `z${i}`).join(' ')}`, 'End');
  return { head: lines.join('\n'), tail: tail.join('\n') };
}

/**
 * The values of the changed cells: on the support only, residuals as small as possible
 * (`p_r + n_r` per constraint, within its bounds), in whole units; checked exactly.
 */
function exactValues(problem: CorrectionProblem, support: readonly number[], solver: LpSolver, seconds: number): Changes | undefined {
  const inSupport = new Set(support);
  const rows = new Set<number>();
  for (const v of support) for (const r of problem.rowsOf[v]) rows.add(r);
  const lines: string[] = ['Minimize'];
  const slack: string[] = [];
  const cons: string[] = [];
  const bounds: string[] = [];
  for (const r of rows) {
    const row = problem.rows[r];
    const names: string[] = [];
    const coefs: number[] = [];
    row.vars.forEach((v, k) => {
      if (inSupport.has(v)) {
        names.push(`d${v}`);
        coefs.push(row.coefs[k]);
      }
    });
    const r0 = Number(row.r0);
    const tol = Number(row.tol);
    if (row.sense === 'eq') {
      // r0 + Σ a d = p − n
      cons.push(` e${r}: ${linear([...coefs, -1, 1], [...names, `p${r}`, `n${r}`])} = ${-r0}`);
      bounds.push(` 0 <= p${r} <= ${tol}`, ` 0 <= n${r} <= ${tol}`);
      slack.push(`p${r}`, `n${r}`);
    } else if (row.sense === 'le') cons.push(` e${r}: ${linear(coefs, names)} <= ${tol - r0}`);
    else cons.push(` e${r}: ${linear(coefs, names)} >= ${-tol - r0}`);
  }
  lines.push(` obj: ${slack.length ? sumOf(slack) : `0 d${support[0]}`}`, 'Subject To', ...cons, 'Bounds', ...bounds);
  for (const v of support) {
    const floor = problem.floorOf(v);
    lines.push(floor === undefined ? ` d${v} free` : ` d${v} >= ${Number(floor)}`);
  }
  lines.push('Generals', ` ${support.map((v) => `d${v}`).join(' ')}`, 'End');
  const outcome = solver.solve(lines.join('\n'), { timeLimitSeconds: seconds });
  if (outcome.status !== 'optimal') return undefined;
  const changes = new Map<number, bigint>();
  for (const v of support) {
    const d = BigInt(Math.round(outcome.values.get(`d${v}`) ?? 0));
    if (d !== 0n) changes.set(v, d);
  }
  return changes.size === support.length && settlesAll(problem, changes) ? changes : undefined;
}

/**
 * The fewest changed cells when each change is one a finance officer would make: a cell set
 * to the figure that makes one of its failing relations add up exactly, decided for all cells
 * at once (a 0-1 program: one switch per cell and candidate figure, no big-M). Much tighter
 * than the general program, so it settles cases the step-by-step search cannot order (ten
 * slips across a 2,000-row table); the general program covers the rest.
 */
export function candidateCorrection(problem: CorrectionProblem, solver: LpSolver, deadline: number, now: () => number, allowed?: ReadonlySet<number>): Changes | undefined {
  const candidates = new Map<number, bigint[]>();
  for (const i of problem.failing) {
    const row = problem.rows[i];
    row.vars.forEach((v, k) => {
      if (allowed && !allowed.has(v)) return;
      const a = BigInt(row.coefs[k]);
      if (row.r0 % a !== 0n) return;
      const d = -row.r0 / a;
      const list = candidates.get(v) ?? [];
      const floor = problem.floorOf(v);
      if (d !== 0n && !list.includes(d) && (floor === undefined || d >= floor)) list.push(d);
      candidates.set(v, list);
    });
  }
  const names: string[] = [];
  const valueOf = new Map<string, { v: number; d: bigint }>();
  for (const [v, ds] of candidates) ds.forEach((d, k) => {
    const name = `y${v}_${k}`;
    names.push(name);
    valueOf.set(name, { v, d });
  });
  if (names.length === 0 || names.length > MILP_LIMITS.variables) return undefined;
  for (const { d } of valueOf.values()) if ((d < 0n ? -d : d) > BigInt(MILP_LIMITS.magnitude)) return undefined;
  const lines: string[] = ['Minimize', ` obj: ${sumOf(names)}`, 'Subject To'];
  problem.rows.forEach((row, r) => {
    const coefs: number[] = [];
    const terms: string[] = [];
    row.vars.forEach((v, k) => {
      (candidates.get(v) ?? []).forEach((d, j) => {
        coefs.push(row.coefs[k] * Number(d));
        terms.push(`y${v}_${j}`);
      });
    });
    if (coefs.length === 0) return;
    const body = linear(coefs, terms);
    if (row.sense !== 'le') lines.push(` r${r}l: ${body} >= ${-Number(row.tol) - Number(row.r0)}`);
    if (row.sense !== 'ge') lines.push(` r${r}h: ${body} <= ${Number(row.tol) - Number(row.r0)}`);
  });
  for (const [v, ds] of candidates) if (ds.length > 1) lines.push(` one${v}: ${sumOf(ds.map((_, j) => `y${v}_${j}`))} <= 1`);
  lines.push('Binaries', ` ${names.join(' ')}`, 'End');
  const left = (deadline - now()) / 1000;
  if (left <= 0.01) return undefined;
  const outcome = solver.solve(lines.join('\n'), { timeLimitSeconds: left });
  if (outcome.status !== 'optimal') return undefined;
  const changes = new Map<number, bigint>();
  for (const [name, { v, d }] of valueOf) if ((outcome.values.get(name) ?? 0) > 0.5) changes.set(v, d);
  return changes.size > 0 && settlesAll(problem, changes) ? changes : undefined;
}
