import type { TableCorrection } from '../correct/Correction';
import type { Lang } from './Locale';
import { localeOf } from './localize';

/**
 * A table's correction as lines for a person: the heading (`Change 6 cells so that every
 * total of table T3 agrees`), one line per cell, the formulas that follow, the others (at
 * most three) and why this one; or the one sentence saying why there is none.
 */
export function correctionLines(c: TableCorrection, lang: Lang): string[] {
  const loc = localeOf(lang).correction;
  if (c.status !== 'found') return [loc.gaveUp(c.tableId, c.reason)];
  const lines = [loc.heading(c.tableId, c.correction.cells.length), ...c.correction.cells.map(loc.change)];
  if (c.correction.follow.length) lines.push(loc.follow(c.correction.follow));
  for (const o of c.others) lines.push(loc.other(o, c.correction));
  lines.push(loc.basis(c));
  return lines;
}
