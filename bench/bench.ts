/**
 * `npm run bench`: builds a large workbook of many programmes in every funding-table layout,
 * then times
 *   1. the engine in-process: `checkWorkbook(snapshot)` on a workbook loaded once;
 *   2. the CLI as a whole process against a bare ExcelJS load of the same file.
 * and checks that the engine found the tables and the planted errors (sanity, not a test).
 *
 * Environment knobs (all optional): BENCH_ENGINE_WARMUP (3), BENCH_ENGINE_RUNS (11), BENCH_SPAWN_RUNS (5),
 * BENCH_REUSE=1 (keep an existing bench/out/bench.xlsx instead of rebuilding it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkWorkbook, detectTables, type Finding, type WorkbookSnapshot } from '../src/engine';
import { readSnapshot } from '../src/cli/readSnapshot';
import { loadSolver } from '../src/cli/loadSolver';
import { buildBenchWorkbook, DEFAULT_BUILD, type BuildStats, type Layout, type PlantedError } from './buildWorkbook';
import { checkCrossTables, tableSummaries } from '../src/engine/check/checkCrossTables';
import { checkFigures } from '../src/engine/check/checkFigures';
import { checkPassportText } from '../src/engine/check/checkPassportText';
import { checkRelations } from '../src/engine/check/checkRelations';

const ROOT = resolve(__dirname, '..', '..'); // dist/bench → repository root
const OUT_DIR = join(ROOT, 'bench', 'out');
const FILE = join(OUT_DIR, 'bench.xlsx');
const CLI = join(ROOT, 'bin', 'budget-check.js');
const BARE = join(__dirname, 'bareLoad.js');

/** V8 keeps optimising the engine over its first few runs: the first is the cold figure (the CLI pays it), the rest warm-up. */
const ENGINE_WARMUP = Math.max(1, Number(process.env.BENCH_ENGINE_WARMUP ?? 3));
const ENGINE_RUNS = Number(process.env.BENCH_ENGINE_RUNS ?? 11);
const SPAWN_RUNS = Number(process.env.BENCH_SPAWN_RUNS ?? 5);
const TARGET_MS_PER_100K = 50;
const TARGET_RATIO = 1.3;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x: number): string => `${x.toFixed(1)} ms`;
const fmtInt = (n: number): string => n.toLocaleString('en-US');
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const padL = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const section = (title: string): void => console.log(`\n== ${title} ${'='.repeat(Math.max(0, 76 - title.length))}`);

function time<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

/** Filled cells as the engine sees them: non-empty values (a merge's non-anchor cells are empty). */
function countCells(snapshot: WorkbookSnapshot): { total: number; perSheet: Map<string, number> } {
  const perSheet = new Map<string, number>();
  let total = 0;
  for (const s of snapshot.sheets) {
    let n = 0;
    for (const row of s.values) for (const v of row) if (v !== null && v !== undefined && v !== '') n++;
    perSheet.set(s.name, n);
    total += n;
  }
  return { total, perSheet };
}

const SEVERITY_RANK: Record<Finding['severity'], number> = { info: 0, warning: 1, error: 2 };

function caught(p: PlantedError, findings: readonly Finding[]): Finding | undefined {
  return findings.find((f) => f.sheet === p.sheet && p.anyOf.includes(f.cell) && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[p.severity]);
}

/** Times the engine's phases separately: detection, then each check on that detection. */
/**
 * A table that no layout reads (no years in its header): numbered programmes, each with its
 * source rows (`- за счет ...`), plan and fact columns, a total column, a grand total row; one
 * planted error in the grand total's fact. Its relations come from the structural reading alone.
 */
function structuralTable(rows: number): { workbook: WorkbookSnapshot; rows: number; planted: string } {
  const values: (string | number | null)[][] = [['№', 'Наименование', 'План', 'Факт', 'Всего']];
  let plan = 0;
  let fact = 0;
  for (let p = 1; values.length < rows - 1; p++) {
    const local = [p * 3, p * 2];
    const regional = [p, p + 1];
    values.push([String(p), `Программа ${p}`, local[0] + regional[0], local[1] + regional[1], local[0] + regional[0] + local[1] + regional[1]]);
    values.push([null, '- за счет местного бюджета', local[0], local[1], local[0] + local[1]]);
    values.push([null, '- за счет областного бюджета', regional[0], regional[1], regional[0] + regional[1]]);
    plan += local[0] + regional[0];
    fact += local[1] + regional[1];
  }
  values.push([null, 'ВСЕГО', plan, fact + 100, plan + fact + 100]);
  return { workbook: { sheets: [{ name: 'Перечень', values }] }, rows: values.length, planted: `D${values.length}` };
}

/** A programme's activities by year: a total column, a total row; `errors` leaves typed wrong (one per row, spread out). */
function correctionTable(rows: number, errors: number): { workbook: WorkbookSnapshot; planted: string[] } {
  const values: (string | number | null)[][] = [['Ресурсное обеспечение, тыс. руб.'], ['Наименование', 'Всего', '2024', '2025', '2026', '2027']];
  const sums = [0, 0, 0, 0, 0];
  const planted: string[] = [];
  const every = Math.floor(rows / errors);
  for (let i = 1; i <= rows; i++) {
    const years = [i % 97, (i * 7) % 89, (i * 13) % 83, (i * 3) % 79].map((x) => x * 10 + 5);
    const total = years.reduce((a, b) => a + b, 0);
    years.forEach((y, k) => (sums[k + 1] += y));
    sums[0] += total;
    if (i % every === 0 && planted.length < errors) {
      const col = 2 + (planted.length % 4);
      years[col - 2] += 10 * 2 ** planted.length; // sizes no two subsets share: one correction only
      planted.push(`${String.fromCharCode(65 + col)}${values.length + 1}`);
    }
    values.push([`Мероприятие ${i}`, total, ...years]);
  }
  values.push(['Итого', ...sums]);
  return { workbook: { sheets: [{ name: 'Приложение 2', values }] }, planted };
}

function phaseTimes(snapshot: WorkbookSnapshot, runs: number): { name: string; ms: number }[] {
  type Sheets = ReturnType<typeof detectTables>['sheets'];
  const checks: { name: string; run: (sheets: Sheets) => unknown }[] = [
    { name: 'checkFigures', run: (s) => s.map((x) => checkFigures(x)) },
    { name: 'checkRelations', run: (s) => checkRelations(s) },
    { name: 'checkCrossTables', run: (s) => checkCrossTables(tableSummaries(s)) },
    { name: 'checkPassportText', run: (s) => checkPassportText(s, tableSummaries(s)) },
  ];
  const samples = new Map<string, number[]>([['detectTables', []], ...checks.map((c) => [c.name, []] as [string, number[]])]);
  for (let i = 0; i < runs; i++) {
    const d = time(() => detectTables(snapshot));
    samples.get('detectTables')!.push(d.ms);
    for (const c of checks) samples.get(c.name)!.push(time(() => c.run(d.value.sheets)).ms);
  }
  return [...samples].map(([name, xs]) => ({ name, ms: median(xs) }));
}

interface SpawnResult {
  readonly ms: number;
  readonly status: number | null;
  readonly stderr: string;
}

function spawnTimed(args: readonly string[], stdout: 'ignore' | 'pipe' = 'ignore'): SpawnResult & { stdout?: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', stdout, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 });
  const elapsed = performance.now() - t0;
  if (r.error) throw r.error;
  return { ms: elapsed, status: r.status, stderr: r.stderr ?? '', stdout: stdout === 'pipe' ? (r.stdout ?? '') : undefined };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  mkdirSync(OUT_DIR, { recursive: true });
  const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`node ${process.version}, ${cpus().length} CPUs, load average ${load()} (timings are noisy when other work runs)`);

  // 1. the workbook ----------------------------------------------------------------------------
  section('1. Workbook');
  let stats: BuildStats | undefined;
  if (process.env.BENCH_REUSE === '1' && existsSync(FILE)) {
    console.log(`reusing ${relative(ROOT, FILE)} (BENCH_REUSE=1); generator statistics and planted errors unknown`);
  } else {
    const b = performance.now();
    stats = await buildBenchWorkbook(FILE, DEFAULT_BUILD);
    console.log(`built ${relative(ROOT, FILE)} in ${ms(performance.now() - b)} (${(statSync(FILE).size / 1048576).toFixed(1)} MiB, ${stats.sheets} sheets)`);
    console.log(`generator wrote ${fmtInt(stats.filledCells)} filled cells; biggest sheet "${stats.biggestSheet.name}" with ${fmtInt(stats.biggestSheet.cells)}`);
  }

  // 2. the engine in-process -------------------------------------------------------------------
  section('2. Engine in-process');
  const loadStart = performance.now();
  const snapshot = await readSnapshot(FILE);
  const loadMs = performance.now() - loadStart;
  const cells = countCells(snapshot);
  const biggest = [...cells.perSheet].sort((a, b) => b[1] - a[1])[0];
  console.log(`readSnapshot (the CLI's reader: ExcelJS's parsers, once): ${ms(loadMs)}`);
  console.log(`filled cells in the snapshot: ${fmtInt(cells.total)} on ${snapshot.sheets.length} sheets; biggest "${biggest[0]}" ${fmtInt(biggest[1])}`);
  if (stats && stats.filledCells !== cells.total) console.log(`  NOTE: generator count ${fmtInt(stats.filledCells)} differs from snapshot count ${fmtInt(cells.total)}`);

  const warmups = Array.from({ length: ENGINE_WARMUP }, () => time(() => checkWorkbook(snapshot)));
  const warm = warmups[warmups.length - 1];
  console.log(`first (cold) checkWorkbook: ${ms(warmups[0].ms)}; warm-up runs, untimed: ${warmups.map((w) => w.ms.toFixed(0)).join(', ')} ms`);
  const runs: number[] = [];
  let result = warm.value;
  for (let i = 0; i < ENGINE_RUNS; i++) {
    const t = time(() => checkWorkbook(snapshot));
    runs.push(t.ms);
    result = t.value;
  }
  const engineMs = median(runs);
  const per100k = (engineMs * 100_000) / cells.total;
  console.log(`checkWorkbook x${ENGINE_RUNS}: ${runs.map((x) => x.toFixed(0)).join(', ')} ms → median ${ms(engineMs)}, ${ms(per100k)} per 100k cells`);

  const phases = phaseTimes(snapshot, 5);
  {
    console.log('phases (median of 5; each check timed on the same detection):');
    const total = phases.reduce((a, p) => a + p.ms, 0);
    for (const p of phases) console.log(`  ${pad(p.name, 18)} ${padL(ms(p.ms), 11)}  ${padL(((p.ms * 100) / total).toFixed(0), 3)}%`);
  }

  // per-sheet cost of the biggest sheet alone
  const bigOnly = { sheets: snapshot.sheets.filter((s) => s.name === biggest[0]) };
  checkWorkbook(bigOnly);
  const bigMs = median(Array.from({ length: 3 }, () => time(() => checkWorkbook(bigOnly)).ms));
  console.log(`biggest sheet alone: ${ms(bigMs)} for ${fmtInt(biggest[1])} cells (${ms((bigMs * 100_000) / biggest[1])} per 100k)`);

  // sanity: tables by layout, findings
  const byLayout = new Map<string, number>();
  for (const t of result.tables) byLayout.set(t.layout, (byLayout.get(t.layout) ?? 0) + 1);
  console.log(`\ntables found: ${result.tables.length} (funding ${result.tables.filter((t) => t.kind === 'funding').length})`);
  const layouts: (Layout | 'indicators')[] = ['source-by-year', 'items-by-source-and-year', 'year-rows-by-source', 'items-by-year', 'indicators'];
  const layoutRows: string[][] = [['layout', 'generated', 'found']];
  let layoutOk = true;
  for (const l of layouts) {
    const gen = l === 'indicators' ? 0 : (stats?.tablesByLayout[l] ?? NaN);
    const found = byLayout.get(l) ?? 0;
    if (stats && gen !== found) layoutOk = false;
    layoutRows.push([l, Number.isNaN(gen) ? '?' : String(gen), String(found)]);
  }
  for (const [l, n] of byLayout) if (!layouts.includes(l as Layout)) layoutRows.push([l, '0', String(n)]);
  for (const r of layoutRows) console.log(`  ${pad(r[0], 26)} ${padL(r[1], 9)} ${padL(r[2], 7)}`);
  if (stats && !layoutOk) {
    // where the misses are: generated tables per sheet prefix against found
    const foundBySheet = new Map<string, number>();
    for (const t of result.tables) foundBySheet.set(t.sheet, (foundBySheet.get(t.sheet) ?? 0) + 1);
    console.log('  MISMATCH between generated and found tables; found per sheet:');
    console.log(`    ${[...foundBySheet].map(([s, n]) => `${s}: ${n}`).join('; ')}`);
  }

  const bySev = { error: 0, warning: 0, info: 0 };
  const byCode = new Map<string, number>();
  for (const f of result.findings) {
    bySev[f.severity]++;
    byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  }
  console.log(`\nfindings: ${result.findings.length} (error ${bySev.error}, warning ${bySev.warning}, info ${bySev.info}); by code: ${[...byCode].map(([c, n]) => `${c} ${n}`).join(', ')}`);
  for (const f of result.findings.slice(0, 40)) {
    console.log(`  ${pad(f.severity, 7)} ${pad(f.code, 20)} ${f.sheet}!${f.cell}${f.expected !== null ? `  expected ${f.expected}, actual ${f.actual}` : ''}`);
  }
  if (result.findings.length > 40) console.log(`  ... and ${result.findings.length - 40} more`);
  let plantedCaught = 0;
  if (stats) {
    console.log(`\nplanted errors: ${stats.planted.length}`);
    for (const p of stats.planted) {
      const f = caught(p, result.findings);
      if (f) plantedCaught++;
      console.log(`  ${f ? 'caught ' : 'MISSED '} ${p.sheet}!{${p.anyOf.join(',')}} ${p.severity}: ${p.why}${f ? ` → ${f.code} at ${f.cell}` : ''}`);
    }
    const explained = result.findings.filter((f) => stats!.planted.some((p) => p.sheet === f.sheet));
    const stray = result.findings.filter((f) => f.severity !== 'info' && !explained.includes(f));
    console.log(`findings on sheets without a planted error (false alarms): ${stray.length}`);
    for (const f of stray.slice(0, 10)) console.log(`  ${f.severity} ${f.code} ${f.sheet}!${f.cell}`);
  }

  // 2b. A table no layout reads: what adds up found from labels and figures alone --------------
  section('2b. A 10,000-row table read from its structure');
  const bigTable = structuralTable(10_000);
  const structural: number[] = [];
  let structuralResult = checkWorkbook(bigTable.workbook);
  for (let i = 0; i < 5; i++) {
    const r = time(() => checkWorkbook(bigTable.workbook));
    structural.push(r.ms);
    structuralResult = r.value;
  }
  const structuralMs = median(structural);
  const structuralErrors = structuralResult.findings.filter((f) => f.severity === 'error').map((f) => f.cell);
  console.log(`${fmtInt(bigTable.rows)} rows (programmes with their source rows, a total column, a grand total), one planted error at ${bigTable.planted}`);
  console.log(`checkWorkbook x5: ${structural.map((x) => x.toFixed(0)).join(', ')} ms → median ${ms(structuralMs)}; layout ${structuralResult.tables.map((t) => t.layout).join(', ')}; errors at ${structuralErrors.join(', ') || 'none'}`);

  // 2c. Corrections: the fewest cell changes that make every total agree -------------------------
  section('2c. Corrections (one consistent correction per table)');
  const solver = await loadSolver();
  console.log(`solver: ${solver ? 'HiGHS (WebAssembly) loaded' : 'NOT LOADED (search only)'}`);
  const withC: number[] = [];
  const withoutC: number[] = [];
  let corrected = checkWorkbook(snapshot, { solver });
  for (let i = 0; i < 5; i++) {
    withoutC.push(time(() => checkWorkbook(snapshot, { corrections: false })).ms);
    const t = time(() => checkWorkbook(snapshot, { solver }));
    withC.push(t.ms);
    corrected = t.value;
  }
  const correctionShare = median(withC) / median(withoutC) - 1;
  const foundC = corrected.corrections.filter((c) => c.status === 'found');
  console.log(`bench workbook, alternating x5: without corrections ${withoutC.map((x) => x.toFixed(0)).join(', ')} ms → median ${ms(median(withoutC))}; with ${withC.map((x) => x.toFixed(0)).join(', ')} ms → median ${ms(median(withC))}`);
  console.log(`corrections add ${(correctionShare * 100).toFixed(1)}% to the check; ${foundC.length} tables corrected (${foundC.map((c) => `${c.tableId} ${c.status === 'found' ? c.correction.cells.map((x) => x.cell).join('+') : ''}`).join('; ')}), ${corrected.corrections.length - foundC.length} gave up`);
  const big = correctionTable(2000, 10);
  const bigRuns: number[] = [];
  const bigBase: number[] = [];
  let bigResult = checkWorkbook(big.workbook, { solver });
  for (let i = 0; i < 3; i++) {
    bigBase.push(time(() => checkWorkbook(big.workbook, { corrections: false })).ms);
    const t = time(() => checkWorkbook(big.workbook, { solver }));
    bigRuns.push(t.ms);
    bigResult = t.value;
  }
  const bigCorrectionMs = median(bigRuns) - median(bigBase);
  const bigC = bigResult.corrections[0];
  const bigCells = bigC?.status === 'found' ? bigC.correction.cells.map((x) => x.cell) : [];
  const bigRight = bigCells.length === big.planted.length && big.planted.every((c) => bigCells.includes(c));
  console.log(`2,000 rows, 10 planted errors (${big.planted.join(', ')}): check ${ms(median(bigBase))}, with the correction ${ms(median(bigRuns))} → correction ${ms(bigCorrectionMs)}; ${bigC ? (bigC.status === 'found' ? `found ${bigCells.length} cells by ${bigC.method}${bigRight ? ', the planted ones' : ', NOT the planted ones'}` : `gave up (${bigC.reason})`) : 'no correction'}`);

  // 3. CLI vs bare load ------------------------------------------------------------------------
  section('3. CLI vs bare ExcelJS load (whole processes)');
  const cliArgs = [CLI, 'check', FILE, '--format', 'json'];
  const bareArgs = [BARE, FILE];
  // warm-up, untimed: fills the OS file cache, and checks the CLI's report against the in-process result
  const cliWarm = spawnTimed(cliArgs, 'pipe');
  let cliFailures = 0;
  if (cliWarm.status !== 0 && cliWarm.status !== 1) {
    cliFailures++;
    console.log(`CLI warm-up FAILED (exit ${cliWarm.status}):\n${cliWarm.stderr}`);
  } else {
    try {
      const doc = JSON.parse(cliWarm.stdout ?? '') as { files: { tables: unknown[]; findings: unknown[] }[] };
      const f = doc.files[0];
      const same = f.tables.length === result.tables.length && f.findings.length === result.findings.length;
      console.log(`CLI warm-up: exit ${cliWarm.status}, report: ${f.tables.length} tables, ${f.findings.length} findings${same ? ' (same as in-process)' : ' (DIFFERS from in-process)'}`);
    } catch (e) {
      console.log(`CLI warm-up: exit ${cliWarm.status}, stdout is not JSON: ${(e as Error).message}`);
    }
  }
  const bareWarm = spawnTimed(bareArgs);
  if (bareWarm.status !== 0) console.log(`bare load warm-up FAILED (exit ${bareWarm.status}):\n${bareWarm.stderr}`);

  const cliTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < SPAWN_RUNS; i++) {
    const c = spawnTimed(cliArgs);
    if (c.status === 0 || c.status === 1) cliTimes.push(c.ms);
    else {
      cliFailures++;
      console.log(`CLI run ${i + 1} FAILED (exit ${c.status}):\n${c.stderr}`);
    }
    const b = spawnTimed(bareArgs);
    if (b.status === 0) bareTimes.push(b.ms);
    else console.log(`bare run ${i + 1} FAILED (exit ${b.status}):\n${b.stderr}`);
  }
  const cliMs = cliTimes.length ? median(cliTimes) : NaN;
  const bareMs = bareTimes.length ? median(bareTimes) : NaN;
  const ratio = cliMs / bareMs;
  console.log(`CLI  x${SPAWN_RUNS}: ${cliTimes.map((x) => x.toFixed(0)).join(', ')} ms → median ${ms(cliMs)}`);
  console.log(`bare x${SPAWN_RUNS}: ${bareTimes.map((x) => x.toFixed(0)).join(', ')} ms → median ${ms(bareMs)}`);
  console.log(`ratio CLI / bare: ${ratio.toFixed(3)} (CLI - bare = ${ms(cliMs - bareMs)}: the CLI reads with ExcelJS's parsers but builds no ExcelJS workbook, then runs a cold-JIT check and writes the JSON report)`);

  // summary ------------------------------------------------------------------------------------
  section('Summary');
  const ok = (b: boolean): string => (b ? 'ok' : 'OVER');
  const rows: [string, string, string, string][] = [
    ['figure', 'value', 'target', ''],
    ['filled cells', fmtInt(cells.total), '200k-300k', cells.total >= 200_000 && cells.total <= 300_000 ? 'ok' : 'OUT'],
    ['sheets / biggest sheet cells', `${snapshot.sheets.length} / ${fmtInt(biggest[1])}`, '', ''],
    ['tables found (generated)', `${result.tables.length} (${stats ? Object.values(stats.tablesByLayout).reduce((a, b) => a + b, 0) : '?'})`, 'equal', stats ? (layoutOk ? 'ok' : 'MISSED') : ''],
    ['findings (error/warn/info)', `${result.findings.length} (${bySev.error}/${bySev.warning}/${bySev.info})`, 'few', ''],
    ['planted errors caught', stats ? `${plantedCaught} / ${stats.planted.length}` : '?', 'all', stats ? (plantedCaught === stats.planted.length ? 'ok' : 'MISSED') : ''],
    ['readSnapshot in-process (once)', ms(loadMs), '', ''],
    ['checkWorkbook first (cold) run', ms(warmups[0].ms), '', ''],
    [`checkWorkbook warm median of ${ENGINE_RUNS}`, ms(engineMs), '', ''],
    ['checkWorkbook per 100k cells', ms(per100k), `<= ${TARGET_MS_PER_100K} ms`, ok(per100k <= TARGET_MS_PER_100K)],
    ['10,000-row structural table', ms(structuralMs), '< 2000 ms', ok(structuralMs < 2000 && structuralErrors.includes(bigTable.planted))],
    ['corrections, added to the check', `${(correctionShare * 100).toFixed(1)}%`, '<= 20%', ok(correctionShare <= 0.2)],
    ['2,000 rows / 10 errors: correction', ms(bigCorrectionMs), '<= 2000 ms', ok(bigCorrectionMs <= 2000 && bigC !== undefined)],
    ['CLI process median', ms(cliMs), '', cliFailures ? `${cliFailures} FAILED` : ''],
    ['bare ExcelJS load median', ms(bareMs), '', ''],
    ['CLI / bare', ratio.toFixed(3), `<= ${TARGET_RATIO}`, ok(ratio <= TARGET_RATIO)],
    ['bench wall time (no tsc)', `${((performance.now() - t0) / 1000).toFixed(1)} s`, '', ''],
    ['load average at the end', load(), '', ''],
  ];
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  const line = `+${w.map((x) => '-'.repeat(x + 2)).join('+')}+${'-'.repeat(8)}+`;
  console.log(line);
  rows.forEach((r, i) => {
    console.log(`| ${pad(r[0], w[0])} | ${padL(r[1], w[1])} | ${pad(r[2], w[2])} | ${pad(r[3], 6)} |`);
    if (i === 0) console.log(line);
  });
  console.log(line);
  if (cliFailures) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error((e as Error).stack ?? String(e));
  process.exitCode = 1;
});
