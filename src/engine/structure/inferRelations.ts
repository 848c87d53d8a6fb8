import type { RelationBasis } from '../check/Relation';
import type { SheetGrid } from '../snapshot';
import type { ColumnHead } from './readColumns';
import type { RowHead } from './readRows';
import { BAD, NONE, VALUE, type RegionFigures } from './RegionFigures';
import type { Region } from './Region';
import { sumFormulaRefs } from './sumFormulaRefs';

/** A row that is the sum of other rows of the region, in every figure column (indices into the region's rows). */
export interface RowRule {
  readonly total: number;
  readonly parts: readonly number[];
  readonly basis: RelationBasis;
  /** Its label says which: a numbered parent, a labelled total (its scope), or none. */
  readonly declared: 'numbering' | 'total' | 'formula' | 'none';
  /** The parts listed under it may be only some (`в т.ч.:`): their sum must not exceed it. */
  readonly listed: boolean;
}

/** A column that is the sum of other columns of the region, on every body row (indices into the region's columns). */
export interface ColumnRule {
  readonly total: number;
  readonly parts: readonly number[];
  readonly basis: RelationBasis;
}

/** One region with what the search needs of it. */
export interface RegionInput {
  readonly region: Region;
  readonly figures: RegionFigures;
  readonly rows: readonly RowHead[];
  readonly cols: readonly ColumnHead[];
}

/** A row's best reading in a pass, and how strong it is (rank: formula 0, labels 1, data 2). */
interface Found {
  readonly rule: RowRule;
  readonly rank: number;
  readonly tally: Tally;
}

/** Per-column sums of a run of rows, grown one row at a time: allocated once per region. */
class RunScratch {
  readonly sum: Float64Array;
  readonly nonZero: Int32Array;
  readonly rounded: Int32Array;
  readonly coarse: Float64Array;
  readonly broken: Uint8Array;
  constructor(m: number) {
    this.sum = new Float64Array(m);
    this.nonZero = new Int32Array(m);
    this.rounded = new Int32Array(m);
    this.coarse = new Float64Array(m);
    this.broken = new Uint8Array(m);
  }
}

/** Tally of a candidate relation over its family: members where it holds, members where it fails. */
interface Tally {
  ok: number;
  bad: number;
}

/** The longest run of rows (or columns) tried as the parts of a total found from the data alone. */
const MAX_RUN = 16;
/** Passes of the row search (each lets totals of totals appear once their parts are grouped). */
const MAX_PASSES = 12;

const better = (a: Tally, b: Tally | undefined) => !b || a.ok - 2 * a.bad > b.ok - 2 * b.bad;
/** Data alone makes a rule when it holds on at least two members and on at least twice as many as it fails on. */
const dataHolds = (t: Tally, min = 2) => t.ok >= min && t.ok >= 2 * t.bad;
/** Labels and formulas declare a rule; it stands unless it fails on more members than it holds on. */
const declaredHolds = (t: Tally) => t.ok >= 1 && t.ok >= t.bad;

// ---------------------------------------------------------------------------------------
// Columns: a total column = the sum of other columns, on every row

/**
 * The column rules of regions that share one header (the same columns under the same
 * names: hundreds of project tables on a sheet, one per project). Their evidence is pooled:
 * a rule that holds on every other project's table is the rule of the one whose total breaks it.
 */
export function inferColumnRules(grid: SheetGrid, group: readonly RegionInput[]): ColumnRule[] {
  const first = group[0];
  const m = first.cols.length;
  const heads = first.cols;
  const rules: ColumnRule[] = [];
  const totalOf = new Map<number, ColumnRule>();
  const formulaSets = columnFormulaSets(grid, group);
  // columns whose header names a total first, then the others
  const order = [...heads.keys()].sort((a, b) => Number(heads[b].total) - Number(heads[a].total) || a - b);
  for (const t of order) {
    const candidates: { parts: number[]; basis: RelationBasis; declared: boolean; natural?: boolean }[] = [];
    const formula = formulaSets.get(t);
    if (formula) candidates.push({ parts: formula, basis: 'formula', declared: true });
    if (heads[t].total) {
      const mates = heads.map((_, j) => j).filter((j) => j !== t && heads[j].group === heads[t].group && heads[j].leaf !== heads[t].group && !heads[j].total);
      if (mates.length >= 1 && heads[t].leaf !== heads[t].group) candidates.push({ parts: mates, basis: 'label', declared: true, natural: true });
      const sameLeaf = heads.map((_, j) => j).filter((j) => j !== t && heads[j].leaf === heads[t].leaf && heads[j].group !== heads[t].group && !heads[j].total);
      if (sameLeaf.length >= 2 && heads[t].leaf !== heads[t].group) candidates.push({ parts: sameLeaf, basis: 'label', declared: true, natural: mates.length === 0 });
      // a `Всего` first or last over a one-level header: every other column (what its label declares)
      const others = heads.map((_, j) => j).filter((j) => j !== t && !heads[j].total);
      if (mates.length === 0 && sameLeaf.length < 2 && others.length >= 2 && (t === 0 || t === m - 1) && others.every((j) => heads[j].group === heads[j].leaf)) {
        candidates.push({ parts: others, basis: 'label', declared: true, natural: true });
      }
      // the column at the same place in every other group (`утверждено` of each source, or its `план`)
      const samePlace = samePlaceInGroups(heads, t);
      if (samePlace.length >= 2 && samePlace.join() !== sameLeaf.join()) candidates.push({ parts: samePlace, basis: 'label', declared: true });
    }
    for (let k = 2; k <= Math.min(MAX_RUN, m - 1); k++) {
      if (t + k < m) candidates.push({ parts: range(t + 1, t + k), basis: 'data', declared: false });
      if (t - k >= 0) candidates.push({ parts: range(t - k, t - 1), basis: 'data', declared: false });
    }
    let best: { parts: number[]; basis: RelationBasis; tally: Tally } | undefined;
    for (const c of candidates) {
      // a part that is itself the total of a rule holding this column would be a cycle
      if (c.parts.some((p) => totalOf.get(p)?.parts.includes(t))) continue;
      const tally = tallyColumns(group, t, c.parts, totalOf);
      if (c.basis === 'formula' && tally.ok + tally.bad > 0) {
        best = { parts: c.parts, basis: 'formula', tally };
        break;
      }
      // what the header declares needs to hold somewhere (one wrong figure breaks its row and the total row of a small table)
      const holds = c.natural ? tally.ok >= 1 : c.declared || heads[t].total ? declaredHolds(tally) : dataHolds(tally, 3);
      if (!holds) continue;
      if (!best || better(tally, best.tally) || (tally.ok - 2 * tally.bad === best.tally.ok - 2 * best.tally.bad && c.parts.length > best.parts.length)) {
        best = { parts: c.parts, basis: c.declared ? c.basis : heads[t].total ? 'label' : 'data', tally };
      }
    }
    if (best) {
      const rule = { total: t, parts: best.parts, basis: best.basis };
      rules.push(rule);
      totalOf.set(t, rule);
    }
  }
  return rules;
}

/** The columns that stand where t stands in its group (second of two), one per other group of two or more columns. */
function samePlaceInGroups(heads: readonly ColumnHead[], t: number): number[] {
  const groups = new Map<string, number[]>();
  heads.forEach((h, j) => {
    const g = groups.get(h.group);
    if (g) g.push(j);
    else groups.set(h.group, [j]);
  });
  const own = groups.get(heads[t].group)!;
  const place = own.indexOf(t);
  if (own.length < 2 || heads[t].leaf === heads[t].group) return [];
  const out: number[] = [];
  for (const [g, cols] of groups) {
    if (g === heads[t].group || cols.length < 2) continue;
    const j = cols[Math.min(place, cols.length - 1)];
    if (!heads[j].total) out.push(j);
  }
  return out.sort((a, b) => a - b);
}

function tallyColumns(group: readonly RegionInput[], t: number, parts: readonly number[], totals: ReadonlyMap<number, ColumnRule>): Tally {
  const tally = { ok: 0, bad: 0 };
  for (const { figures: F } of group) {
    // the columns' figures at the finest scale among them
    let to = F.scale[t];
    for (const p of parts) to = Math.max(to, F.scale[p]);
    for (let i = 0; i < F.n; i++) {
      const st = F.state[t][i];
      if (st === BAD) continue;
      let sum = 0;
      let broken = false;
      let coarse = st === VALUE && F.units[t][i] !== 0 ? F.decimals[t][i] : Infinity;
      let rounded = 0;
      let nonZero = 0;
      for (const p of parts) {
        const sp = F.state[p][i];
        if (sp === BAD) {
          broken = true;
          break;
        }
        if (sp === VALUE && F.units[p][i] !== 0) {
          sum += F.aligned(p, i, to);
          nonZero++;
          coarse = Math.min(coarse, F.decimals[p][i]);
          if (F.roundedFigures[p] || (F.roundedTotals && totals.has(p))) rounded++;
        }
      }
      const total = st === VALUE ? F.aligned(t, i, to) : 0;
      if (broken || Number.isNaN(sum) || Number.isNaN(total)) continue;
      judge(tally, total, st === NONE, sum, F.halfUnit(t, coarse === Infinity ? 0 : coarse) * 10 ** (to - F.scale[t]) * (1 + rounded), false, nonZero, parts.length);
    }
  }
  return tally;
}

/** The columns each total column's formulas add up (the same cells on the same row), when most of its formulas agree. */
function columnFormulaSets(grid: SheetGrid, group: readonly RegionInput[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const first = group[0];
  for (let t = 0; t < first.cols.length; t++) {
    const votes = new Map<string, number>();
    for (const { region } of group) {
      const col = region.cols[t];
      const index = new Map(region.cols.map((c, j) => [c, j]));
      for (const row of region.rows) {
        const f = grid.formulaAt(row, col);
        if (!f) continue;
        const refs = sumFormulaRefs(f);
        if (!refs || refs.some((a) => a.row !== row || !index.has(a.col) || a.col === col)) continue;
        const key = [...new Set(refs.map((a) => index.get(a.col)!))].sort((a, b) => a - b).join(',');
        votes.set(key, (votes.get(key) ?? 0) + 1);
      }
    }
    const best = [...votes].sort((a, b) => b[1] - a[1])[0];
    if (best && best[0]) out.set(t, best[0].split(',').map(Number));
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Rows: a total row = the sum of other rows, in every column

/**
 * The row rules of one region, found bottom-up: each pass groups rows under the row they
 * add up to (a formula that says so, numbering `1` over `1.1 1.2`, a run of rows right below
 * or above that adds up in most columns), and later passes see each group as its parent
 * alone, so that totals of totals (a `ВСЕГО` over programmes that have rows of their own)
 * add the parents, never the parents and their rows. Labelled totals (`Итого`, `Total`)
 * take, of the readings their label allows, the one that holds on most columns.
 */
export function inferRowRules(grid: SheetGrid, input: RegionInput, columnRules: readonly ColumnRule[]): RowRule[] {
  const { region, figures: F, rows: heads } = input;
  const n = region.rows.length;
  const totalCols = new Set(columnRules.map((r) => r.total));
  const rule: (RowRule | undefined)[] = new Array(n);
  const consumed = new Uint8Array(n);
  const formulas = rowFormulaSets(grid, region);
  const isTotalRow = (i: number) => rule[i] !== undefined;
  const tally = (t: number, parts: readonly number[], listed: boolean) => tallyRows(F, t, parts, listed, isTotalRow, totalCols);
  const accept = (r: RowRule) => {
    rule[r.total] = r;
    for (const p of r.parts) consumed[p] = 1;
  };

  /** What a row's formulas or numbering say it adds up, when that holds. */
  const declaredRule = (t: number): Found | undefined => {
    const listed = heads[t].listsParts;
    const formula = formulas.get(t);
    if (formula) {
      const f = tally(t, formula, listed);
      if (f.ok + f.bad > 0) return { rule: { total: t, parts: formula, basis: 'formula', declared: 'formula', listed }, rank: 0, tally: f };
    }
    const children = heads[t].code ? childrenByNumbering(heads, t) : [];
    if (children.length > 0) {
      const c = tally(t, children, listed);
      if (declaredHolds(c)) return { rule: { total: t, parts: children, basis: 'label', declared: 'numbering', listed }, rank: 1, tally: c };
    }
    // rows right under it whose labels read as its parts: `- за счет местного бюджета`, `в т.ч. ...`
    const under = partsByLabel(heads, t, consumed);
    if (under.length > 0) {
      const c = tally(t, under, listed);
      if (declaredHolds(c)) return { rule: { total: t, parts: under, basis: 'label', declared: 'none', listed }, rank: 1, tally: c };
    }
    return undefined;
  };

  // each row's last reading, and whether its neighbourhood changed since (rows grouped or made totals nearby)
  const cache: (Found | null | undefined)[] = new Array(n);
  const dirty = new Uint8Array(n).fill(1);
  const scratch = new RunScratch(F.m);
  const markAround = (moved: readonly number[]) => {
    dirty.fill(0);
    if (moved.length === 0) return;
    const vis: number[] = [];
    for (let i = 0; i < n; i++) if (!consumed[i]) vis.push(i);
    for (const x of moved) {
      dirty[x] = 1;
      let lo = 0;
      let hi = vis.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (vis[mid] < x) lo = mid + 1;
        else hi = mid;
      }
      for (let q = Math.max(0, lo - MAX_RUN - 1); q <= Math.min(vis.length - 1, lo + MAX_RUN + 1); q++) dirty[vis[q]] = 1;
    }
    // rows under a formula or numbering may now read otherwise
    for (let i = 0; i < n; i++) if (consumed[i] && !rule[i]) dirty[i] = 1;
  };

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    const vis: number[] = [];
    for (let i = 0; i < n; i++) if (!consumed[i]) vis.push(i);
    // every row's best reading in this pass; the strongest are taken first, so that a weak
    // reading (a row over the two below it, holding on two columns of three) never takes
    // rows from a strong one (the row under them over both, holding on all three)
    const found: Found[] = [];
    // rows grouped under another may still be parents by their formulas or numbering
    for (let t = 0; t < n; t++) {
      if (rule[t] || !consumed[t]) continue;
      if (dirty[t] || cache[t] === undefined) cache[t] = declaredRule(t) ?? null;
      if (cache[t]) found.push(cache[t]!);
    }
    for (let p = 0; p < vis.length; p++) {
      const t = vis[p];
      if (rule[t]) continue;
      // a row whose neighbourhood did not change since the last pass reads as it did
      if (!dirty[t] && cache[t] !== undefined) {
        if (cache[t]) found.push(cache[t]!);
        continue;
      }
      cache[t] = null;
      const head = heads[t];
      const listed = head.listsParts;
      const declared = declaredRule(t);
      if (declared) {
        cache[t] = declared;
        found.push(declared);
        continue;
      }
      // the data: a run of rows right below (a parent over its rows) or above (a subtotal under them);
      // of equally strong runs the shorter, and for a labelled total the one above
      let best: { parts: number[]; tally: Tally; k: number; above: boolean } | undefined;
      for (const above of head.total !== undefined ? [true, false] : [false, true]) {
        searchRuns(F, scratch, t, vis, p, above, heads, isTotalRow, totalCols, listed, (k, c) => {
          if (!dataHolds(c)) return;
          if (best && !(better(c, best.tally) || (c.ok - 2 * c.bad === best.tally.ok - 2 * best.tally.bad && k < best.k))) return;
          best = { parts: above ? vis.slice(p - k, p) : vis.slice(p + 1, p + k + 1), tally: { ...c }, k, above };
        });
      }
      const run = best as { parts: number[]; tally: Tally } | undefined;
      if (run) {
        cache[t] = { rule: { total: t, parts: run.parts, basis: 'data', declared: head.total ? 'total' : 'none', listed }, rank: 2, tally: run.tally };
        found.push(cache[t]!);
      }
    }
    found.sort((a, b) => a.rank - b.rank || b.tally.ok - 2 * b.tally.bad - (a.tally.ok - 2 * a.tally.bad) || a.tally.bad - b.tally.bad || a.rule.parts.length - b.rule.parts.length);
    const taken = new Uint8Array(n);
    const moved: number[] = [];
    for (const { rule: r } of found) {
      if (rule[r.total]) continue;
      if (r.basis === 'data' && r.parts.some((q) => consumed[q] || taken[q])) continue;
      accept(r);
      taken[r.total] = 1;
      for (const q of r.parts) taken[q] = 1;
      moved.push(r.total, ...r.parts);
      changed = true;
    }
    markAround(moved);
    if (changed) continue;
    // labelled totals, one at a time, top to bottom: each reading its label allows
    for (let p = 0; p < vis.length && !changed; p++) {
      const t = vis[p];
      const head = heads[t];
      if (rule[t] || !head.total) continue;
      const readings: number[][] = [];
      let since = p - 1;
      while (since >= 0 && !heads[vis[since]].total) since--;
      if (p - since - 1 >= 1) readings.push(vis.slice(since + 1, p));
      if (p >= 1) readings.push(vis.slice(0, p));
      let until = p + 1;
      while (until < vis.length && !heads[vis[until]].total) until++;
      if (until - p - 1 >= 1 && p === 0) readings.push(vis.slice(p + 1, until));
      let best: { parts: number[]; tally: Tally } | undefined;
      for (const parts of readings) {
        const c = tally(t, parts, head.listsParts);
        if (better(c, best?.tally)) best = { parts, tally: c };
      }
      if (!best) continue;
      if (declaredHolds(best.tally)) {
        accept({ total: t, parts: best.parts, basis: 'label', declared: 'total', listed: head.listsParts });
        markAround([t, ...best.parts]);
        changed = true;
        continue;
      }
      // a total over established totals is declared by its label even where it fails everywhere:
      // the widest such reading (a grand total adds every total above it)
      const ofTotals = readings.filter((parts) => parts.length >= 2 && parts.every((q) => rule[q] !== undefined)).sort((a, b) => b.length - a.length)[0];
      if (ofTotals && tally(t, ofTotals, head.listsParts).bad > 0) {
        accept({ total: t, parts: ofTotals, basis: 'label', declared: 'total', listed: head.listsParts });
        markAround([t, ...ofTotals]);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return rule.filter((r): r is RowRule => r !== undefined);
}

/**
 * Runs of visible rows next to row t (at position p of vis), below or above, one row longer
 * at a time: the sums of each column grow by one row, so each run costs one pass over the
 * columns, never a pass over its rows. `seen` gets each run's length and tally. A run below
 * stops at a labelled total; a run of one row must be allowed by the labels.
 */
function searchRuns(
  F: RegionFigures,
  scratch: RunScratch,
  t: number,
  vis: readonly number[],
  p: number,
  above: boolean,
  heads: readonly RowHead[],
  isTotalRow: (i: number) => boolean,
  totalCols: ReadonlySet<number>,
  listed: boolean,
  seen: (k: number, tally: Tally) => void,
): void {
  const m = F.m;
  const { sum, nonZero, rounded, coarse, broken } = scratch;
  sum.fill(0);
  nonZero.fill(0);
  rounded.fill(0);
  broken.fill(0);
  for (let j = 0; j < m; j++) {
    const st = F.state[j][t];
    if (st === BAD) broken[j] = 1;
    coarse[j] = st === VALUE && F.units[j][t] !== 0 ? F.decimals[j][t] : Infinity;
  }
  const tally = { ok: 0, bad: 0 };
  for (let k = 1; k <= MAX_RUN; k++) {
    const at = above ? p - k : p + k;
    if (at < 0 || at >= vis.length) return;
    const q = vis[at];
    if (!above && heads[q].total) return;
    const totalPart = F.roundedTotals && isTotalRow(q);
    for (let j = 0; j < m; j++) {
      if (broken[j]) continue;
      const sp = F.state[j][q];
      if (sp === BAD) {
        broken[j] = 1;
        continue;
      }
      if (sp === VALUE && F.units[j][q] !== 0) {
        sum[j] += F.units[j][q];
        nonZero[j]++;
        coarse[j] = Math.min(coarse[j], F.decimals[j][q]);
        if (totalPart || F.roundedFigures[j] || (F.roundedTotals && totalCols.has(j))) rounded[j]++;
      }
    }
    if (k === 1 && !singleChildAllowed(heads[t], heads[q])) continue;
    tally.ok = 0;
    tally.bad = 0;
    for (let j = 0; j < m; j++) {
      if (broken[j]) continue;
      const st = F.state[j][t];
      judge(tally, st === VALUE ? F.units[j][t] : 0, st === NONE, sum[j], F.halfUnit(j, coarse[j] === Infinity ? 0 : coarse[j]) * (1 + rounded[j]), listed, nonZero[j], 1);
    }
    seen(k, tally);
  }
}

/**
 * A row equal to the one row under it is its parent only when the labels say so: a source row,
 * `- ...`, `в т.ч.:`, or an unnumbered row under a numbered one (`14 МП ...` over its one
 * subprogramme). Two siblings with the same figures are as likely otherwise.
 */
function singleChildAllowed(parent: RowHead, child: RowHead): boolean {
  return child.partLike || child.source !== undefined || parent.listsParts || (parent.code !== undefined && child.code === undefined && !child.total);
}

/** The rows right under row t whose labels read as parts (a dash, `в т.ч.`, a funding source), when t's does not. */
function partsByLabel(heads: readonly RowHead[], t: number, consumed: Uint8Array): number[] {
  const partLabel = (h: RowHead) => h.partLike || h.source !== undefined;
  if (partLabel(heads[t]) || heads[t].total) return [];
  const out: number[] = [];
  for (let i = t + 1; i < heads.length && partLabel(heads[i]) && !heads[i].total; i++) {
    if (!consumed[i]) out.push(i);
  }
  return out;
}

/** Rows numbered as the children of row t: `1.1`, `1.2` under `1` (stops at the next row numbered outside it). */
function childrenByNumbering(heads: readonly RowHead[], t: number): number[] {
  const code = heads[t].code!;
  const out: number[] = [];
  for (let i = t + 1; i < heads.length; i++) {
    const c = heads[i].code;
    if (!c) continue;
    const inside = c.length > code.length && code.every((x, k) => c[k] === x);
    if (!inside) break;
    if (c.length === code.length + 1) out.push(i);
  }
  return out;
}

function tallyRows(F: RegionFigures, t: number, parts: readonly number[], listed: boolean, isTotalRow: (i: number) => boolean, totalCols: ReadonlySet<number>): Tally {
  const tally = { ok: 0, bad: 0 };
  for (let j = 0; j < F.m; j++) {
    const o = rowMemberOutcome(F, j, t, parts, listed, isTotalRow, totalCols);
    if (o > 0) tally.ok++;
    else if (o < 0) tally.bad++;
  }
  return tally;
}

/**
 * Whether the rows `parts` add up to row t in column j: 1 (exactly, or within the rounding
 * of the figures involved), −1 (not), 0 (nothing to judge: all zero, or a figure that is not
 * a number). For a listed-parts total, a shortfall of the parts is 0: a partial list.
 */
export function rowMemberOutcome(F: RegionFigures, j: number, t: number, parts: readonly number[], listed: boolean, isTotalRow: (i: number) => boolean, totalCols: ReadonlySet<number>): number {
  const state = F.state[j];
  const st = state[t];
  if (st === BAD) return 0;
  const units = F.units[j];
  let sum = 0;
  let coarse = st === VALUE && units[t] !== 0 ? F.decimals[j][t] : Infinity;
  let rounded = 0;
  let nonZero = 0;
  const roundedColumn = F.roundedFigures[j] || (F.roundedTotals && totalCols.has(j));
  for (const p of parts) {
    const sp = state[p];
    if (sp === BAD) return 0;
    if (sp === VALUE && units[p] !== 0) {
      sum += units[p];
      nonZero++;
      coarse = Math.min(coarse, F.decimals[j][p]);
      if (roundedColumn || (F.roundedTotals && isTotalRow(p))) rounded++;
    }
  }
  const tally = { ok: 0, bad: 0 };
  // down a column a total equal to its one non-zero part is evidence (a year with one activity)
  judge(tally, st === VALUE ? units[t] : 0, st === NONE, sum, F.halfUnit(j, coarse === Infinity ? 0 : coarse) * (1 + rounded), listed, nonZero, Math.min(1, parts.length));
  return tally.ok - tally.bad;
}

/** The rows each total row's formulas add up (the same column), when most of its formulas agree. */
function rowFormulaSets(grid: SheetGrid, region: Region): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const index = new Map(region.rows.map((r, i) => [r, i]));
  const cols = new Set(region.cols);
  region.rows.forEach((row, t) => {
    const votes = new Map<string, number>();
    for (const col of region.cols) {
      const f = grid.formulaAt(row, col);
      if (!f) continue;
      const refs = sumFormulaRefs(f);
      if (!refs || refs.some((a) => a.col !== col || a.row === row || !cols.has(a.col))) continue;
      // rows of the range that are not body rows (blank lines, headings) add nothing
      const parts = [...new Set(refs.filter((a) => index.has(a.row)).map((a) => index.get(a.row)!))].sort((a, b) => a - b);
      if (parts.length === 0 || refs.some((a) => !index.has(a.row) && (a.row < region.top || a.row > region.bottom))) continue;
      const key = parts.join(',');
      votes.set(key, (votes.get(key) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1])[0];
    if (best) out.set(t, best[0].split(',').map(Number));
  });
  return out;
}

/** One member of a family: the stated total against the sum of its parts (exact: holds; beyond the rounding allowed: fails). */
function judge(tally: Tally, total: number, totalBlank: boolean, sum: number, tolerance: number, listed: boolean, nonZeroParts: number, minParts: number): void {
  if (total === 0 && sum === 0) return;
  // past 2^53 a sum of doubles is no longer exact: such a member is not judged here (evaluateRelation checks it in full)
  if (!Number.isSafeInteger(sum)) return;
  if (totalBlank) {
    tally.bad++;
    return;
  }
  const diff = total - sum;
  // only an exact sum is evidence for a reading, and across a row only a sum of two or more
  // figures (a total column equal to its one non-zero part agrees with any reading that has
  // that part); a difference within rounding is evidence neither way
  if (diff === 0) {
    if (nonZeroParts >= Math.min(2, minParts)) tally.ok++;
  } else if (listed && diff > 0) {
    // a partial list (`в т.ч.:` naming some of the parts) falls short: no evidence either way
  } else if (Math.abs(diff) > tolerance) tally.bad++;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}
