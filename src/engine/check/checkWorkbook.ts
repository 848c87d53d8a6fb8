import { parseA1 } from '../address';
import { detectTables, type DetectedSheet } from '../detect/detectTables';
import type { DetectedTable } from '../detect/Table';
import { severityRank, type CheckName, type Finding } from '../findings';
import type { WorkbookSnapshot } from '../snapshot';
import { pushAll } from '../util/pushAll';
import { checkCrossTables, tableSummaries, type TableSummary } from './checkCrossTables';
import { checkFigures } from './checkFigures';
import { checkPassportText } from './checkPassportText';
import { checkRelations } from './checkRelations';

export interface CheckOptions {
  /** Only these sheets (a "check this sheet" request); all when missing. */
  readonly sheets?: readonly string[];
}

export interface CheckResult {
  readonly tables: readonly DetectedTable[];
  readonly findings: readonly Finding[];
}

/** What every check gets: the detected sheets, and each funding table's summary figures. */
interface CheckInput {
  readonly sheets: readonly DetectedSheet[];
  readonly summaries: readonly TableSummary[];
}

/** The checks, by the name the rules table (findings/rules.ts) gives each code. */
export const CHECKS: { readonly [N in CheckName]: (input: CheckInput) => Finding[] } = {
  figures: ({ sheets }) => sheets.flatMap(checkFigures),
  relations: ({ sheets }) => checkRelations(sheets),
  'cross-table': ({ summaries }) => checkCrossTables(summaries),
  'passport-text': ({ sheets, summaries }) => checkPassportText(sheets, summaries),
};

/**
 * The engine's main entry: finds every funding and indicator table of the workbook and
 * runs every check on them. Findings come sorted by sheet order, severity (errors first),
 * then row and column.
 */
export function checkWorkbook(workbook: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const detection = detectTables(workbook, options.sheets);
  const input: CheckInput = { sheets: detection.sheets, summaries: tableSummaries(detection.sheets) };
  const findings: Finding[] = [];
  for (const run of Object.values(CHECKS)) pushAll(findings, run(input));
  return { tables: detection.tables, findings: sortFindings(findings, workbook) };
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
