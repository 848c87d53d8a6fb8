import { detectTables } from '../detect/detectTables';
import type { DetectedTable } from '../detect/Table';
import { severityRank, type Finding } from '../findings';
import type { WorkbookSnapshot } from '../snapshot';
import { checkFigures } from './checkFigures';
import { checkCrossTables, tableSummaries } from './checkCrossTables';
import { checkPassportText } from './checkPassportText';
import { checkRelations } from './checkRelations';
import { pushAll } from '../util/pushAll';

export interface CheckOptions {
  /** Only these sheets (a "check this sheet" request); all when missing. */
  readonly sheets?: readonly string[];
}

export interface CheckResult {
  readonly tables: readonly DetectedTable[];
  readonly findings: readonly Finding[];
}

/**
 * The engine's main entry: finds every funding and indicator table of the workbook and
 * checks every total in them. Findings come sorted by sheet order, severity (errors first),
 * then row and column.
 */
export function checkWorkbook(workbook: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const detection = detectTables(workbook, options.sheets);
  const findings: Finding[] = [];
  for (const sheet of detection.sheets) pushAll(findings, checkFigures(sheet));
  pushAll(findings, checkRelations(detection.sheets));
  const summaries = tableSummaries(detection.sheets);
  pushAll(findings, checkCrossTables(summaries));
  pushAll(findings, checkPassportText(detection.sheets, summaries));
  return { tables: detection.tables, findings: sortFindings(findings, workbook) };
}

function sortFindings(findings: Finding[], workbook: WorkbookSnapshot): Finding[] {
  const sheetOrder = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  const pos = (cell: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    return m ? Number(m[2]) * 20000 + m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
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
