import { correctionLines, isRisk, rangeToA1, localizeFinding, localeOf, type CheckResult, type Finding, type Lang, type TableCorrection } from '../engine';

/** One file's outcome: its check result, or why it could not be read. */
export interface FileReport {
  readonly file: string;
  readonly result?: CheckResult;
  readonly error?: { readonly code: string; readonly message: string };
}

/**
 * Why a file could not be read, in the user's language: in English the reader's own sentence
 * (it names the part or the limit); in Russian one sentence by its code, with the file named,
 * never mixed with English text from the reader.
 */
export function fileErrorText(error: { readonly code: string; readonly message: string }, lang: Lang): string {
  const loc = localeOf(lang);
  if (lang === 'en') return `${loc.ui.fileError}: ${error.message}`;
  const why = loc.ui.fileErrors[error.code];
  return why ? `${loc.ui.fileError}: ${why}.` : `${loc.ui.fileError}.`;
}

/** The JSON document `check --format json` prints: exactly the documented shape. */
export function jsonReport(files: readonly FileReport[], version: string, lang: Lang): object {
  return {
    tool: 'budget-check',
    version,
    files: files.map((f) => ({
      file: f.file,
      ...(f.error ? { error: { code: f.error.code, message: lang === 'en' ? f.error.message : fileErrorText(f.error, lang) } } : {}),
      tables: (f.result?.tables ?? []).map((t) => ({
        id: t.id,
        sheet: t.sheet,
        range: rangeToA1(t.range),
        kind: t.kind,
        layout: t.layout,
        years: [...t.years],
        sources: [...t.sources],
        unit: t.unit,
        relations: f.result!.relationsOf(t),
        correction: jsonCorrection(f.result!.corrections.find((c) => c.sheet === t.sheet && c.tableId === t.id), lang),
      })),
      findings: (f.result?.findings ?? []).map((x) => jsonFinding(x, lang)),
    })),
  };
}

/** A table's correction in the JSON report (null: every relation of the table holds). */
export function jsonCorrection(c: TableCorrection | undefined, lang: Lang): object | null {
  if (!c) return null;
  const lines = correctionLines(c, lang);
  if (c.status !== 'found') return { status: c.status, reason: c.reason, message: lines.join(' ') };
  return {
    status: c.status,
    cells: c.correction.cells,
    follow: c.correction.follow,
    alternatives: c.alternatives,
    ...(c.alternativesMore ? { alternativesMore: true } : {}),
    others: c.others.map((o) => o.cells),
    basis: c.basis,
    method: c.method,
    settles: c.settles,
    message: `${lines[0]}. ${lines[lines.length - 1]}`,
  };
}

export function jsonFinding(f: Finding, lang: Lang): object {
  return {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    tableId: f.tableId,
    expected: f.expected,
    actual: f.actual,
    difference: f.difference,
    parts: [...f.parts],
    message: localizeFinding(f, lang),
  };
}

/**
 * The report for a person: per file and sheet the tables found, then findings by severity.
 * With `relations`, each table is followed by what the engine believes adds up to what.
 */
export function textReport(files: readonly FileReport[], lang: Lang, options: { relations?: boolean; suggest?: boolean } = {}): string {
  const { relations = false, suggest = false } = options;
  const loc = localeOf(lang);
  const lines: string[] = [];
  for (const f of files) {
    lines.push(f.file);
    if (f.error) {
      lines.push(`  ${fileErrorText(f.error, lang)}`, '');
      continue;
    }
    const result = f.result!;
    if (result.tables.length === 0) lines.push(`  ${loc.ui.noTables}`);
    else lines.push(`  ${loc.ui.tablesFound(result.tables.length)}`);
    const sheets = [...new Set(result.tables.map((t) => t.sheet))];
    for (const sheet of sheets) {
      lines.push(`  ${loc.ui.sheet(sheet)}`);
      for (const t of result.tables.filter((x) => x.sheet === sheet)) {
        lines.push(`    ${loc.table(t)}`);
        if (relations) for (const r of result.relationsOf(t)) lines.push(`      ${loc.ui.relation(r)}`);
        const correction = suggest ? result.corrections.find((c) => c.sheet === t.sheet && c.tableId === t.id) : undefined;
        if (correction) {
          const [heading, ...rest] = correctionLines(correction, lang);
          lines.push(`      ${heading}${correction.status === 'found' ? ':' : ''}`, ...rest.map((l) => `        ${l}`));
        }
      }
    }
    for (const severity of ['error', 'warning', 'info'] as const) {
      const list = result.findings.filter((x) => groupOf(x) === severity);
      if (list.length === 0) continue;
      lines.push('', `  ${loc.severityPlural[severity]} (${list.length})`);
      for (const x of list) lines.push(`    [${x.sheet}] ${localizeFinding(x, lang)}`);
    }
    const count = (s: Finding['severity']) => result.findings.filter((x) => groupOf(x) === s).length;
    if (result.tables.length > 0 && result.findings.length === 0) lines.push(`  ${loc.ui.noFindings}`);
    const summary = loc.ui.summary(count('error'), count('warning'), count('info'));
    lines.push('', `  ${summary.charAt(0).toLocaleUpperCase()}${summary.slice(1)}`, '');
  }
  return lines.join('\n');
}

/**
 * Where the text report lists a finding: by its severity, except that risks (fragile totals)
 * that are notes go under warnings: the notes section is the rounding notes.
 */
function groupOf(f: Finding): Finding['severity'] {
  return f.severity === 'info' && isRisk(f.code) ? 'warning' : f.severity;
}

/** 2 when a file could not be read, else 1 when an error was found, else 0. */
export function exitStatus(files: readonly FileReport[]): number {
  if (files.some((f) => f.error)) return 2;
  if (files.some((f) => f.result?.findings.some((x) => x.severity === 'error'))) return 1;
  return 0;
}
