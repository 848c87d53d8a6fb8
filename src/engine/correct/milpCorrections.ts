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
export function milpCorrections(problem: CorrectionProblem, solver: LpSolver, deadline: number, now: () => number): MilpResult {
  const n = problem.vars.length;
  if (n > MILP_LIMITS.variables) return { status: 'gave-up', reason: 'too-large' };
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
  const base = supportModel(problem, M);
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
    const extra = size === Infinity ? [] : [` size: ${sumOf(range(n).map((i) => `z${i}`))} <= ${size}`];
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
    const support = range(n).filter((i) => (outcome.values.get(`z${i}`) ?? 0) > 0.5 || Math.abs(outcome.values.get(`d${i}`) ?? 0) >= 0.5);
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

/** The support program: which cells change. */
function supportModel(problem: CorrectionProblem, M: number): Model {
  const n = problem.vars.length;
  // every changed cell costs 1 (tie-breaking weights, tried, made the search many times longer)
  const lines: string[] = ['Minimize', ` obj: ${sumOf(range(n).map((i) => `z${i}`))}`, 'Subject To'];
  problem.rows.forEach((row, r) => {
    const body = linear(row.coefs, row.vars.map((v) => `d${v}`));
    const r0 = Number(row.r0);
    const tol = Number(row.tol);
    if (row.sense !== 'le') lines.push(` r${r}l: ${body} >= ${-tol - r0}`);
    if (row.sense !== 'ge') lines.push(` r${r}h: ${body} <= ${tol - r0}`);
  });
  for (let i = 0; i < n; i++) {
    lines.push(` u${i}: d${i} - ${M} z${i} <= 0`);
    lines.push(` w${i}: d${i} + ${M} z${i} >= 0`);
  }
  const tail: string[] = ['Bounds'];
  for (let i = 0; i < n; i++) tail.push(` -${M} <= d${i} <= ${M}`);
  tail.push('Generals', ` ${range(n).map((i) => `d${i}`).join(' ')}`, 'Binaries', ` ${range(n).map((i) => `z${i}`).join(' ')}`, 'End');
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
  for (const v of support) lines.push(` d${v} free`);
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
