import { parseA1, parseRangeA1, rangeContains } from '../address';
import type { Finding } from '../findings';
import type { TableCorrection } from './Correction';

/** The findings a table's correction answers: relations that do not hold. */
const ANSWERED = new Set<Finding['code']>(['sum-mismatch', 'part-exceeds-whole']);

/**
 * Points every failed relation of a table with a correction to that correction, instead of
 * its own guess of a likely wrong cell: `params.correction` names the table, how many cells
 * the correction changes, and which of them are this relation's (total or parts) with their
 * new values. Findings of tables without a correction keep their own guess.
 */
export function linkCorrections(findings: readonly Finding[], corrections: readonly TableCorrection[]): Finding[] {
  const byTable = new Map<string, TableCorrection>();
  for (const c of corrections) if (c.status === 'found') byTable.set(`${c.sheet}\u0000${c.tableId}`, c);
  if (byTable.size === 0) return [...findings];
  return findings.map((f) => {
    if (!ANSWERED.has(f.code) || f.tableId === null) return f;
    const c = byTable.get(`${f.sheet}\u0000${f.tableId}`);
    if (!c || c.status !== 'found') return f;
    const ranges = f.parts.filter((p) => !p.includes('!')).map(parseRangeA1);
    const own = parseA1(f.cell);
    const here = c.correction.cells.filter((x) => {
      const a = parseA1(x.cell);
      if (!a) return false;
      if (own && a.row === own.row && a.col === own.col) return true;
      return ranges.some((r) => r !== undefined && rangeContains(r, a));
    });
    // the finding's own guess gives way to the table's correction
    const params = { ...f.params };
    delete params.likelyCell;
    delete params.likelyChange;
    delete params.settles;
    delete params.related;
    return {
      ...f,
      params: { ...params, correction: { table: c.tableId, size: c.correction.cells.length, here: here.map((x) => ({ cell: x.cell, to: x.to, ...(x.decimals !== undefined ? { decimals: x.decimals } : {}) })) } },
    };
  });
}
