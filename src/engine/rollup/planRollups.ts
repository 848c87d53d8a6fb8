import { rangeToA1 } from '../address';
import { detectTables, type Detection } from '../detect/detectTables';
import type { DetectedTable } from '../detect/Table';
import { yearGapFindings } from '../check/checkYearGaps';
import type { Finding } from '../findings';
import { localizeFinding, type Lang } from '../i18n';
import { uniqueSheetName, sheetRef } from '../plans/sheetNames';
import type { ContentPlan, NewSheet } from '../plans/WritePlan';
import type { WorkbookSnapshot } from '../snapshot';
import { pushAll } from '../util/pushAll';
import { itemSheet } from './itemSheet';
import { ROLLUP_LABELS, type RollupKind } from './labels';
import { matrixSheet } from './matrixSheet';
import { RollupContext } from './RollupContext';
import { tableLeaves, type TableLeaves } from './tableLeaves';

export const ROLLUP_KINDS: readonly RollupKind[] = ['year', 'source', 'item'];

export interface RollupOptions {
  /** Table ids as `check` numbers them (T1, T2 ...); all funding tables when missing. */
  readonly tables?: readonly string[];
  /** Which rollups; all that apply to each table when missing. */
  readonly kinds?: readonly RollupKind[];
  /**
   * Rollups chosen table by table (the pane's ticks: `{ T3: ['year'] }`), instead of `tables` ×
   * `kinds`; a table with no kind is left out.
   */
  readonly chosen?: Readonly<Record<string, readonly RollupKind[]>>;
  readonly lang: Lang;
}

/** One sheet the plan adds. */
export interface RollupSheet {
  readonly tableId: string;
  readonly kind: RollupKind;
  readonly sheet: string;
  /** Stated totals that differ from the rolled-up ones beyond rounding (highlighted on the sheet). */
  readonly differences: number;
}

/** Why a requested rollup is not made, as data. */
export interface SkippedRollup {
  readonly tableId: string;
  readonly kind?: RollupKind;
  readonly reason: 'no-such-table' | 'not-a-funding-table' | 'no-sources' | 'no-items' | 'no-figures';
}

export interface RollupPlan {
  /** Undefined when there is nothing to add. */
  readonly plan: ContentPlan | undefined;
  readonly sheets: readonly RollupSheet[];
  readonly skipped: readonly SkippedRollup[];
  /**
   * What the check says of the rolled-up tables' columns, as the check's own findings
   * (`year-gap`: the years skip some); each is also the first note of its table's sheets.
   */
  readonly findings: readonly Finding[];
}

/**
 * Which rollups a funding table has: by year always; by source when it names sources; by
 * item when it has items other than its source rows. Undefined reason: it applies.
 */
export function rollupApplies(table: DetectedTable, kind: RollupKind, data: TableLeaves = tableLeaves(table)): SkippedRollup['reason'] | undefined {
  if (table.kind !== 'funding') return 'not-a-funding-table';
  if (data.years.length === 0 || table.outline.length === 0) return 'no-figures';
  if (kind === 'source' && data.sources.length === 0) return 'no-sources';
  if (kind === 'item' && table.outline.every((n) => n.children.length === 0 && n.source)) return 'no-items';
  return undefined;
}

/**
 * The rollups of a workbook's funding tables as one content plan: new sheets (names in the
 * user's language, never an existing sheet's: ` (2)`), each naming its table and range, its
 * figures live SUM formulas of the table's leaf cells, with a reconciliation against the
 * table's stated totals. The first new sheet is activated.
 */
export function planRollups(workbook: WorkbookSnapshot, options: RollupOptions, detection: Detection = detectTables(workbook)): RollupPlan {
  const labels = ROLLUP_LABELS[options.lang];
  const skipped: SkippedRollup[] = [];
  // what to make: each table with its kinds, and whether they were asked for by name
  const asked: { table: DetectedTable; kinds: readonly RollupKind[]; named: boolean }[] = [];
  const byId = (id: string): DetectedTable | undefined => {
    const t = detection.tables.find((x) => x.id.toLowerCase() === id.toLowerCase());
    if (!t) skipped.push({ tableId: id, reason: 'no-such-table' });
    else if (t.kind !== 'funding') skipped.push({ tableId: t.id, reason: 'not-a-funding-table' });
    else return t;
    return undefined;
  };
  if (options.chosen) {
    for (const [id, kinds] of Object.entries(options.chosen)) {
      const t = kinds.length > 0 ? byId(id) : undefined;
      if (t) asked.push({ table: t, kinds: ROLLUP_KINDS.filter((k) => kinds.includes(k)), named: true });
    }
  } else {
    const tables = options.tables ? options.tables.map(byId).filter((t): t is DetectedTable => t !== undefined) : detection.tables.filter((t) => t.kind === 'funding');
    for (const table of tables) asked.push({ table, kinds: options.kinds ?? ROLLUP_KINDS, named: options.kinds !== undefined });
  }
  const taken = workbook.sheets.map((s) => s.name);
  const newSheets: NewSheet[] = [];
  const sheets: RollupSheet[] = [];
  const several = asked.length > 1;
  const findings: Finding[] = [];
  for (const { table, kinds, named } of asked) {
    const { figures, grid } = detection.sheets.find((s) => s.tables.includes(table))!.context;
    const data = tableLeaves(table);
    // the table's years as the check reads them (the detected table's columns), and its gaps said in the check's words
    const gaps = yearGapFindings(table, grid);
    const ctx = new RollupContext(table, figures, data, labels, gaps.map((f) => localizeFinding(f, options.lang)));
    let made = false;
    const ref = `${sheetRef(table.sheet)}${rangeToA1(table.range)}`;
    for (const kind of kinds) {
      const why = rollupApplies(table, kind, data);
      if (why) {
        // asked for by name: say why not; else rollups that do not apply are simply not made
        if (named) skipped.push({ tableId: table.id, kind, reason: why });
        continue;
      }
      const name = uniqueSheetName(several ? `${labels.sheetName[kind]} ${table.id}` : labels.sheetName[kind], taken);
      taken.push(name);
      const title = labels.title(kind, table.id, ref, table.unit);
      const built = kind === 'item' ? itemSheet(ctx, name, title) : matrixOf(ctx, kind, name, title);
      newSheets.push(built.sheet);
      sheets.push({ tableId: table.id, kind, sheet: name, differences: built.differences });
      made = true;
    }
    if (made) pushAll(findings, gaps);
  }
  const plan: ContentPlan | undefined =
    newSheets.length > 0 ? { kind: 'content', title: labels.planTitle([...new Set(sheets.map((s) => s.tableId))]), newSheets, edits: [], activate: true } : undefined;
  return { plan, sheets, skipped, findings };
}

function matrixOf(ctx: RollupContext, kind: 'year' | 'source', name: string, title: string): ReturnType<typeof matrixSheet> {
  const { data, labels, table } = ctx;
  const nodes = table.outline;
  const allOfYear = (year: number) => ctx.rolled(ctx.cells(nodes, year));
  // rows (or columns) of years carry their own totals where leaf rows do (activity totals), or where there are no sources
  const yearTotals = data.leafTotals || data.sources.length === 0;
  const yearLines = data.years.map((year) => ({
    label: String(year),
    total: yearTotals ? allOfYear(year) : undefined,
    stated: ctx.statedSummary(year, null),
  }));
  const sourceLines = data.sources.map((source) => ({ label: source.label, stated: ctx.statedSummary(null, source) }));
  const cell = (year: number, source: string) => ctx.rolled(ctx.cells(nodes, year, source));
  if (kind === 'year') {
    return matrixSheet(ctx, name, title, {
      kind,
      corner: labels.year,
      rows: yearLines,
      cols: sourceLines,
      cell: (i, j) => cell(data.years[i], data.sources[j].id),
      stated: (i, j) => ctx.statedSummary(data.years[i], data.sources[j]),
      statedGrand: ctx.statedSummary(null, null),
      grandAlong: 'down',
    });
  }
  return matrixSheet(ctx, name, title, {
    kind,
    corner: labels.source,
    rows: sourceLines,
    cols: yearLines,
    cell: (i, j) => cell(data.years[j], data.sources[i].id),
    stated: (i, j) => ctx.statedSummary(data.years[j], data.sources[i]),
    statedGrand: ctx.statedSummary(null, null),
    grandAlong: 'across',
  });
}
