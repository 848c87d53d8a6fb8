import { Command, Option } from 'commander';
import { localizeFinding, planRollups, ROLLUP_KINDS, type Lang, type RollupKind, type RollupPlan } from '../engine';
import { isSameFile } from './applyPlan';
import type { ReadLimits } from './limits';
import { UnreadableFileError } from './readWorkbookFile';
import { readPackage, type ReadPackage } from './readSnapshot';
import { outputProblem, writeCopy, writeFailure } from './writeOutput';

/** What the command says, in the user's language. */
const SAY: { readonly [L in Lang]: {
  sameFile: (file: string) => string;
  noTables: (file: string) => string;
  skipped: (table: string, kind: string | undefined, reason: string) => string;
  wrote: (out: string, n: number) => string;
  sheet: (sheet: string, table: string, kind: string, differences: number) => string;
  reasons: Record<string, string>;
  kinds: Record<RollupKind, string>;
} } = {
  en: {
    sameFile: (f) => `${f}: the output must be another file (the input is never modified); give -o OUT.xlsx`,
    noTables: (f) => `${f}: no funding table to roll up`,
    skipped: (t, k, r) => `${t}${k ? ` (${k})` : ''}: ${r}`,
    wrote: (out, n) => `${out}: ${n} rollup sheet${n === 1 ? '' : 's'} added`,
    sheet: (s, t, k, d) => `  “${s}”: ${t}, ${k}${d > 0 ? `; ${d} stated total${d === 1 ? '' : 's'} differ${d === 1 ? 's' : ''} beyond rounding` : ''}`,
    reasons: {
      'no-such-table': 'no such table (see `budget-check check`)',
      'not-a-funding-table': 'not a funding table',
      'no-sources': 'the table names no funding sources',
      'no-items': 'the table has no items besides its sources',
      'no-figures': 'the table has no figures to add',
    },
    kinds: { year: 'by year', source: 'by source', item: 'by item and year' },
  },
  ru: {
    sameFile: (f) => `${f}: результат нужно записать в другой файл (исходный не изменяется); укажите -o OUT.xlsx`,
    noTables: (f) => `${f}: нет таблиц финансирования для свода`,
    skipped: (t, k, r) => `${t}${k ? ` (${k})` : ''}: ${r}`,
    wrote: (out, n) => `${out}: добавлено листов со сводами: ${n}`,
    sheet: (s, t, k, d) => `  «${s}»: ${t}, ${k}${d > 0 ? `; расхождений с указанными итогами больше округления: ${d}` : ''}`,
    reasons: {
      'no-such-table': 'такой таблицы нет (см. `budget-check check`)',
      'not-a-funding-table': 'это не таблица финансирования',
      'no-sources': 'в таблице не названы источники финансирования',
      'no-items': 'в таблице нет мероприятий, только источники',
      'no-figures': 'в таблице нет сумм',
    },
    kinds: { year: 'по годам', source: 'по источникам', item: 'по мероприятиям и годам' },
  },
};

interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

interface RollupOpts {
  output: string;
  table?: string[];
  kind?: RollupKind[];
  lang: Lang;
}

/**
 * `rollup FILE -o OUT.xlsx`: adds rollup sheets to a copy of FILE
 * (the input package with only the parts that change rewritten: packageWriter.ts). Exit status as `check`:
 * 0 written, every stated total agrees; 1 written, some stated total differs beyond
 * rounding; 2 nothing written (unreadable file, no such table, output = input, output not
 * writable, bad options). The output is written atomically (writeFileAtomic).
 */
export function rollupCommand(io: Io, defaultLang: Lang, limits: ReadLimits, setStatus: (status: number) => void): Command {
  return new Command('rollup')
    .description('add rollup sheets (by year, by source, by item and year) of the funding tables, as live formulas, to a copy of the workbook')
    .argument('<file>', '.xlsx workbook to roll up (not modified)')
    .requiredOption('-o, --output <out>', 'the .xlsx file to write')
    .addOption(new Option('--table <id...>', 'tables to roll up, as `check` numbers them (T1, T2 ...); default: every funding table'))
    .addOption(new Option('--kind <kind...>', 'rollups to make; default: all that apply').choices([...ROLLUP_KINDS]))
    .addOption(new Option('--lang <lang>', 'language of the sheets and messages').choices(['ru', 'en']).default(defaultLang))
    .action(async (file: string, opts: RollupOpts) => setStatus(await rollupFile(file, opts, io, limits)));
}

async function rollupFile(file: string, opts: RollupOpts, io: Io, limits: ReadLimits): Promise<number> {
  const say = SAY[opts.lang];
  if (await isSameFile(file, opts.output)) {
    io.err(`${say.sameFile(file)}\n`);
    return 2;
  }
  // a folder that is not there or not writable is said before the workbook is read, not after
  const problem = outputProblem(opts.output);
  if (problem) {
    io.err(`${writeFailure(opts.output, problem, opts.lang)}\n`);
    return 2;
  }
  let read: ReadPackage;
  let result: RollupPlan;
  try {
    read = await readPackage(file, limits);
    result = planRollups(read.snapshot, { tables: opts.table, kinds: opts.kind, lang: opts.lang });
  } catch (e) {
    if (e instanceof UnreadableFileError) {
      io.err(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  for (const s of result.skipped) io.err(`${say.skipped(s.tableId, s.kind && say.kinds[s.kind], say.reasons[s.reason])}\n`);
  if (!result.plan) {
    if (result.skipped.length === 0) io.err(`${say.noTables(file)}\n`);
    return 2;
  }
  // the input package with the new sheets added; the new formulas are computed when the workbook is opened (fullCalcOnLoad)
  const failure = await writeCopy(read, result.plan, opts.output, opts.lang);
  if (failure) {
    io.err(`${failure}\n`);
    return 2;
  }
  io.out(`${say.wrote(opts.output, result.sheets.length)}\n`);
  for (const s of result.sheets) io.out(`${say.sheet(s.sheet, s.tableId, say.kinds[s.kind], s.differences)}\n`);
  // what the check says of the tables' columns (years that skip some), in the check's words; also the sheets' first note
  for (const f of result.findings) io.out(`  [${f.sheet}] ${localizeFinding(f, opts.lang)}\n`);
  if (result.skipped.some((s) => s.reason === 'no-such-table' || s.reason === 'not-a-funding-table')) return 2;
  return result.sheets.some((s) => s.differences > 0) ? 1 : 0;
}
