import { rangeToA1, toA1 } from '../address';
import { detectTables, type Detection } from '../detect/detectTables';
import type { Lang } from '../i18n/Locale';
import { formatAmount } from '../numbers';
import type { ContentPlan } from '../plans';
import { SheetGrid, type WorkbookSnapshot } from '../snapshot';
import { deviationFormulas, type PlannedWrites } from './deviationFormulas';
import { cellNow, contentOf, fillCell } from './fillCell';
import type { CellFill, FillMatch, FillProblem, FillResult, FillTarget, IndicatorRef, SourceTableSummary, TemplateSummary, UnmatchedTarget } from './FillResult';
import { fillPlanTitle } from './fillWording';
import { valueOf, type IndicatorRow, type IndicatorTable, type IndicatorValue } from './IndicatorTable';
import { matchRows, type MatchOutcome, type MatchQuery } from './matchRows';
import { nameWords, stemOf } from './nameTokens';
import { namesTable, rangesOverlap } from './namesTable';
import { readIndicatorTables } from './readIndicatorTables';
import { readTemplate } from './readTemplate';
import { sourceSummary, templateSummary } from './summaries';
import type { Placeholder, Template } from './Template';

export interface FillOptions {
  /** The sheet to fill. */
  readonly template: string;
  /** The source: a sheet name, `'Sheet'!A3:K17`, or a table id (`T2`). Needed when the workbook has several indicator tables. */
  readonly source?: string;
  /** The year to fill: limits a report with several years to one, and gives a year to columns that name none. */
  readonly year?: number;
  /** Replace values already in target cells (otherwise they are reported and left alone). */
  readonly overwrite?: boolean;
  /** Language of the plan's title. */
  readonly lang?: Lang;
}

/** One target column of the report table, with its year settled. */
interface TargetColumn {
  readonly col: number;
  readonly what: 'plan' | 'fact' | 'base';
  readonly year: number | null;
}

/**
 * Fills a report template from the programme's indicator table: reads the template (a report
 * table and/or placeholders), picks the source (or says which to choose), matches rows, and
 * plans values into empty target cells (and deviation formulas where the fact is there). Values
 * are the source's exact decimals; nothing but cell contents is written (formats, borders,
 * merges stay). Problems in the workbook are results, never exceptions.
 */
export function planFill(snapshot: WorkbookSnapshot, options: FillOptions, detection: Detection = detectTables(snapshot)): FillResult {
  const lang = options.lang ?? 'en';
  const problems: FillProblem[] = [];
  const sheetSnapshot =
    snapshot.sheets.find((s) => s.name === options.template) ??
    snapshot.sheets.find((s) => s.name.trim().toLocaleLowerCase() === options.template.trim().toLocaleLowerCase());
  if (!sheetSnapshot) {
    return blocked(lang, { code: 'template-not-found', severity: 'blocking', params: { name: options.template } }, null, null, []);
  }
  const grid = new SheetGrid(sheetSnapshot);
  const template = readTemplate(grid);
  const summary = templateSummary(template);
  const tableRows = template.table?.rows ?? [];
  if (tableRows.length === 0 && template.placeholders.length === 0) {
    const p: FillProblem = { code: 'no-template', severity: 'blocking', sheet: grid.name, params: { name: grid.name } };
    return blocked(lang, p, summary, null, []);
  }
  const fundingTable = template.table && template.placeholders.length === 0 ? detection.tables.find((t) => t.kind === 'funding' && t.sheet === grid.name && rangesOverlap(t.range, template.table!.range)) : undefined;
  if (fundingTable) {
    const p: FillProblem = { code: 'template-is-funding-table', severity: 'blocking', sheet: grid.name, params: { name: grid.name, table: fundingTable.id, range: rangeToA1(fundingTable.range) } };
    return blocked(lang, p, summary, null, []);
  }
  if (sheetSnapshot.protected) return blocked(lang, { code: 'sheet-protected', severity: 'blocking', sheet: grid.name, params: { name: grid.name } }, summary, null, []);
  for (const bad of template.badPlaceholders) problems.push({ code: 'bad-placeholder', severity: 'warning', sheet: grid.name, cell: bad.cell, params: { text: bad.raw } });

  // the source
  const named = options.source?.trim();
  const tables = readIndicatorTables(detection, (t) => t.kind === 'indicators' || (named !== undefined && namesTable(named, t)));
  const eligible = tables.filter((t) => !(template.table && t.sheet === grid.name && rangesOverlap(t.range, template.table.range)));
  const candidates = eligible.filter((t) => t.kind === 'indicators').map(sourceSummary);
  const picked = named === undefined ? eligible.filter((t) => t.kind === 'indicators') : eligible.filter((t) => namesTable(named, t));
  if (picked.length === 0) {
    const isSource = named === undefined && tables.some((t) => t.kind === 'indicators' && !eligible.includes(t));
    const p: FillProblem =
      named !== undefined
        ? { code: 'source-not-found', severity: 'blocking', params: { name: named, candidates } }
        : isSource
          ? { code: 'template-is-source', severity: 'blocking', sheet: grid.name, params: { name: grid.name } }
          : { code: 'no-source-table', severity: 'blocking', params: {} };
    return blocked(lang, p, summary, null, candidates);
  }
  if (picked.length > 1) {
    const counted = picked.map((table) => ({ ...sourceSummary(table), matched: matchedCount(template, table) }));
    const p: FillProblem = { code: 'ambiguous-source', severity: 'blocking', params: { candidates: counted, ...(named !== undefined ? { name: named } : {}) } };
    return blocked(lang, p, summary, null, counted);
  }
  const source = picked[0];
  const chosen = sourceSummary(source);

  // the years
  const targets: TargetColumn[] = [];
  let yearUnknown = false;
  const fillable = (template.table?.columns ?? []).filter((c) => c.role === 'plan' || c.role === 'fact' || c.role === 'base');
  for (const c of fillable) {
    if (c.role === 'base') {
      targets.push({ col: c.col, what: 'base', year: null });
      continue;
    }
    if (c.year !== undefined && options.year !== undefined && c.year !== options.year) continue;
    const year = c.year ?? options.year ?? template.titleYear;
    if (year === undefined) yearUnknown = true;
    else targets.push({ col: c.col, what: c.role as 'plan' | 'fact', year });
  }
  if (yearUnknown) problems.push({ code: 'year-unknown', severity: 'warning', sheet: grid.name, params: {} });
  const yearly = fillable.filter((c) => c.role !== 'base');
  if (options.year !== undefined && yearly.length > 0 && !targets.some((t) => t.year === options.year) && template.placeholders.length === 0) {
    const years = [...new Set(yearly.map((c) => c.year).filter((y): y is number => y !== undefined))];
    return blocked(lang, { code: 'year-not-in-template', severity: 'blocking', sheet: grid.name, params: { year: options.year, years } }, summary, chosen, [chosen]);
  }
  const missingYears = [...new Set(targets.filter((t) => t.what === 'plan' && t.year !== null && !source.years.includes(t.year)).map((t) => t.year!))];
  for (const year of missingYears) problems.push({ code: 'year-not-in-source', severity: 'warning', params: { year, years: source.years, source: chosen } });
  const usable = targets.filter((t) => t.year === null ? source.baseCol !== null : source.columns.some((c) => c.year === t.year && c.kind === t.what));
  if (usable.length === 0 && template.placeholders.length === 0) {
    const firstMissing = problems.find((p) => p.code === 'year-not-in-source' || p.code === 'year-unknown');
    if (firstMissing) return blocked(lang, { ...firstMissing, severity: 'blocking' }, summary, chosen, [chosen], problems.filter((p) => p !== firstMissing));
  }

  // matching and values
  const current = (row: number, col: number) => cellNow(grid, row, col);
  const writes: PlannedWrites = new Map();
  const matches: FillMatch[] = [];
  const unmatched: UnmatchedTarget[] = [];
  const ref = (r: IndicatorRow): IndicatorRef => ({ sheet: source.sheet, cell: toA1({ row: r.row, col: source.nameCol }), code: r.code, underCode: r.underCode, name: r.name, unit: r.unit });
  const rowOutcomes = matchRows(tableRows, source.rows, true);
  const placeholderCells = new Set(template.placeholders.map((p) => p.cell));
  const labelCol = template.table?.columns.find((c) => c.role === 'name')?.col ?? template.table?.columns.find((c) => c.role === 'code')?.col ?? 0;
  tableRows.forEach((row, i) => {
    const target: FillTarget = { kind: 'row', sheet: grid.name, row: row.row, cell: toA1({ row: row.row, col: labelCol }), code: row.code, name: row.name, unit: row.unit };
    const outcome = rowOutcomes[i];
    if (!outcome.matched) return void unmatched.push(unmatchedOf(target, outcome, source, ref));
    const indicator = source.rows[outcome.index];
    const cells: CellFill[] = [];
    for (const t of usable) {
      const value = t.what === 'base' ? indicator.base : valueOf(source, indicator, t.year!, t.what);
      const cell = toA1({ row: row.row, col: t.col });
      // a placeholder in a table cell is filled as a placeholder; a cell inside a merge is its first cell's
      if (!value || placeholderCells.has(cell) || current(row.row, t.col).insideMerge) continue;
      const fill = fillCell(cell, t.what, t.year, value, current(row.row, t.col), options.overwrite === true);
      cells.push(fill);
      if (fill.status === 'write' || fill.status === 'overwrite') writes.set(cell, { write: { cell, content: contentOf(value) }, before: current(row.row, t.col).content });
    }
    matches.push({
      target,
      indicator: ref(indicator),
      method: outcome.method,
      confidence: outcome.confidence,
      ...(outcome.codeConflict !== undefined ? { codeConflict: ref(source.rows[outcome.codeConflict]) } : {}),
      unitDiffers: unitsDiffer(row.unit, indicator.unit),
      cells,
    });
  });

  // placeholders: each cell's text with every placeholder it can fill replaced
  const placeholderOutcomes = matchRows(template.placeholders, source.rows, false);
  const byCell = new Map<string, { row: number; col: number; text: string; fills: { p: Placeholder; value: IndicatorValue }[] }>();
  template.placeholders.forEach((p, i) => {
    const target: FillTarget = { kind: 'placeholder', sheet: grid.name, cell: p.cell, raw: p.raw, code: p.code, name: p.name };
    const outcome = placeholderOutcomes[i];
    if (!outcome.matched) return void unmatched.push(unmatchedOf(target, outcome, source, ref));
    const indicator = source.rows[outcome.index];
    const year = p.kind === 'base' ? null : (p.year ?? options.year ?? template.titleYear ?? null);
    const cells: CellFill[] = [];
    if (p.kind !== 'base' && year === null) {
      problems.push({ code: 'year-unknown', severity: 'warning', sheet: grid.name, cell: p.cell, params: { text: p.raw } });
    } else if (p.kind !== 'base' && !source.years.includes(year!)) {
      problems.push({ code: 'year-not-in-source', severity: 'warning', sheet: grid.name, cell: p.cell, params: { year: year!, years: source.years, source: chosen, text: p.raw } });
    } else {
      const value = p.kind === 'base' ? indicator.base : valueOf(source, indicator, year!, p.kind);
      const v: IndicatorValue = value ?? { kind: 'empty', cell: '' };
      const status = v.kind === 'empty' ? 'no-value' : v.kind === 'unreadable' ? 'unreadable' : 'write';
      cells.push({ cell: p.cell, what: p.kind, year, value: v, status, current: p.raw });
      if (status === 'write') {
        const entry = byCell.get(p.cell) ?? { row: p.row, col: p.col, text: String(grid.valueAt(p.row, p.col) ?? ''), fills: [] };
        entry.fills.push({ p, value: v });
        byCell.set(p.cell, entry);
      }
    }
    matches.push({ target, indicator: ref(indicator), method: outcome.method, confidence: outcome.confidence, unitDiffers: false, cells });
  });
  for (const [cell, entry] of byCell) {
    const before = current(entry.row, entry.col).content;
    const only = entry.fills.length === 1 && entry.text.trim() === entry.fills[0].p.raw ? entry.fills[0] : undefined;
    if (only) {
      writes.set(cell, { write: { cell, content: contentOf(only.value) }, before });
      continue;
    }
    const textLang: Lang = /[а-яё]/i.test(entry.text) ? 'ru' : 'en';
    let text = entry.text;
    for (const { p, value } of entry.fills) text = text.replace(p.raw, value.kind === 'number' ? formatAmount(value.value, textLang) : value.kind === 'text' ? value.text : p.raw);
    writes.set(cell, { write: { cell, content: { kind: 'text', text } }, before });
  }

  // deviation formulas, where the deviation is empty and the fact is there
  const deviations = template.table
    ? deviationFormulas(grid.name, template.table, options.year ?? template.titleYear, current, writes)
    : { formulas: [], problems: [] };
  const formulas = deviations.formulas;
  problems.push(...deviations.problems);

  const title = fillPlanTitle(lang, grid.name, chosen);
  const edits = [...writes.values()];
  return {
    ok: true,
    template: summary,
    source: chosen,
    candidates,
    matches,
    unmatched,
    formulas,
    problems,
    written: edits.length,
    plan: { kind: 'content', title, newSheets: [], edits: edits.length ? [{ sheet: grid.name, cells: edits.map((e) => e.write) }] : [] },
    undo: { kind: 'content', title, newSheets: [], edits: edits.length ? [{ sheet: grid.name, cells: edits.map((e) => ({ cell: e.write.cell, content: e.before })) }] : [] },
  };
}

function blocked(
  lang: Lang,
  problem: FillProblem,
  template: TemplateSummary | null,
  source: SourceTableSummary | null,
  candidates: readonly SourceTableSummary[],
  more: readonly FillProblem[] = [],
): FillResult {
  const title = fillPlanTitle(lang, template?.sheet ?? '', source);
  const empty: ContentPlan = { kind: 'content', title, newSheets: [], edits: [] };
  return { ok: false, template, source, candidates, matches: [], unmatched: [], formulas: [], problems: [problem, ...more], written: 0, plan: empty, undo: empty };
}

/** How many report rows and placeholders a table would match (shown when the user must choose the source). */
function matchedCount(template: Template, table: IndicatorTable): number {
  const count = (queries: readonly MatchQuery[], unique: boolean) => matchRows(queries, table.rows, unique).filter((o) => o.matched).length;
  return count(template.table?.rows ?? [], true) + count(template.placeholders, false);
}

function unmatchedOf(target: FillTarget, outcome: Extract<MatchOutcome, { matched: false }>, source: IndicatorTable, ref: (r: IndicatorRow) => IndicatorRef): UnmatchedTarget {
  return { target, reason: outcome.reason, candidates: outcome.candidates.map((c) => ({ indicator: ref(source.rows[c.index]), score: c.score, sameCode: c.sameCode })) };
}

/** Units that are not the same once written out (`%` = `процент`, `ед.` = `единиц`). */
function unitsDiffer(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const key = (u: string) => nameWords(u).map(stemOf).join(' ');
  return key(a) !== key(b);
}

