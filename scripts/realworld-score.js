'use strict';
// Scores a `budget-check check --format json` report against a real-world expected.json
// ({ files: { NAME: { tables, breaks, ambiguous, rounding, planted? } } }), as the shared
// tools/score-realworld.js does: funding tables found, breaks caught, false errors. Also counts the
// rounding entries reported as an error. Used by scripts/accept.js.
const path = require('node:path');

const colNo = (l) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const colName = (c) => {
  let s = '';
  while (c > 0) {
    const m = (c - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    c = Math.floor((c - 1) / 26);
  }
  return s;
};
const parse = (a) => {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(String(a).replace(/^.*!/, ''));
  return m && [Number(m[2]), colNo(m[1])];
};
/** `B3:G54` (or one cell) as 1-based bounds; null when it is not a range. */
const rangeOf = (s) => {
  const [a, b] = String(s).split(':');
  const p = parse(a);
  const q = parse(b || a);
  return p && q && { r1: Math.min(p[0], q[0]), c1: Math.min(p[1], q[1]), r2: Math.max(p[0], q[0]), c2: Math.max(p[1], q[1]) };
};
/** The cells of a range, as A1 (none for a range over 20,000 cells). */
const cellsOf = (s) => {
  const r = rangeOf(s);
  const out = [];
  if (!r || (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1) > 20000) return out;
  for (let i = r.r1; i <= r.r2; i++) for (let j = r.c1; j <= r.c2; j++) out.push(colName(j) + i);
  return out;
};
const area = (x) => (x.r2 - x.r1 + 1) * (x.c2 - x.c1 + 1);
const iou = (a, b) => {
  const r1 = Math.max(a.r1, b.r1);
  const c1 = Math.max(a.c1, b.c1);
  const r2 = Math.min(a.r2, b.r2);
  const c2 = Math.min(a.c2, b.c2);
  const i = r2 < r1 || c2 < c1 ? 0 : (r2 - r1 + 1) * (c2 - c1 + 1);
  return i / (area(a) + area(b) - i);
};
const key = (sheet, cell) => `${sheet}!${String(cell).replace(/\$/g, '')}`;
/** The cells a finding is at or adds up, as `sheet!A1` keys. */
const touched = (x) => new Set([key(x.sheet, x.cell), ...(x.parts || []).flatMap((p) => cellsOf(p).map((c) => key(x.sheet, c)))]);

/** The expected funding tables a report's funding tables find (same sheet, overlap ≥ 0.5 of the union; any on the sheet when no range is given). */
function foundTables(truth, report) {
  const funding = (truth.tables || []).filter((x) => x.role === 'funding');
  const found = funding.filter((x) => {
    const want = x.range && rangeOf(x.range);
    const cands = ((report && report.tables) || []).filter((y) => y.kind === 'funding' && y.sheet === x.sheet && y.range);
    return want ? cands.some((y) => iou(want, rangeOf(y.range)) >= 0.5) : cands.length > 0;
  });
  return { funding, found };
}

/**
 * One file's figures: `report` is its entry of the JSON report (undefined when missing).
 * `errors`: the report's error findings; a break is caught when an error is at or adds up its cell;
 * an error is false when it is not at, and does not add up, a cell of a break or an ambiguous
 * relation (nor add up a break's cell); a rounding entry is reported as an error when an error is at its cell.
 */
function scoreFile(truth, report) {
  const { funding, found } = foundTables(truth, report);
  const errors = ((report && report.findings) || []).filter((x) => x.severity === 'error');
  const allowed = new Set();
  for (const b of [...(truth.breaks || []), ...(truth.ambiguous || [])]) {
    allowed.add(key(b.sheet, b.cell));
    for (const p of b.parts || []) cellsOf(p).forEach((c) => allowed.add(key(b.sheet, c)));
  }
  const breakCells = new Set((truth.breaks || []).map((b) => key(b.sheet, b.cell)));
  const touches = errors.map(touched);
  const missed = (truth.breaks || []).filter((b) => !touches.some((s) => s.has(key(b.sheet, b.cell))));
  const falseErrors = errors.filter((x, i) => !allowed.has(key(x.sheet, x.cell)) && ![...touches[i]].some((c) => breakCells.has(c)));
  const roundingAsError = (truth.rounding || []).filter((r) => errors.some((x) => key(x.sheet, x.cell) === key(r.sheet, r.cell)));
  let planted = null;
  if (truth.planted) {
    // a planted variant (a file of the folder) is caught when an error is at, or adds up, the planted cell or a break's cell
    const pk = key(truth.planted.sheet, truth.planted.cell);
    planted = { cell: pk, caught: touches.some((s) => s.has(pk) || [...breakCells].some((c) => s.has(c))) };
  }
  return {
    missingReport: !report,
    unreadable: Boolean(report && report.error),
    fundingTables: funding.length,
    tablesFound: found.length,
    missedTables: funding.filter((x) => !found.includes(x)).map((x) => `${x.sheet}!${x.range || '(any range)'}`),
    breaks: (truth.breaks || []).length,
    caught: (truth.breaks || []).length - missed.length,
    missedBreaks: missed.map((b) => `${key(b.sheet, b.cell)} (${b.stated} vs ${b.computed})`),
    falseErrors: falseErrors.length,
    falseErrorExamples: falseErrors.slice(0, 3).map((x) => `${x.sheet}!${x.cell} ${x.code}`),
    rounding: (truth.rounding || []).length,
    roundingAsError: roundingAsError.length,
    planted,
  };
}

/** Every file of `expected.files` (or only `only`) scored against `report` (the JSON report of `check`), with totals. */
function scoreAll(expectedFiles, report, only = []) {
  const byFile = new Map(((report && report.files) || []).map((f) => [path.basename(f.file), f]));
  const perFile = {};
  const total = { files: 0, missingReport: 0, unreadable: 0, fundingTables: 0, tablesFound: 0, breaks: 0, caught: 0, falseErrors: 0, rounding: 0, roundingAsError: 0, planted: 0, plantedCaught: 0, plantedRestored: 0 };
  for (const [name, truth] of Object.entries(expectedFiles)) {
    if (only.length && !only.includes(name)) continue;
    const s = scoreFile(truth, byFile.get(name));
    perFile[name] = s;
    total.files++;
    for (const k of ['fundingTables', 'tablesFound', 'breaks', 'caught', 'falseErrors', 'rounding', 'roundingAsError']) total[k] += s[k];
    if (s.missingReport) total.missingReport++;
    if (s.unreadable) total.unreadable++;
    if (s.planted) {
      total.planted++;
      if (s.planted.caught) total.plantedCaught++;
    }
  }
  total.tableRecall = total.fundingTables ? +(total.tablesFound / total.fundingTables).toFixed(3) : null;
  total.breakRecall = total.breaks ? +(total.caught / total.breaks).toFixed(3) : null;
  return { total, perFile };
}

module.exports = { scoreAll, scoreFile, rangeOf, cellsOf, key, touched };
