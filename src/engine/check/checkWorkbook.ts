import { parseA1 } from '../address';
import { detectTables, type DetectedSheet } from '../detect/detectTables';
import type { DetectedTable } from '../detect/Table';
import { severityRank, type CheckName, type Finding } from '../findings';
import type { WorkbookSnapshot } from '../snapshot';
import { pushAll } from '../util/pushAll';
import { checkCrossTables, tableSummaries, type TableSummary } from './checkCrossTables';
import { checkFigureAsText } from './checkFigureAsText';
import { checkFigures } from './checkFigures';
import { checkFormulaSkipsPart } from './checkFormulaSkipsPart';
import { checkInconsistentFormulas } from './checkInconsistentFormulas';
import { checkPassportText } from './checkPassportText';
import { checkRelations } from './checkRelations';
import { checkTypedTotals } from './checkTypedTotals';
import { checkYearGaps } from './checkYearGaps';
import { evaluateRelation } from './evaluateRelation';
import type { CheckProgress } from './CheckProgress';
import type { RelationBasis } from './Relation';
import { compressToRanges, toA1 } from '../address';
import { correctWorkbook, type CorrectWorkbookOptions } from '../correct/correctWorkbook';
import type { TableCorrection } from '../correct/Correction';
import { linkCorrections } from '../correct/linkCorrections';
import type { LpSolver } from '../correct/LpSolver';
import { isAcross, partsOf, totalOf } from './Relation';

export interface CheckOptions {
  /** Only these sheets (a "check this sheet" request); all when missing. */
  readonly sheets?: readonly string[];
  /**
   * The integer-programming solver for corrections of many cells (see `correct/`); without
   * it, corrections are still searched for, and a table that needs the solver says so.
   */
  readonly solver?: LpSolver;
  /** Time for corrections (false: none are made). */
  readonly corrections?: false | Omit<CorrectWorkbookOptions, 'solver'>;
  /** Hears how far the check is (for a progress bar). */
  readonly onProgress?: (progress: CheckProgress) => void;
}

export interface CheckResult {
  readonly tables: readonly DetectedTable[];
  readonly findings: readonly Finding[];
  /** What the engine believes adds up to what in a table, member by member, with how each fares (computed on demand). */
  readonly relationsOf: (table: DetectedTable) => RelationReport[];
  /** For each funding table with a failed relation: the fewest cell changes after which every relation holds. */
  readonly corrections: readonly TableCorrection[];
  /**
   * The same result with the tables that needed a solver (`no-solver`) corrected by this one,
   * without finding the tables again: a host loads the solver only when a check asks for it.
   */
  readonly correctedWith: (solver: LpSolver) => CheckResult;
}

/**
 * One relation of a table as users and tests see it: the total cell, its parts (ranges),
 * whether the parts run down a column or across a row, how it fares, and why the engine
 * believes it (labels, a formula of the table, or the data).
 */
export interface RelationReport {
  readonly cell: string;
  readonly parts: readonly string[];
  readonly direction: 'column' | 'row';
  readonly status: 'exact' | 'rounding' | 'mismatch' | 'unchecked';
  readonly basis: RelationBasis;
}

/** What every check gets: the detected sheets, and each funding table's summary figures. */
interface CheckInput {
  readonly sheets: readonly DetectedSheet[];
  readonly summaries: readonly TableSummary[];
  /** The formula totals that leave a part out (found once: two checks use them). */
  readonly skipsPart: () => Finding[];
}

/** The checks, by the name the rules table (findings/rules.ts) gives each code. */
export const CHECKS: { readonly [N in CheckName]: (input: CheckInput) => Finding[] } = {
  figures: ({ sheets }) => sheets.flatMap(checkFigures),
  relations: ({ sheets }) => checkRelations(sheets),
  'cross-table': ({ summaries }) => checkCrossTables(summaries),
  'passport-text': ({ sheets, summaries }) => checkPassportText(sheets, summaries),
  'typed-totals': ({ sheets }) => checkTypedTotals(sheets),
  'formula-skips-part': ({ skipsPart }) => skipsPart(),
  'inconsistent-formula': ({ sheets, skipsPart }) => checkInconsistentFormulas(sheets, new Set(skipsPart().map((f) => `${f.sheet}!${f.cell}`))),
  'figure-as-text': ({ sheets }) => checkFigureAsText(sheets),
  'year-gaps': ({ sheets }) => checkYearGaps(sheets),
};

/**
 * The engine's main entry: finds every funding and indicator table of the workbook and
 * runs every check on them. Findings come sorted by sheet order, severity (errors first),
 * then row and column.
 */
export function checkWorkbook(workbook: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const detection = detectTables(workbook, options.sheets, options.onProgress);
  let skips: Finding[] | undefined;
  const input: CheckInput = { sheets: detection.sheets, summaries: tableSummaries(detection.sheets), skipsPart: () => (skips ??= checkFormulaSkipsPart(detection.sheets)) };
  const findings: Finding[] = [];
  const checks = Object.values(CHECKS);
  for (const [done, run] of checks.entries()) {
    options.onProgress?.({ stage: 'checks', done, total: checks.length });
    pushAll(findings, run(input));
  }
  const figuresOf = new Map(detection.sheets.map((s) => [s.context.grid.name, s.context.figures]));
  const relationsOf = (table: DetectedTable): RelationReport[] => {
    const figures = figuresOf.get(table.sheet);
    if (!figures) return [];
    const out: RelationReport[] = [];
    for (const r of table.relations) {
      const o = evaluateRelation(r, figures);
      if (o.status === 'empty') continue; // blank total and parts: nothing to say
      out.push({ cell: toA1(totalOf(r)), parts: compressToRanges(partsOf(r)), direction: isAcross(r) ? 'row' : 'column', status: o.status, basis: r.basis ?? 'label' });
    }
    return out;
  };
  // the tables with a failed relation, as the checks found them: no table is added up twice
  const failing = new Set(findings.filter((f) => (f.code === 'sum-mismatch' || f.code === 'part-exceeds-whole') && f.tableId !== null).map((f) => `${f.sheet}\u0000${f.tableId}`));
  const correctionOptions = options.corrections === false ? undefined : options.corrections;
  const corrections = options.corrections === false || failing.size === 0 ? [] : correctWorkbook(detection.sheets, { ...correctionOptions, solver: options.solver, failing });
  const resultWith = (list: readonly TableCorrection[]): CheckResult => ({
    tables: detection.tables,
    findings: sortFindings(linkCorrections(findings, list), workbook),
    relationsOf,
    corrections: list,
    correctedWith(solver) {
      const key = (c: TableCorrection) => `${c.sheet}\u0000${c.tableId}`;
      const redo = new Set(list.filter((c) => c.status === 'gave-up' && c.reason === 'no-solver').map(key));
      if (redo.size === 0) return this;
      const again = new Map(correctWorkbook(detection.sheets, { ...correctionOptions, solver, failing: redo }).map((c) => [key(c), c]));
      return resultWith(list.map((c) => again.get(key(c)) ?? c));
    },
  });
  return resultWith(corrections);
}


function sortFindings(findings: Finding[], workbook: WorkbookSnapshot): Finding[] {
  const sheetOrder = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  const pos = (cell: string) => {
    const a = parseA1(cell);
    return a ? a.row * 16384 + a.col : 0;
  };
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        (sheetOrder.get(a.f.sheet) ?? 0) - (sheetOrder.get(b.f.sheet) ?? 0) ||
        severityRank(b.f.severity) - severityRank(a.f.severity) ||
        pos(a.f.cell) - pos(b.f.cell) ||
        a.i - b.i,
    )
    .map((x) => x.f);
}
