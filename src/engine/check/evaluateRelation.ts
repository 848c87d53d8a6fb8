import type { CellAddress } from '../address';
import { Dec, ZERO, type Dec as DecT, type SheetFigures } from '../numbers';
import type { Relation } from './Relation';

/**
 * The result of re-adding one relation:
 * - `exact`: the stated total is the sum;
 * - `rounding`: it differs by no more than the rounding of the shown figures;
 * - `mismatch`: it differs by more;
 * - `unchecked`: a figure it needs is not a number (`bad` names them);
 * - `empty`: nothing to check (no stated total, or total and parts all blank).
 */
export type Outcome =
  | { readonly status: 'exact' | 'rounding' | 'mismatch'; readonly expected: DecT; readonly actual: DecT; readonly difference: DecT; readonly tolerance: DecT }
  | { readonly status: 'unchecked'; readonly bad: readonly CellAddress[] }
  | { readonly status: 'empty' };

const HALF = new Dec('0.5');
export const halfUnit = (decimals: number): DecT => HALF.times(new Dec(10).pow(-decimals));

/**
 * Re-adds a relation with exact decimals. A difference is a rounding difference when it is
 * no more than half a unit of the last shown digit of the least precise figure involved
 * (the total and its non-zero parts): 4 084,48 stated against 4 084,477 added is rounding
 * (half of 0,01), 624,9 against 625,8 is not, nor 421 246,4 against 421 246,1.
 */
export function evaluateRelation(relation: Relation, figures: SheetFigures): Outcome {
  const totalFig = figures.at(relation.total.row, relation.total.col);
  const bad: CellAddress[] = [];
  if (totalFig.kind === 'malformed' || totalFig.kind === 'error' || totalFig.kind === 'text') bad.push(relation.total);
  let sum = ZERO;
  let coarsest = Infinity;
  let anyPartStated = false;
  for (const p of relation.parts) {
    const f = figures.at(p.row, p.col);
    if (f.kind === 'amount') {
      sum = sum.plus(f.value);
      if (!f.value.isZero()) coarsest = Math.min(coarsest, f.decimals);
      anyPartStated = true;
    } else if (f.kind === 'dash') {
      anyPartStated = true;
    } else if (f.kind !== 'empty') {
      bad.push(p);
    }
  }
  if (bad.length > 0) return { status: 'unchecked', bad };
  if (totalFig.kind === 'empty') return { status: 'empty' };
  if (!anyPartStated && relation.parts.length > 0 && totalFig.kind === 'dash') return { status: 'empty' };
  const actual = totalFig.kind === 'amount' ? totalFig.value : ZERO;
  if (totalFig.kind === 'amount' && !totalFig.value.isZero()) coarsest = Math.min(coarsest, totalFig.decimals);
  const tolerance = coarsest === Infinity ? ZERO : halfUnit(coarsest);
  const difference = actual.minus(sum);
  if (relation.kind === 'part-of') {
    // an "из них" part may be anything up to its parent: here total is the part, parts the parent
    const whole = sum;
    const over = actual.minus(whole);
    if (over.lte(0)) return { status: 'exact', expected: whole, actual, difference: ZERO, tolerance };
    return { status: over.lte(tolerance) ? 'rounding' : 'mismatch', expected: whole, actual, difference: over, tolerance };
  }
  if (difference.isZero()) return { status: 'exact', expected: sum, actual, difference, tolerance };
  return { status: difference.abs().lte(tolerance) ? 'rounding' : 'mismatch', expected: sum, actual, difference, tolerance };
}

/** True when the outcome says the relation holds (exactly or within rounding). */
export function holds(outcome: Outcome): boolean {
  return outcome.status === 'exact' || outcome.status === 'rounding';
}

/**
 * Whether a family of relations (one rule over many rows or columns) is a rule of this
 * table: it must hold on at least one checkable member with a non-zero figure and on at
 * least as many as it fails on. The few that break an accepted rule become findings.
 */
export function holdsOnMost(relations: readonly Relation[], figures: SheetFigures): boolean {
  let ok = 0;
  let bad = 0;
  for (const r of relations) {
    const o = evaluateRelation(r, figures);
    if (o.status === 'mismatch') bad++;
    else if ((o.status === 'exact' || o.status === 'rounding') && !(o.actual.isZero() && o.expected.isZero())) ok++;
  }
  return ok >= 1 && ok >= bad;
}
