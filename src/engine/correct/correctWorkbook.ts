import type { DetectedSheet } from '../detect/detectTables';
import type { TableCorrection } from './Correction';
import { correctTable } from './correctTable';
import type { LpSolver } from './LpSolver';

export interface CorrectWorkbookOptions {
  readonly solver?: LpSolver;
  /** Time for all the workbook's corrections, in milliseconds; a table past it gives up (`time`). */
  readonly budgetMs?: number;
  /** Time for one table, in milliseconds. */
  readonly perTableMs?: number;
  readonly now?: () => number;
  /** Only these tables (`sheet\u0000id`): those the check found a failed relation in. All when missing. */
  readonly failing?: ReadonlySet<string>;
}

export const CORRECTION_TIME = { budgetMs: 10_000, perTableMs: 2_000 };

/** The correction of every funding table with a failed relation, in table order. */
export function correctWorkbook(sheets: readonly DetectedSheet[], options: CorrectWorkbookOptions = {}): TableCorrection[] {
  const now = options.now ?? (() => Date.now());
  const end = now() + (options.budgetMs ?? CORRECTION_TIME.budgetMs);
  const perTable = options.perTableMs ?? CORRECTION_TIME.perTableMs;
  const out: TableCorrection[] = [];
  for (const { context, tables } of sheets) {
    for (const table of tables) {
      if (table.kind !== 'funding' || table.relations.length === 0) continue;
      if (options.failing && !options.failing.has(`${table.sheet}\u0000${table.id}`)) continue;
      const deadline = Math.min(end, now() + perTable);
      const c = correctTable(table, context.grid, context.figures, { solver: options.solver, deadline, now });
      if (c) out.push(c);
    }
  }
  return out;
}
