import { Command, Option } from 'commander';
import { fillWording, planFill, type FillChoice, type FillChoiceHint, type FillResult, type Lang } from '../engine';
import { packageVersion } from './packageVersion';
import { isSameFile } from './applyPlan';
import type { Io } from './main';
import type { ReadLimits } from './limits';
import { UnreadableFileError } from './readWorkbookFile';
import { readPackage, type ReadPackage } from './readSnapshot';
import { outputProblem, writeCopy, writeFailure } from './writeOutput';

interface FillCommandOptions {
  readonly template: string;
  readonly source?: string;
  readonly year?: string;
  readonly dryRun?: boolean;
  readonly overwrite?: boolean;
  readonly lang: Lang;
  readonly format: 'text' | 'json';
  readonly output?: string;
}

/** Problems that mean the command line names something the workbook does not have. */
const USAGE_PROBLEMS = new Set(['template-not-found', 'source-not-found']);

/** On the command line a fill's choices are its options: `укажите лист отчёта (--template)`. */
const OPTION_OF: { readonly [C in FillChoice]: string } = { template: '--template', source: '--source', year: '--year 2024' };
const optionHint: FillChoiceHint = (choice) => ` (${OPTION_OF[choice]})`;

/**
 * `budget-check fill FILE --template SHEET [--source SHEET] [--year 2024] [--dry-run] [--overwrite] -o OUT.xlsx`:
 * fills a report template from the workbook's indicator table into a copy (the input is never
 * written). Exit status: 0 every row filled; 1 something is left for the user (unmatched rows,
 * occupied cells, a year or source to settle); 2 the file cannot be read or written, or the
 * command line is wrong.
 */
export function fillCommand(io: Io, envLang: Lang, limits: ReadLimits, setStatus: (status: number) => void): Command {
  return new Command('fill')
    .description('fill an indicator report template from the programme\'s indicator table, into a copy of the workbook')
    .argument('<file>', '.xlsx workbook holding the template and the indicator table')
    .requiredOption('--template <sheet>', 'the sheet to fill')
    .option('--source <table>', "the indicator table to fill from: a sheet, 'Sheet'!A3:K17 or a table id (T2)")
    .option('--year <year>', 'the year to fill (default: the year the template names)')
    .option('--dry-run', 'print the matches and write nothing')
    .option('--overwrite', 'replace values already in target cells')
    .option('-o, --output <file>', 'where to write the filled workbook')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['ru', 'en']).default(envLang))
    .action(async (file: string, opts: FillCommandOptions) => setStatus(await runFill(file, opts, io, limits)));
}

async function runFill(file: string, opts: FillCommandOptions, io: Io, limits: ReadLimits): Promise<number> {
  const w = fillWording(opts.lang);
  const year = opts.year === undefined ? undefined : Number(opts.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1990 && year <= 2100)) {
    io.err(opts.lang === 'ru' ? `--year: «${opts.year}» — не год.\n` : `--year: '${opts.year}' is not a year.\n`);
    return 2;
  }
  if (!opts.dryRun && !opts.output) {
    io.err(opts.lang === 'ru' ? 'Укажите, куда записать заполненную книгу (-o ФАЙЛ.xlsx), или --dry-run.\n' : 'Say where to write the filled workbook (-o FILE.xlsx), or use --dry-run.\n');
    return 2;
  }
  if (opts.output && (await isSameFile(file, opts.output))) {
    io.err(opts.lang === 'ru' ? `-o ${opts.output}: это исходный файл; он не изменяется, укажите другой.\n` : `-o ${opts.output}: that is the input file, which is never modified; name another.\n`);
    return 2;
  }
  const problem = opts.output && !opts.dryRun ? outputProblem(opts.output) : null;
  if (problem) {
    io.err(`${writeFailure(opts.output!, problem, opts.lang)}\n`);
    return 2;
  }
  let read: ReadPackage;
  try {
    read = await readPackage(file, limits);
  } catch (e) {
    if (!(e instanceof UnreadableFileError)) throw e;
    io.err(`${e.message}\n`);
    return 2;
  }
  const result = planFill(read.snapshot, { template: opts.template, source: opts.source, year, overwrite: opts.overwrite, lang: opts.lang });
  const json = opts.format === 'json';
  const say = (line: string) => {
    if (!json) io.out(`${line}\n`);
  };
  if (!json) io.out(fillReport(result, opts.lang));
  let status: number;
  let output: string | null = null;
  if (!result.ok) {
    say(w.ui.nothingWritten);
    status = result.problems.some((p) => USAGE_PROBLEMS.has(p.code)) ? 2 : 1;
  } else if (result.written === 0) {
    // every cell already holds its figure (or nothing matched): no file is written, and it says so
    say(w.ui.nothingWritten);
    status = needsAttention(result) ? 1 : 0;
  } else if (opts.dryRun) {
    say(w.ui.dryRun(result.written));
    status = needsAttention(result) ? 1 : 0;
  } else {
    // the input package with the filled cells' sheet rewritten, every other part as it was
    const failure = await writeCopy(read, result.plan, opts.output!, opts.lang);
    if (failure) {
      io.err(`${failure}\n`);
      return 2;
    }
    output = opts.output!;
    say(w.ui.written(result.written, output));
    status = needsAttention(result) ? 1 : 0;
  }
  if (json) io.out(`${JSON.stringify(fillJson(file, output, result, opts.lang), null, 2)}\n`);
  return status;
}

/** The JSON document `fill --format json` prints: the fill result as data, problems with their message, without the plans. */
export function fillJson(file: string, output: string | null, result: FillResult, lang: Lang): object {
  const w = fillWording(lang);
  return {
    tool: 'budget-check',
    version: packageVersion(),
    file,
    output,
    ok: result.ok,
    planned: result.written,
    written: output === null ? 0 : result.written,
    template: result.template,
    source: result.source,
    candidates: result.candidates,
    matches: result.matches,
    unmatched: result.unmatched,
    formulas: result.formulas,
    problems: result.problems.map((p) => ({ ...p, message: w.problem(p, optionHint) })),
  };
}

/** Something the user must look at: a row not matched, a cell not filled, a warning. */
export function needsAttention(result: FillResult): boolean {
  return (
    !result.ok ||
    result.unmatched.length > 0 ||
    result.problems.some((p) => p.severity !== 'note') ||
    result.matches.some((m) => m.cells.some((c) => c.status === 'occupied' || c.status === 'formula' || c.status === 'no-value' || c.status === 'unreadable'))
  );
}

/** The fill for a person: template, source, matches with confidence, unmatched rows with candidates, notes. */
export function fillReport(result: FillResult, lang: Lang): string {
  const w = fillWording(lang);
  const lines: string[] = [];
  if (result.template) lines.push(`${w.ui.templateLine}: ${w.template(result.template)}`);
  if (result.source) lines.push(`${w.ui.sourceLine}: ${w.table(result.source)}`);
  if (result.ok) {
    lines.push('', w.ui.matches(result.matches.length));
    for (const m of result.matches) {
      const notes = [w.method[m.method], w.ui.confidence(m.confidence)];
      if (m.codeConflict) notes.push(w.codeConflict(m.codeConflict));
      if (m.unitDiffers && m.target.kind === 'row') notes.push(w.unitDiffers(m.target.unit ?? '', m.indicator.unit ?? ''));
      const cells = m.cells.map(w.cell).join(', ');
      lines.push(`  ${w.target(m.target)} ← ${w.source(m.target, m.indicator)} (${notes.join('; ')})${cells ? `: ${cells}` : ''}`);
    }
    lines.push('', w.ui.unmatched(result.unmatched.length));
    for (const u of result.unmatched) {
      const closest = u.candidates.length
        ? `${w.ui.closest}: ${u.candidates.map((c) => `${c.indicator.cell} ${w.indicator(c.indicator)} (${Math.round(c.score * 100)}%)`).join(', ')}`
        : w.ui.noCandidates;
      lines.push(`  ${w.target(u.target)}: ${w.unmatchedReason[u.reason]}; ${closest}`);
    }
    if (result.formulas.length) {
      lines.push('', w.ui.formulas(result.formulas.length));
      lines.push(`  ${result.formulas.map((f) => `${f.cell} ${f.formula}`).join(', ')}`);
    }
  }
  if (result.problems.length) {
    lines.push('', w.ui.problems(result.problems.length));
    for (const p of result.problems) lines.push(`  ${w.problem(p, optionHint)}`);
  }
  return `${lines.join('\n')}\n`;
}
