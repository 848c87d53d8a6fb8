#!/usr/bin/env node
'use strict';
// Acceptance on a folder of real-world workbooks with an expected.json (the shared folder's
// realworld/, which is not ours to commit): runs `budget-check check --format json` over every .xlsx
// of the folder, scores the report (scripts/realworld-score.js: funding tables found, breaks caught,
// false errors, rounding entries reported as an error), prints the figures per file and in total,
// and exits 1 when the bar is missed.
//
//   npm run accept -- DIR [--plant] [--bar FILE] [--target] [--tighten] [--json OUT] [--verbose]
//
// The bar is test/acceptance/realworld-bar.json: a ratchet, set to what the engine achieves today
// and only ever tightened (--tighten writes the figures of this run where they are better). --target
// holds the run to the issue's bar instead (the bar file's "target").
// --plant: for each file, one wrong figure is planted in the workbook as read (in memory, never in
// the file): a leaf figure of a relation that holds exactly (else a figure of a funding table), two
// of its digits swapped; the planted workbook is checked again, and the plant is caught when a new
// error is at that cell or at, or adding up, a relation that contains it.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { scoreAll, key, touched } = require('./realworld-score');

const ROOT = path.join(__dirname, '..');
const DEFAULT_BAR = path.join(ROOT, 'test', 'acceptance', 'realworld-bar.json');

function usage(message) {
  if (message) console.error(`accept: ${message}`);
  console.error('usage: npm run accept -- DIR [--plant] [--bar FILE] [--target] [--tighten] [--json OUT] [--verbose]\n  DIR holds the .xlsx workbooks and their expected.json');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { dir: null, plant: false, bar: DEFAULT_BAR, target: false, tighten: false, json: null, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--plant') opts.plant = true;
    else if (a === '--target') opts.target = true;
    else if (a === '--tighten') opts.tighten = true;
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--bar' || a === '--json') {
      if (!argv[i + 1]) usage(`${a} needs a file`);
      opts[a.slice(2)] = path.resolve(argv[++i]);
    } else if (a === '--help' || a === '-h') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else if (opts.dir) usage(`one folder only (got ${opts.dir} and ${a})`);
    else opts.dir = path.resolve(a);
  }
  if (!opts.dir) usage('no folder given');
  return opts;
}

/** The compiled command line (npm install builds it: `npm run build:cli`). */
function cli(module) {
  const file = path.join(ROOT, 'dist', 'src', 'cli', `${module}.js`);
  if (!fs.existsSync(file)) {
    console.error(`accept: ${path.relative(ROOT, file)} is missing: run npm run build:cli`);
    process.exit(2);
  }
  return require(file);
}

/** `budget-check check --format json` over the files, as its own process: the report it prints. */
function checkReport(files) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'budget-check.js'), 'check', '--format', 'json', '--lang', 'en', ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.status === null || run.status > 2 || !run.stdout.trim()) {
    console.error(`accept: budget-check check failed (status ${run.status}${run.signal ? `, ${run.signal}` : ''})\n${run.stderr}`);
    process.exit(2);
  }
  return JSON.parse(run.stdout);
}

// ---- planting -------------------------------------------------------------------------------

const valueAt = (sheet, row, col) => {
  const o = sheet.origin || { row: 0, col: 0 };
  const r = sheet.values[row - o.row];
  return r ? r[col - o.col] : undefined;
};
const formulaAt = (sheet, row, col) => {
  const o = sheet.origin || { row: 0, col: 0 };
  const r = sheet.formulas && sheet.formulas[row - o.row];
  return r ? r[col - o.col] : undefined;
};
const a1 = (row, col) => {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row + 1}`;
};

/** The figure with its first two unequal neighbouring digits swapped (12345.6 → 21345.6), or null. */
function swapDigits(value) {
  if (typeof value !== 'number' || !Number.isFinite(value) || value === 0) return null;
  const text = String(Number(Math.abs(value).toPrecision(15))); // as Excel shows it: 102659.6, not 102659.59999999999
  if (/e/i.test(text)) return null;
  const digits = [...text].map((ch, i) => (/\d/.test(ch) ? i : -1)).filter((i) => i >= 0);
  for (let k = 0; k + 1 < digits.length; k++) {
    const [i, j] = [digits[k], digits[k + 1]];
    if (text[i] === text[j]) continue;
    const chars = [...text];
    [chars[i], chars[j]] = [chars[j], chars[i]];
    const swapped = Number(chars.join('')) * Math.sign(value);
    if (swapped !== value) return swapped;
  }
  return null;
}

const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
const partsOf = (r) => r.partRows.flatMap((row) => r.partCols.map((col) => ({ row, col })));

/**
 * Where to plant: the largest leaf figure (a part that is no relation's total, typed, not a formula)
 * of a relation of a funding table that holds exactly in the workbook as read. Without one, a
 * figure of a funding table the engine found, in its figure rows and value columns and no
 * relation's total: the median of them by size (the largest would be a grand total). Null when
 * there is neither.
 */
function choosePlant(snapshot, result) {
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  // the cells formulas of the sheet read: a figure planted there would leave their saved results
  // stale (Excel recalculates them), a workbook no one could have
  const { readFormula } = require(path.join(ROOT, 'dist', 'src', 'engine', 'correct', 'linearFormula.js'));
  const read = new Map();
  const readOn = (sheet) => {
    if (read.has(sheet.name)) return read.get(sheet.name);
    const cells = new Set();
    for (const row of sheet.formulas || []) {
      for (const f of row || []) {
        if (typeof f !== 'string' || !f) continue;
        const r = readFormula(f);
        for (const c of r.kind === 'linear' ? r.formula.terms.map((t) => t.cell) : r.reads) cells.add(`${c.row},${c.col}`);
      }
    }
    read.set(sheet.name, cells);
    return cells;
  };
  const tables = (result.tables || []).filter((t) => t.kind === 'funding' && sheets.has(t.sheet));
  const candidate = (sheet, row, col, source) => {
    const v = valueAt(sheet, row, col);
    if (!isNumber(v)) return null;
    const to = swapDigits(v);
    return to === null ? null : { sheet: sheet.name, row, col, cell: a1(row, col), from: Number(v.toPrecision(15)), to, source, formula: Boolean(formulaAt(sheet, row, col)), readByFormula: readOn(sheet).has(`${row},${col}`) };
  };
  const leaves = [];
  const others = [];
  for (const t of tables) {
    const sheet = sheets.get(t.sheet);
    const totals = new Set(t.relations.map((r) => `${r.totalRow},${r.totalCol}`));
    for (const r of t.relations) {
      if (r.kind === 'part-of') continue;
      const parts = partsOf(r);
      const total = valueAt(sheet, r.totalRow, r.totalCol);
      const values = parts.map((p) => valueAt(sheet, p.row, p.col));
      if (parts.length < 2 || !isNumber(total) || !values.every((v) => v === null || v === undefined || isNumber(v))) continue;
      const sum = values.reduce((s, v) => s + (v || 0), 0);
      if (Math.abs(sum - total) > 1e-9 * Math.max(1, Math.abs(total))) continue;
      for (const p of parts) if (!totals.has(`${p.row},${p.col}`)) leaves.push(candidate(sheet, p.row, p.col, 'relation'));
    }
    const cols = (t.valueColumns || []).map((c) => c.col);
    for (const row of t.figureRows || []) for (const col of cols) if (!totals.has(`${row},${col}`)) others.push(candidate(sheet, row, col, 'table'));
  }
  const bySize = (list) => list.filter(Boolean).sort((a, b) => Math.abs(a.from) - Math.abs(b.from) || a.row - b.row || a.col - b.col);
  // a typed figure first; where every figure is a formula's (links to another workbook), one typed over a formula
  // (and of those, one no formula reads, where there is one)
  const typed = (list) => {
    const own = list.some((x) => x && !x.formula) ? list.filter((x) => x && !x.formula) : list;
    return own.some((x) => x && !x.readByFormula) ? own.filter((x) => x && !x.readByFormula) : own;
  };
  const exact = bySize(typed(leaves));
  if (exact.length) return exact[exact.length - 1];
  const rest = bySize(typed(others));
  return rest.length ? rest[Math.floor(rest.length / 2)] : null;
}

/** A copy of the snapshot with one figure changed (only the changed row is copied). */
function planted(snapshot, plant) {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => {
      if (s.name !== plant.sheet) return s;
      const o = s.origin || { row: 0, col: 0 };
      const values = s.values.slice();
      const row = values[plant.row - o.row].slice();
      row[plant.col - o.col] = plant.to;
      values[plant.row - o.row] = row;
      // a figure typed over a formula replaces it
      if (!s.formulas || !s.formulas[plant.row - o.row]) return { ...s, values };
      const formulas = s.formulas.slice();
      const frow = formulas[plant.row - o.row].slice();
      frow[plant.col - o.col] = null;
      formulas[plant.row - o.row] = frow;
      return { ...s, values, formulas };
    }),
  };
}

/** Plants a figure in one file and checks it again: whether a new error names the cell or a relation containing it. */
async function plantAndCheck(file) {
  const { readSnapshot } = cli('readSnapshot');
  const { checkSnapshot } = cli('main');
  const { jsonReport } = cli('report');
  const solver = await cli('loadSolver').loadSolver();
  const snapshot = await readSnapshot(file);
  const base = checkSnapshot(file, snapshot, solver);
  const plant = choosePlant(snapshot, base.result);
  if (!plant) return { plant: null, caught: false };
  const json = (r) => jsonReport([r], 'accept', 'en').files[0];
  const errorKey = (x) => [x.code, x.sheet, x.cell, x.expected, x.actual].join('|');
  const before = new Set(json(base).findings.filter((x) => x.severity === 'error').map(errorKey));
  const afterReport = checkSnapshot(file, planted(snapshot, plant), solver);
  const after = json(afterReport);
  // the table's correction: the planted cell back to its figure, shown first, or among the equally small ones
  const restores = (c) => c.cells.some((x) => x.cell === plant.cell && Number(x.to) === plant.from);
  const tableCorrection = afterReport.result.corrections.find((c) => c.sheet === plant.sheet && c.status === 'found' && (restores(c.correction) || c.others.some(restores)));
  const corrected = !tableCorrection ? 'not corrected' : restores(tableCorrection.correction) ? `corrected (${tableCorrection.correction.cells.length} cell${tableCorrection.correction.cells.length === 1 ? '' : 's'}, ${tableCorrection.basis})` : 'among the corrections listed';
  const pk = key(plant.sheet, plant.cell);
  // the relations the planted cell is a part or the total of: an error at their total names them
  const totals = new Set(
    base.result.tables.flatMap((t) =>
      t.sheet !== plant.sheet
        ? []
        : t.relations
            .filter((r) => (r.totalRow === plant.row && r.totalCol === plant.col) || (r.partRows.includes(plant.row) && r.partCols.includes(plant.col)))
            .map((r) => key(t.sheet, a1(r.totalRow, r.totalCol))),
    ),
  );
  const naming = after.findings.filter((x) => x.severity === 'error' && !before.has(errorKey(x)) && (touched(x).has(pk) || totals.has(key(x.sheet, x.cell))));
  if (process.env.ACCEPT_DEBUG) for (const c of afterReport.result.corrections) console.error(path.basename(file), JSON.stringify(c).slice(0, 900));
  return { plant, caught: naming.length > 0, corrected, by: naming.slice(0, 2).map((x) => `${x.sheet}!${x.cell} ${x.code}`) };
}

// ---- the bar ---------------------------------------------------------------------------------

/** The checks of a bar against the totals: [name, ok, text]. */
function barChecks(bar, total, plantRan) {
  const out = [];
  if (bar.minTableRecall !== undefined) out.push(['tableRecall', total.tableRecall >= bar.minTableRecall, `funding tables found ${total.tableRecall} ≥ ${bar.minTableRecall}`]);
  if (bar.minBreaksCaught !== undefined) out.push(['breaksCaught', total.caught >= bar.minBreaksCaught, `breaks caught ${total.caught} ≥ ${bar.minBreaksCaught}`]);
  if (bar.maxFalseErrors !== undefined) out.push(['falseErrors', total.falseErrors <= bar.maxFalseErrors, `false errors ${total.falseErrors} ≤ ${bar.maxFalseErrors}`]);
  if (bar.maxRoundingAsError !== undefined) out.push(['roundingAsError', total.roundingAsError <= bar.maxRoundingAsError, `rounding entries reported as error ${total.roundingAsError} ≤ ${bar.maxRoundingAsError}`]);
  if (bar.minPlantedCaught !== undefined && plantRan) out.push(['plantedCaught', total.plantedCaught >= bar.minPlantedCaught, `planted figures caught ${total.plantedCaught} ≥ ${bar.minPlantedCaught}`]);
  if (bar.minPlantedRestored !== undefined && plantRan) out.push(['plantedRestored', total.plantedRestored >= bar.minPlantedRestored, `planted figures restored by the correction shown ${total.plantedRestored} ≥ ${bar.minPlantedRestored}`]);
  if (bar.unreadable !== undefined) out.push(['unreadable', total.unreadable + total.missingReport <= bar.unreadable, `files unread ${total.unreadable + total.missingReport} ≤ ${bar.unreadable}`]);
  return out;
}

/** The bar with this run's figures where they are tighter; never looser. */
function tightened(bar, total, plantRan) {
  const next = { ...bar };
  const up = (k, v) => v !== null && v !== undefined && next[k] !== undefined && v > next[k] && (next[k] = v);
  const down = (k, v) => v !== null && v !== undefined && next[k] !== undefined && v < next[k] && (next[k] = v);
  up('minTableRecall', total.tableRecall);
  up('minBreaksCaught', total.caught);
  down('maxFalseErrors', total.falseErrors);
  down('maxRoundingAsError', total.roundingAsError);
  if (plantRan) up('minPlantedCaught', total.plantedCaught);
  if (plantRan) up('minPlantedRestored', total.plantedRestored);
  return next;
}

// ---- main ------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const expectedFile = path.join(opts.dir, 'expected.json');
  if (!fs.existsSync(expectedFile)) usage(`no expected.json in ${opts.dir}`);
  const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8')).files || {};
  if (!fs.existsSync(opts.bar)) usage(`no bar file ${opts.bar}`);
  const barFile = JSON.parse(fs.readFileSync(opts.bar, 'utf8'));
  const bar = opts.target ? barFile.target : barFile;

  const files = fs.readdirSync(opts.dir).filter((f) => f.toLowerCase().endsWith('.xlsx')).sort();
  const started = Date.now();
  const report = checkReport(files.map((f) => path.join(opts.dir, f)));
  const { total, perFile } = scoreAll(expected, report);
  for (const f of files) if (!expected[f]) console.log(`note: ${f} has no entry in expected.json; not scored`);

  if (opts.plant) {
    for (const name of Object.keys(perFile)) {
      if (!files.includes(name)) continue;
      const p = await plantAndCheck(path.join(opts.dir, name));
      perFile[name].plantedFigure = p;
      if (p.plant) {
        total.planted++;
        if (p.caught) total.plantedCaught++;
        if (p.corrected && p.corrected.startsWith('corrected')) total.plantedRestored++;
      }
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  const rows = [['file', 'tables', 'breaks', 'false errors', 'rounding as error', ...(opts.plant || total.planted ? ['planted'] : [])]];
  for (const [name, s] of Object.entries(perFile)) {
    const plantText = s.plantedFigure
      ? s.plantedFigure.plant
        ? `${s.plantedFigure.caught ? 'caught' : 'MISSED'} ${s.plantedFigure.plant.sheet}!${s.plantedFigure.plant.cell} ${s.plantedFigure.plant.from} → ${s.plantedFigure.plant.to}${s.plantedFigure.plant.source === 'table' ? ' (no exact relation: a table figure)' : ''}; ${s.plantedFigure.corrected}`
        : 'nothing to plant in (no funding table found)'
      : s.planted
        ? `${s.planted.caught ? 'caught' : 'MISSED'} ${s.planted.cell}`
        : '';
    const status = s.missingReport ? ' (no report)' : s.unreadable ? ' (unreadable)' : '';
    rows.push([name + status, `${s.tablesFound}/${s.fundingTables}`, `${s.caught}/${s.breaks}`, String(s.falseErrors), `${s.roundingAsError}/${s.rounding}`, ...(rows[0].length > 5 ? [plantText] : [])]);
  }
  rows.push([
    'total',
    `${total.tablesFound}/${total.fundingTables} (${total.tableRecall})`,
    `${total.caught}/${total.breaks}`,
    String(total.falseErrors),
    `${total.roundingAsError}/${total.rounding}`,
    ...(rows[0].length > 5 ? [`${total.plantedCaught}/${total.planted} caught, ${total.plantedRestored} restored by the correction shown`] : []),
  ]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] || '').length)));
  for (const [n, r] of rows.entries()) {
    if (n === rows.length - 1) console.log('-'.repeat(widths.reduce((a, b) => a + b + 2, 0)));
    console.log(r.map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd());
  }
  console.log(`${files.length} workbooks in ${opts.dir}, checked in ${seconds} s`);
  if (opts.verbose) {
    for (const [name, s] of Object.entries(perFile)) {
      const lines = [
        ...s.missedTables.map((t) => `table not found: ${t}`),
        ...s.missedBreaks.map((b) => `break missed: ${b}`),
        ...(s.falseErrors ? [`false errors: ${s.falseErrors}, e.g. ${s.falseErrorExamples.join('; ')}`] : []),
        ...(s.plantedFigure && s.plantedFigure.caught ? [`planted figure caught by ${s.plantedFigure.by.join('; ')}`] : []),
      ];
      if (lines.length) console.log(`\n${name}\n  ${lines.join('\n  ')}`);
    }
  }
  if (opts.json) fs.writeFileSync(opts.json, `${JSON.stringify({ total, perFile }, null, 1)}\n`);

  const checks = barChecks(bar, total, opts.plant);
  const failed = checks.filter(([, ok]) => !ok);
  console.log(`\n${opts.target ? 'target bar' : `bar (${path.relative(process.cwd(), opts.bar)})`}: ${checks.map(([, ok, text]) => `${text} ${ok ? 'ok' : 'MISSED'}`).join('; ')}`);
  if (!opts.target && barFile.target) {
    const t = barChecks(barFile.target, total, opts.plant);
    console.log(`target (README): ${t.every(([, ok]) => ok) ? 'met' : `not yet (${t.filter(([, ok]) => !ok).map(([, , text]) => text).join('; ')})`}`);
  }
  if (!opts.target) {
    const next = tightened(barFile, total, opts.plant);
    const changes = Object.keys(next).filter((k) => next[k] !== barFile[k]);
    if (changes.length && opts.tighten) {
      fs.writeFileSync(opts.bar, `${JSON.stringify(next, null, 2)}\n`);
      console.log(`bar tightened: ${changes.map((k) => `${k} ${barFile[k]} → ${next[k]}`).join(', ')}`);
    } else if (changes.length) console.log(`the bar can be tightened (${changes.map((k) => `${k} ${barFile[k]} → ${next[k]}`).join(', ')}): npm run accept -- DIR --plant --tighten, and commit it`);
  }
  if (failed.length) {
    console.log(`accept: the bar is missed (${failed.map(([name]) => name).join(', ')})`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`accept: ${e && e.stack ? e.stack : e}`);
    process.exit(2);
  });
}

module.exports = { swapDigits, choosePlant, planted, barChecks, tightened };
