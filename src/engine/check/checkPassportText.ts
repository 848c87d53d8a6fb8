import { toA1 } from '../address';
import type { DetectedSheet } from '../detect/detectTables';
import { ruleOf, type Finding, type FindingCode } from '../findings';
import { shownOfAll, toDec, toDecimalString, ZERO, type Dec as DecT, type Shown } from '../numbers';
import { parseFundingText, type TextFigure, type TextSegment } from '../passport/parseFundingText';
import { pushAll } from '../util/pushAll';
import { exactOf, qualified, shownOfSummary, summaryKey, toleranceOf as summaryTolerance, type TableSummary } from './checkCrossTables';
import { halfUnit } from './evaluateRelation';
import { locateLikely } from './locateLikely';

interface TextFailure {
  readonly code: FindingCode;
  readonly figure: TextFigure;
  readonly expected: DecT;
  readonly difference: DecT;
  readonly tolerance: DecT;
  /** Text figures on the parts side (for locating the wrong one). */
  readonly parts: readonly TextFigure[];
  readonly table?: { readonly id: string; readonly sheet: string; readonly cell: string };
  /** How what the text figure is compared with is shown: the most decimals of its parts, or the table's cell. */
  readonly expectedShown?: Shown;
}

/**
 * Passport funding written as prose: reads the figures out of the text and reconciles them
 * with each other (a total against its years, the whole against its sources) and with the
 * funding tables of the workbook. Findings are warnings: figures read out of prose.
 */
export function checkPassportText(sheets: readonly DetectedSheet[], tables: readonly TableSummary[]): Finding[] {
  const out: Finding[] = [];
  for (const sheet of sheets) {
    const { grid, scan } = sheet.context;
    for (const { row, col } of scan.proseCells) {
      const segments = parseFundingText(grid.valueAt(row, col) as string);
      if (!segments) continue;
      const failures = [...internalFailures(segments), ...tableFailures(segments, tables)];
      pushAll(out, toFindings(failures, grid.name, toA1({ row, col })));
    }
  }
  return out;
}

/** Half a unit of the least precise non-zero figure (see evaluateRelation). */
function toleranceOf(figures: readonly { value: DecT; decimals: number }[]): DecT {
  let coarsest = Infinity;
  for (const f of figures) if (!f.value.isZero()) coarsest = Math.min(coarsest, f.decimals);
  return coarsest === Infinity ? ZERO : halfUnit(coarsest);
}

function compare(figure: TextFigure, parts: readonly TextFigure[]): TextFailure | undefined {
  const total = parts.reduce((acc, p) => acc.plus(p.value), ZERO);
  const s = { value: total };
  const difference = figure.value.minus(s.value);
  const tolerance = toleranceOf([figure, ...parts]);
  if (difference.abs().lte(tolerance)) return undefined;
  return { code: 'text-sum-mismatch', figure, expected: s.value, difference, tolerance, parts, expectedShown: shownOfAll(parts.map((p) => ({ decimals: Math.max(0, p.decimals) }))) };
}

function internalFailures(segments: readonly TextSegment[]): TextFailure[] {
  const out: TextFailure[] = [];
  // a total against its years
  for (const s of segments) {
    if (s.total && s.years.length >= 2) {
      const f = compare(s.total, s.years);
      if (f) out.push(f);
    }
  }
  // the whole against its sources: totals, and year by year
  const whole = segments.filter((s) => s.source === null);
  const bySource = segments.filter((s) => s.source !== null);
  const wholeTotal = whole.find((s) => s.total)?.total;
  const sourceTotals = bySource.filter((s) => s.total).map((s) => s.total!);
  if (wholeTotal && sourceTotals.length >= 2) {
    const f = compare(wholeTotal, sourceTotals);
    if (f) out.push(f);
  }
  const wholeYears = whole.flatMap((s) => s.years);
  for (const y of wholeYears) {
    const parts = bySource.map((s) => s.years.find((x) => x.year === y.year)).filter((x): x is TextFigure => x !== undefined);
    if (parts.length >= 2 && parts.length === bySource.filter((s) => s.years.length > 0).length) {
      const f = compare(y, parts);
      if (f) out.push(f);
    }
  }
  return out;
}

function tableFailures(segments: readonly TextSegment[], tables: readonly TableSummary[]): TextFailure[] {
  const text = new Map<string, TextFigure>();
  for (const s of segments) {
    for (const f of [...(s.total ? [s.total] : []), ...s.years]) {
      const key = summaryKey(f.year, f.source);
      if (!text.has(key)) text.set(key, f);
    }
  }
  const out: TextFailure[] = [];
  for (const { table, figures } of tables) {
    const shared = [...text.keys()].filter((k) => figures.has(k));
    if (shared.length === 0) continue;
    const failures: TextFailure[] = [];
    for (const k of shared) {
      const t = text.get(k)!;
      const s = figures.get(k)!;
      const expected = toDec(exactOf(s));
      const difference = t.value.minus(expected);
      const own = halfUnit(t.decimals);
      const theirs = summaryTolerance(s);
      const tolerance = own.gt(theirs) ? own : theirs;
      if (difference.abs().lte(tolerance)) continue;
      failures.push({ code: 'text-table-mismatch', figure: t, expected, difference, tolerance, parts: [], table: { id: table.id, sheet: table.sheet, cell: toA1(s.entry.cell) }, expectedShown: shownOfSummary('expected', s).expected });
    }
    // most shared figures disagreeing means another programme's table, unless it is the only table
    if (failures.length * 2 <= shared.length || tables.length === 1) pushAll(out, failures);
  }
  return out;
}

function toFindings(failures: readonly TextFailure[], sheet: string, cell: string): Finding[] {
  // the figure that one change would settle in two or more failures
  const likely = locateLikely(
    failures.map((f) => ({ total: f.figure, parts: f.parts, difference: f.difference, tolerance: f.tolerance })),
    (figure) => figure.id,
  );
  return failures.map((f, i) => {
    const l = likely.get(i);
    return {
      code: f.code,
      severity: ruleOf(f.code).severity,
      sheet,
      cell,
      tableId: f.table?.id ?? null,
      expected: toDecimalString(f.expected),
      actual: toDecimalString(f.figure.value),
      difference: toDecimalString(f.difference),
      parts: f.table ? [qualified(f.table.sheet, f.table.cell, sheet)] : [],
      params: {
        year: f.figure.year ?? undefined,
        source: f.figure.sourceLabel,
        excerpt: f.figure.excerpt,
        otherTable: f.table?.id,
        otherSheet: f.table?.sheet,
        otherCell: f.table?.cell,
        // the text's figures as it writes them (`421 246,40`: two decimals)
        shown: {
          actual: { decimals: Math.max(0, f.figure.decimals) },
          ...(f.expectedShown ? { expected: f.expectedShown } : {}),
          ...(l ? { likely: { decimals: Math.max(0, l.figure.decimals) } } : {}),
        },
        ...(l ? { likelyText: `${l.figure.sourceLabel ? `${l.figure.sourceLabel}: ` : ''}${l.figure.excerpt}`, likelyChange: toDecimalString(l.change), settles: l.settles.length } : {}),
      },
    };
  });
}
