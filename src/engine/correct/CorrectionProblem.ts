import { toA1, type CellAddress } from '../address';
import { evaluateRelation, toleranceOf } from '../check/evaluateRelation';
import { partsOf, type Relation } from '../check/Relation';
import type { DetectedTable } from '../detect/Table';
import { Dec, pow10, type Exact } from '../numbers';
import { AMOUNT, BIG_AMOUNT, DASH, EMPTY, type SheetFigures } from '../numbers/SheetFigures';
import type { SheetGrid } from '../snapshot';
import { readFormula, type LinearFormula } from './linearFormula';

/**
 * A cell a correction may change: a typed figure (or a blank or dash among figures), or a
 * formula total that may be rewritten (`rewrite`: its value is then free, as `=SUM` of the
 * relation's parts gives).
 */
export interface Variable {
  readonly cell: CellAddress;
  readonly kind: 'figure' | 'rewrite';
  /** Its value now, in units of the problem's scale (0 for a blank or a dash). */
  readonly value: bigint;
  /** Whether it holds a figure now (false: blank or dash). */
  readonly stated: boolean;
  /** Decimals shown now (the figure's precision); the problem's scale for a blank. */
  readonly decimals: number;
  /** Whether it is the total of some relation of the table. */
  readonly isTotal: boolean;
  /** For a rewrite: the relation whose parts the new formula adds. */
  readonly rewriteOf?: Relation;
}

/**
 * One relation as a linear constraint on the changes `d` of the variables:
 * `residual = r0 + Σ coefs[k] × d[vars[k]]`, which must be within `[-tol, tol]` (`eq`), at
 * most `tol` (`le`: an `из них` part) or at least `-tol` (`ge`: listed parts).
 */
export interface Constraint {
  readonly relation: Relation;
  readonly vars: readonly number[];
  readonly coefs: readonly number[];
  readonly r0: bigint;
  readonly tol: bigint;
  readonly sense: 'eq' | 'le' | 'ge';
  readonly failing: boolean;
}

/** Bounds on what a correction is built for: beyond them it says it gave up. */
export const PROBLEM_LIMITS = {
  /** Cells of relations read to build one table's problem. */
  cells: 2_000_000,
  /** Terms of formulas followed, over the table. */
  terms: 500_000,
};

export type ProblemResult = { readonly ok: true; readonly problem: CorrectionProblem } | { readonly ok: false; readonly reason: 'too-large' | 'nothing-failing' | 'none-consistent' };

/**
 * One table's relations as a system of linear constraints on cell changes, in exact scaled
 * integers (BigInt at one scale for the whole table). Only the cells that can matter are
 * variables: the cells of failing relations, then the totals of every relation they are in
 * (a changed figure moves its totals), to a fixed point; formula cells are followed to the
 * typed figures they read and never changed themselves (a formula that reads other cells
 * than its relation's parts may be rewritten instead).
 */
export class CorrectionProblem {
  private constructor(
    readonly table: DetectedTable,
    readonly scale: number,
    readonly vars: readonly Variable[],
    readonly rows: readonly Constraint[],
    /** For each variable, the constraints it is in. */
    readonly rowsOf: readonly (readonly number[])[],
    /** Formula cells whose value follows the variables: cell → weights by variable. */
    readonly followers: ReadonlyMap<number, { readonly cell: CellAddress; readonly value: bigint; readonly weights: ReadonlyMap<number, number>; readonly decimals?: number }>,
    /** No figure of the table's constraints is negative: a correction makes none negative either (a budget of −1 672,2 is no correction). */
    readonly nonNegative: boolean,
  ) {}

  /** The least change a variable may take: down to zero where figures are never negative. */
  floorOf(v: number): bigint | undefined {
    return this.nonNegative ? -this.vars[v].value : undefined;
  }

  get failing(): number[] {
    const out: number[] = [];
    this.rows.forEach((r, i) => r.failing && out.push(i));
    return out;
  }

  /** Whether a constraint holds after the changes. */
  holds(row: number, changes: ReadonlyMap<number, bigint>): boolean {
    return within(this.rows[row], residualOf(this.rows[row], changes));
  }

  /** A value in units as an exact decimal string. */
  decimal(units: bigint): string {
    return new Dec(units.toString()).div(new Dec(10).pow(this.scale)).toFixed();
  }

  static build(table: DetectedTable, grid: SheetGrid, figures: SheetFigures): ProblemResult {
    // the relations that can be checked, and how they fare now
    const kept: { relation: Relation; failing: boolean }[] = [];
    let cellCount = 0;
    for (const relation of table.relations) {
      cellCount += 1 + relation.partRows.length * relation.partCols.length;
      if (cellCount > PROBLEM_LIMITS.cells) return { ok: false, reason: 'too-large' };
      const o = evaluateRelation(relation, figures);
      if (o.status === 'exact' || o.status === 'rounding') kept.push({ relation, failing: false });
      else if (o.status === 'mismatch') kept.push({ relation, failing: true });
    }
    if (!kept.some((k) => k.failing)) return { ok: false, reason: 'nothing-failing' };
    const key = (c: CellAddress) => c.row * 16384 + c.col;
    const totals = new Set<number>();
    for (const { relation } of kept) totals.add(relation.totalRow * 16384 + relation.totalCol);
    const cellsOf = (r: Relation): CellAddress[] => [{ row: r.totalRow, col: r.totalCol }, ...partsOf(r)];
    // whether a relation holds one of some cells: a scan without allocation (a table may have 30,000 relations)
    const touches = (r: Relation, cells: ReadonlyMap<number, unknown> | ReadonlySet<number>): boolean => {
      if (cells.has(r.totalRow * 16384 + r.totalCol)) return true;
      for (const row of r.partRows) for (const col of r.partCols) if (cells.has(row * 16384 + col)) return true;
      return false;
    };
    // formulas, read once
    const readings = new Map<number, ReturnType<typeof readFormula> | null>();
    const readingOf = (c: CellAddress) => {
      const k = key(c);
      let r = readings.get(k);
      if (r === undefined) {
        const formula = grid.formulaAt(c.row, c.col);
        r = formula ? readFormula(formula) : null;
        // a formula of constants only (`=1213782.3+802653.9`) is a figure typed in another way: it may be changed
        if (r && r.kind === 'linear' && r.formula.terms.length === 0) r = null;
        readings.set(k, r);
      }
      return r;
    };
    // candidates: the cells of failing relations, then the totals of the relations they are in
    const candidates = new Map<number, CellAddress>();
    const addCell = (c: CellAddress) => {
      const k = key(c);
      if (candidates.has(k)) return false;
      candidates.set(k, c);
      return true;
    };
    for (const k of kept) if (k.failing) for (const c of cellsOf(k.relation)) addCell(c);
    const frozen = new Set<number>();
    // formula candidates pull in what they read; opaque formulas freeze what they read
    const pullFormulas = () => {
      let added = false;
      for (const c of [...candidates.values()]) {
        const r = readingOf(c);
        if (!r) continue;
        if (r.kind === 'opaque') for (const read of r.reads) frozen.add(key(read));
        else for (const t of r.formula.terms) added = addCell(t.cell) || added;
      }
      return added;
    };
    for (let round = 0; round < 6; round++) {
      let added = pullFormulas();
      const before = new Set(candidates.keys());
      for (const { relation: r } of kept) if (!before.has(r.totalRow * 16384 + r.totalCol) && touches(r, before)) added = addCell({ row: r.totalRow, col: r.totalCol }) || added;
      if (!added) break;
    }
    const seenRelation: number[] = [];
    kept.forEach(({ relation }, i) => touches(relation, candidates) && seenRelation.push(i));
    // one scale for the table's problem: the finest of the figures its constraints hold
    let scale = 0;
    let nonNegative = true;
    for (const i of seenRelation) {
      for (const c of cellsOf(kept[i].relation)) {
        const f = figures.at(c.row, c.col);
        if (f.kind !== 'amount') continue;
        scale = Math.max(scale, f.scale);
        if (f.units < 0n) nonNegative = false;
      }
    }
    // variables
    const vars: Variable[] = [];
    const varOf = new Map<number, number>();
    const unitsOf = (e: Exact) => e.units * pow10(scale - e.scale);
    for (const [k, c] of candidates) {
      if (frozen.has(k) || readingOf(c)) continue;
      const kind = figures.kindAt(c.row, c.col);
      if (kind !== AMOUNT && kind !== BIG_AMOUNT && kind !== DASH && kind !== EMPTY) continue;
      const f = figures.at(c.row, c.col);
      varOf.set(k, vars.length);
      vars.push({
        cell: c,
        kind: 'figure',
        value: f.kind === 'amount' ? unitsOf(f.exact) : 0n,
        stated: f.kind === 'amount',
        decimals: f.kind === 'amount' ? f.decimals : scale,
        isTotal: totals.has(k),
      });
    }
    // formula totals that read other cells than their relation's parts may be rewritten
    for (const [k, c] of candidates) {
      const r = readingOf(c);
      if (!r || r.kind !== 'linear' || frozen.has(k)) continue;
      // the relation it totals whose parts it reads most of (a SUM that leaves one out)
      const reads = new Set(r.formula.terms.map((t) => key(t.cell)));
      const overlap = (x: Relation) => partsOf(x).filter((p) => reads.has(key(p))).length;
      // never a formula that would read itself (a part that is computed from this cell)
      const readsCell = (p: CellAddress, depth = 0): boolean => {
        if (key(p) === k) return true;
        const pr = depth < 20 ? readingOf(p) : null;
        return pr !== null && (pr.kind === 'linear' ? pr.formula.terms.some((t) => readsCell(t.cell, depth + 1)) : pr.reads.some((q) => key(q) === k));
      };
      const own = kept
        .filter((x) => x.relation.totalRow === c.row && x.relation.totalCol === c.col && !sameCells(r.formula, x.relation) && !partsOf(x.relation).some((p) => readsCell(p)))
        .sort((a, b) => overlap(b.relation) - overlap(a.relation))[0];
      if (!own) continue;
      const f = figures.at(c.row, c.col);
      varOf.set(-k - 1, vars.length);
      vars.push({ cell: c, kind: 'rewrite', value: f.kind === 'amount' ? unitsOf(f.exact) : 0n, stated: f.kind === 'amount', decimals: f.kind === 'amount' ? f.decimals : scale, isTotal: true, rewriteOf: own.relation });
    }
    // a formula cell as weights on the variables
    let terms = 0;
    const expansions = new Map<number, Map<number, number> | null>();
    const expand = (c: CellAddress, depth = 0): Map<number, number> | null => {
      const k = key(c);
      const v = varOf.get(k);
      if (v !== undefined) return new Map([[v, 1]]);
      if (expansions.has(k)) return expansions.get(k) ?? null;
      expansions.set(k, null); // a circular reference follows nothing
      const r = readingOf(c);
      if (!r || r.kind !== 'linear' || depth > 50) return null;
      const out = new Map<number, number>();
      for (const t of r.formula.terms) {
        const e = expand(t.cell, depth + 1);
        if (!e) continue;
        for (const [vi, w] of e) out.set(vi, (out.get(vi) ?? 0) + w * t.weight);
      }
      const rw = varOf.get(-k - 1);
      if (rw !== undefined) out.set(rw, (out.get(rw) ?? 0) + 1);
      for (const [vi, w] of out) if (w === 0) out.delete(vi);
      terms += out.size;
      expansions.set(k, out);
      return out;
    };
    // constraints: the kept relations that hold a candidate
    const rows: Constraint[] = [];
    for (const i of seenRelation) {
      const { relation, failing } = kept[i];
      const weights = new Map<number, number>();
      let r0 = 0n;
      const addCellTerm = (c: CellAddress, sign: number) => {
        const f = figures.at(c.row, c.col);
        if (f.kind === 'amount') r0 += sign > 0 ? unitsOf(f.exact) : -unitsOf(f.exact);
        const e = expand(c);
        if (e) for (const [vi, w] of e) weights.set(vi, (weights.get(vi) ?? 0) + sign * w);
      };
      addCellTerm({ row: relation.totalRow, col: relation.totalCol }, 1);
      for (const row of relation.partRows) for (const col of relation.partCols) addCellTerm({ row, col }, -1);
      if (terms > PROBLEM_LIMITS.terms) return { ok: false, reason: 'too-large' };
      const entries = [...weights].filter(([, w]) => w !== 0);
      if (entries.length === 0 && !failing) continue;
      if (entries.length === 0) return { ok: false, reason: 'none-consistent' };
      const tolDec = toleranceOf(relation, figures).times(new Dec(10).pow(scale)).floor();
      rows.push({
        relation,
        vars: entries.map(([v]) => v),
        coefs: entries.map(([, w]) => w),
        r0,
        tol: BigInt(tolDec.toFixed(0)),
        sense: relation.kind === 'part-of' ? 'le' : relation.kind === 'listed-parts' ? 'ge' : 'eq',
        failing,
      });
    }
    const rowsOf: number[][] = vars.map(() => []);
    rows.forEach((r, i) => r.vars.forEach((v) => rowsOf[v].push(i)));
    // formula cells of the relations that follow the variables, for the preview
    const followers = new Map<number, { cell: CellAddress; value: bigint; weights: Map<number, number>; decimals?: number }>();
    for (const [k, c] of candidates) {
      const r = readingOf(c);
      if (!r || r.kind !== 'linear') continue;
      const e = expand(c);
      const f = figures.at(c.row, c.col);
      if (e && e.size > 0) followers.set(k, { cell: c, value: f.kind === 'amount' ? unitsOf(f.exact) : 0n, weights: e, ...(f.kind === 'amount' ? { decimals: f.decimals } : {}) });
    }
    return { ok: true, problem: new CorrectionProblem(table, scale, vars, rows, rowsOf, followers, nonNegative) };
  }
}

/** Whether a formula adds exactly its relation's parts, each once. */
function sameCells(formula: LinearFormula, relation: Relation): boolean {
  const parts = partsOf(relation);
  if (formula.terms.length !== parts.length) return false;
  const want = new Set(parts.map((p) => toA1(p)));
  return formula.terms.every((t) => t.weight === 1 && want.has(toA1(t.cell)));
}

/** A constraint's residual after the changes. */
export function residualOf(row: Constraint, changes: ReadonlyMap<number, bigint>): bigint {
  let r = row.r0;
  for (let k = 0; k < row.vars.length; k++) {
    const d = changes.get(row.vars[k]);
    if (d !== undefined && d !== 0n) r += BigInt(row.coefs[k]) * d;
  }
  return r;
}

/** Whether a residual is within what the constraint allows. */
export function within(row: Constraint, residual: bigint): boolean {
  if (row.sense === 'le') return residual <= row.tol;
  if (row.sense === 'ge') return residual >= -row.tol;
  return residual <= row.tol && residual >= -row.tol;
}
