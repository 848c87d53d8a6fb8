import { toA1 } from '../address';
import type { Dec as DecT } from '../numbers';
import { partsOf, totalOf, type Relation } from './Relation';

export interface FailedRelation {
  readonly relation: Relation;
  /** actual − expected. */
  readonly difference: DecT;
  readonly tolerance: DecT;
}

export interface LikelyCell {
  readonly cell: string;
  /** The change that would settle every failed relation it is in. */
  readonly change: DecT;
  /** Indexes (into the input) of the failed relations it settles. */
  readonly settles: readonly number[];
}

/**
 * When one wrong cell breaks several relations, names it: a cell is the likely culprit of
 * a group of failed relations when it sits in two or more of them and one change of its
 * figure would settle all of them (within their rounding). Totals need −difference, parts
 * +difference. For each failed relation the best such cell (settling the most) is returned.
 */
export function locateLikelyCells(failed: readonly FailedRelation[]): Map<number, LikelyCell> {
  const byCell = new Map<string, { change: DecT; tolerance: DecT; index: number }[]>();
  failed.forEach((f, index) => {
    const add = (key: string, change: DecT) => {
      const list = byCell.get(key) ?? [];
      list.push({ change, tolerance: f.tolerance, index });
      byCell.set(key, list);
    };
    add(`${f.relation.sheet}!${toA1(totalOf(f.relation))}`, f.difference.neg());
    for (const p of partsOf(f.relation)) add(`${f.relation.sheet}!${toA1(p)}`, f.difference);
  });
  const best = new Map<number, LikelyCell>();
  for (const [cell, uses] of byCell) {
    if (uses.length < 2) continue;
    // the largest group of uses that agree on the change
    let group: typeof uses = [];
    for (const u of uses) {
      const agreeing = uses.filter((v) => v.change.minus(u.change).abs().lte(u.tolerance.plus(v.tolerance)));
      if (agreeing.length > group.length) group = agreeing;
    }
    if (group.length < 2) continue;
    const change = group[0].change;
    const settles = [...new Set(group.map((g) => g.index))];
    if (settles.length < 2) continue;
    for (const i of settles) {
      const current = best.get(i);
      if (!current || settles.length > current.settles.length) best.set(i, { cell: cell.slice(cell.indexOf('!') + 1), change, settles });
    }
  }
  return best;
}

