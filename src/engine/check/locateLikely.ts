import type { Dec as DecT } from '../numbers';

/** A failed "total = sum of parts", in terms of the figures involved (cells, figures in text). */
export interface Failure<F> {
  readonly total: F;
  readonly parts: readonly F[];
  /** actual − expected. */
  readonly difference: DecT;
  readonly tolerance: DecT;
}

export interface Likely<F> {
  readonly figure: F;
  /** The change that would settle every failure it is in. */
  readonly change: DecT;
  /** Indexes (into the input) of the failures it settles. */
  readonly settles: readonly number[];
}

/**
 * When one wrong figure breaks several checks, names it: a figure is the likely culprit of
 * a group of failures when it sits in two or more of them and one change of it would settle
 * all of them (within their rounding). A total needs −difference, a part +difference. For
 * each failure the best such figure (settling the most) is returned. `keyOf` says when two
 * figures are the same one.
 */
export function locateLikely<F>(failures: readonly Failure<F>[], keyOf: (figure: F) => string | number): Map<number, Likely<F>> {
  const uses = new Map<string | number, { figure: F; change: DecT; tolerance: DecT; index: number }[]>();
  failures.forEach((f, index) => {
    const add = (figure: F, change: DecT) => {
      const key = keyOf(figure);
      const list = uses.get(key) ?? [];
      list.push({ figure, change, tolerance: f.tolerance, index });
      uses.set(key, list);
    };
    add(f.total, f.difference.neg());
    for (const p of f.parts) add(p, f.difference);
  });
  const best = new Map<number, Likely<F>>();
  for (const list of uses.values()) {
    if (list.length < 2) continue;
    // the largest group of uses that agree on the change
    let group: typeof list = [];
    for (const u of list) {
      const agreeing = list.filter((v) => v.change.minus(u.change).abs().lte(u.tolerance.plus(v.tolerance)));
      if (agreeing.length > group.length) group = agreeing;
    }
    const settles = [...new Set(group.map((g) => g.index))];
    if (settles.length < 2) continue;
    for (const i of settles) {
      const current = best.get(i);
      if (!current || settles.length > current.settles.length) best.set(i, { figure: group[0].figure, change: group[0].change, settles });
    }
  }
  return best;
}
