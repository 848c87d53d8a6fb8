import type { Relation, RelationSubject } from '../check/Relation';
import { holdsOnMost } from '../check/evaluateRelation';
import type { SheetFigures } from '../numbers';
import type { ValueColumn } from './Table';
import { pushAll } from '../util/pushAll';

/**
 * Row totals: a total column = the sum of some other columns, on every figure row. Which
 * columns add up is not assumed: each candidate set is tried on all rows, and the first
 * that holds on most rows is the rule; for a column headed as a total, its years (or
 * sources) stand if they hold on any row. An unlabelled column may be found a total too,
 * on most rows.
 */
export function rowTotalRelations(args: {
  sheet: string;
  tableId: string;
  rows: readonly number[];
  columns: readonly ValueColumn[];
  partRole: 'year' | 'source';
  figures: SheetFigures;
  rowSubject: (row: number, column: string) => RelationSubject;
}): { relations: Relation[]; totalColumns: Set<number> } {
  const { columns, rows } = args;
  const parts = columns.filter((c) => c.role === args.partRole);
  const additiveParts = parts.filter((c) => c.additive);
  const others = columns.filter((c) => c.role === 'other' && c.additive);
  const candidates: ValueColumn[][] = [];
  const pushCandidate = (set: ValueColumn[]) => {
    if (set.length >= 2 && !candidates.some((c) => c.length === set.length && c.every((x, i) => x === set[i]))) candidates.push(set);
  };
  pushCandidate(additiveParts);
  pushCandidate(parts);
  const relations: Relation[] = [];
  const totalColumns = new Set<number>();
  const tryTotal = (total: ValueColumn, cands: ValueColumn[][], quorum: 'most' | 'some' = 'most'): boolean => {
    for (const cand of cands) {
      const set = cand.filter((c) => c !== total);
      if (set.length < 2) continue;
      const partCols = set.map((c) => c.col);
      // a loop, not rows.map: V8's inlined map deoptimised here on every check ("out of bounds")
      const rels: Relation[] = [];
      for (const row of rows) {
        rels.push({
          kind: 'row-total',
          sheet: args.sheet,
          tableId: args.tableId,
          totalRow: row,
          totalCol: total.col,
          partRows: [row],
          partCols,
          ...args.rowSubject(row, total.header),
        });
      }
      if (holdsOnMost(rels, args.figures, quorum)) {
        pushAll(relations, rels);
        totalColumns.add(total.col);
        return true;
      }
    }
    return false;
  };
  for (const total of columns.filter((c) => c.role === 'total')) {
    const withOthers = [...additiveParts, ...others].sort((a, b) => a.col - b.col);
    // the header says it is a total: the data choose which columns add up to it, and the
    // years (or sources) stand if they hold on at least one row
    if (!tryTotal(total, candidates) && !tryTotal(total, [withOthers])) tryTotal(total, candidates.slice(0, 1), 'some');
  }
  // unlabelled totals: an "other" column that is the sum of the parts on most rows
  if (totalColumns.size === 0) for (const other of others) if (tryTotal(other, candidates)) break;
  return { relations, totalColumns };
}
