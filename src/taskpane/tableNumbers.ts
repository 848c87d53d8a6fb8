import { rangeToA1 } from '../engine';
import type { PaneTable, PlainCheckResult as CheckResult } from '../worker/engineProtocol';

/** Where a table is: its sheet and range, the key its number is kept by. */
export const placeOf = (t: Pick<PaneTable, 'sheet' | 'range'>) => `${t.sheet}\u0000${rangeToA1(t.range)}`;

/** The workbook's table numbers by place (from a check of the whole workbook). */
export function tableNumbers(result: CheckResult): Map<string, string> {
  return new Map(result.tables.map((t) => [placeOf(t), t.id]));
}

/**
 * A check of one sheet with the workbook's table numbers: the engine numbers the tables of what it
 * checks from T1, so a table found where the last check of the workbook found one gets that
 * table's number (T3 stays T3); any other gets a number after the workbook's last.
 */
export function withWorkbookNumbers(result: CheckResult, numbers: ReadonlyMap<string, string> | undefined): CheckResult {
  if (!numbers || numbers.size === 0) return result;
  const used = new Set(numbers.values());
  let next = Math.max(0, ...[...used].map((id) => Number(/^T(\d+)$/.exec(id)?.[1] ?? 0))) + 1;
  const ids = new Map<string, string>();
  for (const t of result.tables) {
    const known = numbers.get(placeOf(t));
    ids.set(t.id, known ?? `T${next++}`);
  }
  const renamed = (id: string | null) => (id === null ? id : (ids.get(id) ?? id));
  return {
    ...result,
    tables: result.tables.map((t) => ({ ...t, id: ids.get(t.id)! })),
    findings: result.findings.map((f) => ({
      ...f,
      tableId: renamed(f.tableId),
      ...(f.params.otherTable || f.params.correction
        ? {
            params: {
              ...f.params,
              ...(f.params.otherTable ? { otherTable: renamed(f.params.otherTable) ?? undefined } : {}),
              ...(f.params.correction ? { correction: { ...f.params.correction, table: renamed(f.params.correction.table) ?? f.params.correction.table } } : {}),
            },
          }
        : {}),
    })),
    ...(result.corrections ? { corrections: result.corrections.map((c) => ({ ...c, tableId: renamed(c.tableId) ?? c.tableId })) } : {}),
  };
}
