import { Command, CommanderError, Option } from 'commander';
import { checkWorkbook, langFromTag, type Lang, type LpSolver, type WorkbookSnapshot } from '../engine';
import { loadSolver } from './loadSolver';
import { fillCommand } from './fillCommand';
import { DEFAULT_LIMITS, limitsFromEnv, type ReadLimits } from './limits';
import { packageVersion } from './packageVersion';
import { UnreadableFileError } from './readWorkbookFile';
import { readSnapshot } from './readSnapshot';
import { exitStatus, jsonReport, textReport, type FileReport } from './report';
import { rollupCommand } from './rollupCommand';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: Record<string, string | undefined>;
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  env: process.env,
};

/** Checks a workbook already read (scripts/accept.js checks a snapshot with a planted figure). */
export function checkSnapshot(file: string, snapshot: WorkbookSnapshot, solver?: LpSolver): FileReport {
  return { file, result: checkWorkbook(snapshot, { solver }) };
}

/** Reads and checks one file; a file that cannot be read becomes an error entry, never a crash. */
export async function checkFile(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<FileReport> {
  try {
    const snapshot = await readSnapshot(file, limits);
    const report = checkSnapshot(file, snapshot);
    // the solver (HiGHS, 3.5 MB of WebAssembly) is loaded only for a table the search could not correct
    if (!report.result?.corrections.some((c) => c.status === 'gave-up' && c.reason === 'no-solver')) return report;
    const solver = await loadSolver();
    return solver ? { file, result: report.result.correctedWith(solver) } : report;
  } catch (e) {
    if (e instanceof UnreadableFileError) return { file, error: { code: e.code, message: e.message } };
    // a bug, not the file's fault: said in one sentence, never in JavaScript's words; the other files are still checked
    if (process.env.BUDGET_CHECK_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
    return { file, error: { code: 'unreadable-file', message: `${file}: an internal error stopped the check of this file` } };
  }
}

/**
 * Characters that would act on a terminal instead of being shown (C0 and C1 controls but tab and
 * line feed, DEL, bidirectional overrides), written as `\u001b`: a label with `_x001B_[2J` in a
 * workbook must not clear the screen. Valid in the JSON output too (only its strings can hold them).
 */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The `budget-check` command line. Resolves to the exit status. */
export async function main(argv: readonly string[], rawIo: Io = defaultIo): Promise<number> {
  // everything printed goes through terminalSafe: text from the workbook is in most of it
  const io: Io = { env: rawIo.env, out: (t) => rawIo.out(terminalSafe(t)), err: (t) => rawIo.err(terminalSafe(t)) };
  let status = 0;
  const envLang = langFromTag(io.env.BUDGET_CHECK_LANG ?? io.env.LC_ALL ?? io.env.LC_MESSAGES ?? io.env.LANG);
  const limits = limitsFromEnv(io.env);
  const program = new Command()
    .name('budget-check')
    .description('Checks programme funding tables in .xlsx workbooks: finds the tables and re-adds every total.')
    .version(packageVersion())
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  program
    .command('check')
    .description('find the funding tables of each workbook and check every total in them')
    .argument('<files...>', '.xlsx workbooks to check')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['ru', 'en']).default(envLang))
    .option('--relations', 'list, under each table, what adds up to what and how each fares')
    .option('--suggest', "print each table's correction: the fewest cell changes after which every total agrees")
    .action(async (files: string[], opts: { format: 'text' | 'json'; lang: Lang; relations?: boolean; suggest?: boolean }) => {
      const reports: FileReport[] = [];
      for (const file of files) reports.push(await checkFile(file, limits));
      if (opts.format === 'json') io.out(`${JSON.stringify(jsonReport(reports, packageVersion(), opts.lang), null, 2)}\n`);
      else io.out(`${textReport(reports, opts.lang, { relations: opts.relations === true, suggest: opts.suggest === true })}\n`);
      status = exitStatus(reports);
    });
  // commands built on their own take the program's exit and output settings (usage errors exit 2)
  for (const command of [rollupCommand(io, envLang, limits, (s) => (status = s)), fillCommand(io, envLang, limits, (s) => (status = s))]) {
    program.addCommand(command.copyInheritedSettings(program));
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors with 2
      return e.exitCode === 0 ? 0 : 2;
    }
    // anything else is a bug: one sentence naming the file, never JavaScript's words nor a stack trace (BUDGET_CHECK_DEBUG=1 prints them)
    const lang = argv.includes('ru') && argv.some((a, i) => (a === '--lang' && argv[i + 1] === 'ru') || a === '--lang=ru') ? 'ru' : envLang;
    const file = argv.find((a, i) => /\.xls[xm]$/i.test(a) && !['-o', '--output'].includes(argv[i - 1] ?? ''));
    io.err(
      lang === 'ru'
        ? `budget-check: внутренняя ошибка${file ? ` при обработке ${file}` : ''}; ничего не записано. Подробности: BUDGET_CHECK_DEBUG=1.\n`
        : `budget-check: an internal error stopped the command${file ? ` on ${file}` : ''}; nothing was written. BUDGET_CHECK_DEBUG=1 shows its details.\n`,
    );
    if (io.env.BUDGET_CHECK_DEBUG) io.err(`${(e as Error).stack ?? ''}\n`);
    return 2;
  }
  if (argv.length === 0) {
    io.err(program.helpInformation());
    return 2;
  }
  return status;
}
