import type { CellAddress } from '../address';
import { AMOUNT, BIG_AMOUNT, DASH, decimalsOf, EMPTY, ERROR, MALFORMED, scaleOf, STRIDE, TEXT, type SheetFigures } from '../numbers/SheetFigures';
import { compareExact, Dec, EXACT_ZERO, pow10, toDec, ZERO, type Dec as DecT, type Exact } from '../numbers';
import type { Relation } from './Relation';

/**
 * The result of re-adding one relation:
 * - `exact`: the stated total is the sum (`nonZero`: and it is not all zeros);
 * - `rounding`: it differs by no more than the rounding of the shown figures;
 * - `mismatch`: it differs by more;
 * - `unchecked`: a figure it needs is not a number (`bad` names them);
 * - `empty`: nothing to check (no stated total, or total and parts all blank).
 */
export type Outcome =
  | { readonly status: 'exact'; readonly nonZero: boolean }
  | { readonly status: 'rounding' | 'mismatch'; readonly expected: DecT; readonly actual: DecT; readonly difference: DecT; readonly tolerance: DecT }
  | { readonly status: 'unchecked'; readonly bad: readonly CellAddress[] }
  | { readonly status: 'empty' };

const EXACT_NONZERO: Outcome = { status: 'exact', nonZero: true };
const EXACT_ZEROS: Outcome = { status: 'exact', nonZero: false };

const HALF_UNITS = new Map<number, DecT>();
/** Half a unit of the last shown digit: 0.05 for one decimal, 5 for −1 (tens). Cached: no pow per call. */
export function halfUnit(decimals: number): DecT {
  let h = HALF_UNITS.get(decimals);
  if (!h) HALF_UNITS.set(decimals, (h = new Dec(5).times(new Dec(10).pow(-decimals - 1))));
  return h;
}

/**
 * Re-adds a relation exactly. A difference is a rounding difference when it is no more
 * than half a unit of the last shown digit of the least precise figure involved (the total
 * and its non-zero parts): 4 084,48 stated against 4 084,477 added is rounding (half of
 * 0,01), 624,9 against 625,8 is not, nor 421 246,4 against 421 246,1.
 *
 * The sum runs on the figures' exact scaled integers (BigInt); when it is not the total,
 * expected, actual, difference and tolerance are computed in decimal.js for the report.
 */
export function evaluateRelation(relation: Relation, figures: SheetFigures): Outcome {
  let bad: CellAddress[] | undefined;
  const totalKind = figures.kindAt(relation.totalRow, relation.totalCol);
  if (totalKind === MALFORMED || totalKind === ERROR || totalKind === TEXT) (bad ??= []).push({ row: relation.totalRow, col: relation.totalCol });
  // The sum is exact integer arithmetic on the parts' units (safe integers, so every step
  // is exact); a step that would leave the safe range hands the sum over to BigInt.
  let units = 0;
  let scale = 0;
  let wide: bigint | undefined;
  let coarsest = Infinity;
  let anyPartStated = false;
  const cells = figures.cells;
  for (const row of relation.partRows) {
    const start = figures.rowStart(row);
    const end = figures.rowEnd(row);
    for (const col of relation.partCols) {
      const i = start + col * STRIDE;
      const code = i < end ? cells[i] : EMPTY;
      const kind = code & 7;
      if (kind === AMOUNT || kind === BIG_AMOUNT) {
        anyPartStated = true;
        const f = kind === BIG_AMOUNT ? figures.bigAt(row, col) : undefined;
        const s = f ? f.scale : scaleOf(code);
        if (f ? f.units !== 0n : cells[i + 1] !== 0) coarsest = Math.min(coarsest, f ? f.decimals : decimalsOf(code));
        if (wide === undefined && !f) {
          let u = cells[i + 1];
          let acc = units;
          let sc = scale;
          if (s > sc) {
            acc *= POW10_NUMBER[s - sc] ?? Infinity;
            sc = s;
          } else if (s < sc) {
            u *= POW10_NUMBER[sc - s] ?? Infinity;
          }
          const next = acc + u;
          if (Number.isSafeInteger(acc) && Number.isSafeInteger(u) && Number.isSafeInteger(next)) {
            units = next;
            scale = sc;
            continue;
          }
        }
        // BigInt from here on
        if (wide === undefined) wide = BigInt(units);
        const bu = f ? f.units : BigInt(cells[i + 1]);
        if (s > scale) {
          wide *= pow10(s - scale);
          scale = s;
        }
        wide += s === scale ? bu : bu * pow10(scale - s);
      } else if (kind === DASH) {
        anyPartStated = true;
      } else if (kind !== EMPTY) {
        (bad ??= []).push({ row, col });
      }
    }
  }
  if (bad) return { status: 'unchecked', bad };
  if (totalKind === EMPTY) return { status: 'empty' };
  if (!anyPartStated && relation.partRows.length > 0 && totalKind === DASH) return { status: 'empty' };
  let order: number;
  let nonZero: boolean;
  const ti = figures.rowStart(relation.totalRow) + relation.totalCol * STRIDE;
  const ts = totalKind === AMOUNT ? scaleOf(cells[ti]) : 0;
  const t = totalKind === AMOUNT ? cells[ti + 1] * (POW10_NUMBER[Math.max(0, scale - ts)] ?? Infinity) : 0;
  const sum = units * (POW10_NUMBER[Math.max(0, ts - scale)] ?? Infinity);
  if (wide === undefined && totalKind === AMOUNT && Number.isSafeInteger(t) && Number.isSafeInteger(sum)) {
    // both exact integers at the finer of the two scales: compare directly
    order = t < sum ? -1 : t > sum ? 1 : 0;
    nonZero = t !== 0 || sum !== 0;
  } else if (wide === undefined && totalKind === DASH) {
    order = units === 0 ? 0 : units > 0 ? -1 : 1;
    nonZero = units !== 0;
  } else {
    const sumExact: Exact = { units: wide ?? BigInt(units), scale };
    const totalFig = figures.at(relation.totalRow, relation.totalCol);
    const stated = totalFig.kind === 'amount' ? totalFig.exact : EXACT_ZERO;
    order = compareExact(stated, sumExact);
    nonZero = sumExact.units !== 0n || stated.units !== 0n;
  }
  if (order === 0 || (relation.kind === 'part-of' && order < 0) || (relation.kind === 'listed-parts' && order > 0)) return nonZero ? EXACT_NONZERO : EXACT_ZEROS;
  // not exact: the figures of the report, in decimal.js
  const totalFig = figures.at(relation.totalRow, relation.totalCol);
  const stated = totalFig.kind === 'amount' ? totalFig.exact : EXACT_ZERO;
  if (totalFig.kind === 'amount' && stated.units !== 0n) coarsest = Math.min(coarsest, totalFig.decimals);
  if (relation.shownDecimals !== undefined) coarsest = Math.min(coarsest, relation.shownDecimals);
  // half a unit of the last shown digit, and half a unit more for every part that is itself rounded
  const tolerance = coarsest === Infinity ? ZERO : relation.roundedParts ? halfUnit(coarsest).times(1 + relation.roundedParts) : halfUnit(coarsest);
  const expected = toDec({ units: wide ?? BigInt(units), scale });
  const actual = toDec(stated);
  const difference = actual.minus(expected);
  return { status: difference.abs().lte(tolerance) ? 'rounding' : 'mismatch', expected, actual, difference, tolerance };
}

/**
 * The rounding a relation allows, whatever its outcome: half a unit of the last shown digit
 * of the least precise figure involved (the total and its non-zero parts, or the shown
 * precision when coarser), and half a unit more for every part that is itself rounded.
 * The rule of {@link evaluateRelation}, for code that changes figures (a correction).
 */
export function toleranceOf(relation: Relation, figures: SheetFigures): DecT {
  let coarsest = Infinity;
  const consider = (row: number, col: number) => {
    const f = figures.at(row, col);
    if (f.kind === 'amount' && f.units !== 0n) coarsest = Math.min(coarsest, f.decimals);
  };
  consider(relation.totalRow, relation.totalCol);
  for (const row of relation.partRows) for (const col of relation.partCols) consider(row, col);
  if (relation.shownDecimals !== undefined) coarsest = Math.min(coarsest, relation.shownDecimals);
  if (coarsest === Infinity) return ZERO;
  return relation.roundedParts ? halfUnit(coarsest).times(1 + relation.roundedParts) : halfUnit(coarsest);
}

const POW10_NUMBER: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);


/**
 * Whether a family of relations (one rule over many rows or columns) is a rule of this
 * table: it must hold on at least one checkable member with a non-zero figure and (quorum
 * 'most') on at least as many as it fails on. A rule the labels declare needs only 'some':
 * one wrong cell often breaks most rows of a small table (its row and the total row).
 * The members that break an accepted rule become findings.
 */
export function holdsOnMost(relations: readonly Relation[], figures: SheetFigures, quorum: 'most' | 'some' = 'most'): boolean {
  let ok = 0;
  let bad = 0;
  let left = relations.length;
  for (const r of relations) {
    const o = evaluateRelation(r, figures);
    left--;
    if (o.status === 'mismatch') bad++;
    else if (o.status === 'rounding' || (o.status === 'exact' && o.nonZero)) ok++;
    // settled: the rest cannot change the answer
    if (ok >= 1 && (quorum === 'some' || ok >= bad + left)) return true;
    if (quorum === 'most' && bad > ok + left) return false;
  }
  return ok >= 1 && (quorum === 'some' || ok >= bad);
}
