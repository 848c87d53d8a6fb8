import { NameIndex } from './NameIndex';
import { nameTokens } from './nameTokens';

/** What a report row (or a placeholder) says about its indicator. */
export interface MatchQuery {
  readonly code: string | null;
  readonly name: string;
}

/** What a source row offers for matching. */
export interface MatchTarget {
  readonly code: string | null;
  /** For a continuation row without a number: the number it stands under (`1.2.`). */
  readonly underCode?: string | null;
  readonly name: string;
}

export interface MatchCandidate {
  /** Index into the source rows. */
  readonly index: number;
  /** Name similarity, 0..1 (1 when the code matches and the query has no name). */
  readonly score: number;
  readonly sameCode: boolean;
}

/**
 * - `code-and-name`: the number matches and the names agree;
 * - `code`: the number matches; the report row has no name to compare;
 * - `name`: matched by name alone (the report row has no number, or its number is not the source's).
 */
export type MatchMethod = 'code-and-name' | 'code' | 'name';

export type MatchOutcome =
  | {
      readonly matched: true;
      readonly index: number;
      readonly method: MatchMethod;
      /** 0..1, two decimals. */
      readonly confidence: number;
      /** A source row with the same number whose name disagrees (the match went by name). */
      readonly codeConflict?: number;
    }
  | {
      readonly matched: false;
      /**
       * - `no-clear-match`: no name close enough, or two close ones;
       * - `code-name-conflict`: the number matches a row whose name is different, and no name matches;
       * - `taken`: its best match is a closer match of another row.
       */
      readonly reason: 'no-clear-match' | 'code-name-conflict' | 'taken';
      /** The closest source rows, best first (at most three). */
      readonly candidates: readonly MatchCandidate[];
    };

/** A name match needs this score... */
export const ACCEPT_SCORE = 0.55;
/** ...and this lead over the next closest name. */
export const CLEAR_MARGIN = 0.1;
/** A number match stands unless the names are less alike than this. */
export const CODE_NAME_AGREEMENT = 0.3;
const CANDIDATE_FLOOR = 0.15;

/** `№ 1.2.` → `1.2`; numbers typed as numbers read as shown. */
export function normalizeCode(code: string | null | undefined): string | null {
  if (!code) return null;
  const c = code.replace(/^№\s*/, '').replace(/\s+/g, '').replace(/[.)]+$/, '').toLowerCase();
  return c || null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Matches report rows to source rows: by number first (kept when the names agree or the report
 * row has no name; a number with continuation rows under it picks among them by name), then by
 * name, normalised and scored (NameIndex). A name match must be
 * clear: at least ACCEPT_SCORE and CLEAR_MARGIN ahead of the next; anything else is unmatched
 * with its closest candidates, never a guess. With `unique`, a source row goes to one report
 * row only: the closer match keeps it, the other is unmatched (`taken`).
 */
export function matchRows(queries: readonly MatchQuery[], rows: readonly MatchTarget[], unique: boolean): MatchOutcome[] {
  const index = new NameIndex(rows.map((r) => r.name));
  const codes = rows.map((r) => normalizeCode(r.code));
  const under = rows.map((r) => normalizeCode(r.underCode));
  const outcomes = queries.map((q): MatchOutcome => {
    const code = normalizeCode(q.code);
    const tokens = nameTokens(q.name);
    const scores = rows.map((_, i) => (tokens.length ? index.scoreTokens(tokens, i) : 0));
    const byCode = code === null ? [] : codes.flatMap((c, i) => (c === code ? [i] : []));
    // the rows of that number: the numbered row and the continuation rows under it
    const group = code === null ? [] : rows.flatMap((_, i) => (codes[i] === code || (codes[i] === null && under[i] === code) ? [i] : []));
    const candidates = (): MatchCandidate[] =>
      rows
        .map((_, i) => ({ index: i, score: round2(tokens.length ? scores[i] : group.includes(i) ? 1 : 0), sameCode: group.includes(i) }))
        .filter((c) => c.sameCode || c.score >= CANDIDATE_FLOOR)
        .sort((a, b) => Number(b.sameCode) - Number(a.sameCode) || b.score - a.score)
        .slice(0, 3);
    // a number with continuation rows under it: the one whose name is clearly closest
    if (group.length > 1 && byCode.length === 1) {
      const ranked = group.map((i) => ({ i, s: scores[i] })).sort((a, b) => b.s - a.s);
      if (tokens.length > 0 && ranked[0].s >= CODE_NAME_AGREEMENT && ranked[0].s - ranked[1].s >= CLEAR_MARGIN) {
        return { matched: true, index: ranked[0].i, method: 'code-and-name', confidence: round2(0.9 + 0.1 * ranked[0].s) };
      }
    } else if (byCode.length === 1) {
      const i = byCode[0];
      if (tokens.length === 0) return { matched: true, index: i, method: 'code', confidence: 0.9 };
      if (scores[i] >= CODE_NAME_AGREEMENT) return { matched: true, index: i, method: 'code-and-name', confidence: round2(0.9 + 0.1 * scores[i]) };
    }
    if (tokens.length === 0) return { matched: false, reason: 'no-clear-match', candidates: candidates() };
    // by name: among the rows of that number when it is repeated, else among all rows
    const pool = byCode.length > 1 ? byCode : rows.map((_, i) => i);
    const ranked = pool.map((i) => ({ i, s: scores[i] })).sort((a, b) => b.s - a.s);
    const best = ranked[0];
    const second = ranked[1]?.s ?? 0;
    const clear = best !== undefined && best.s >= ACCEPT_SCORE && best.s - second >= CLEAR_MARGIN;
    if (clear) {
      const conflict = byCode.length === 1 && !group.includes(best.i) ? byCode[0] : undefined;
      const confidence = round2(conflict === undefined ? best.s : best.s * 0.9);
      return conflict === undefined
        ? { matched: true, index: best.i, method: 'name', confidence }
        : { matched: true, index: best.i, method: 'name', confidence, codeConflict: conflict };
    }
    return { matched: false, reason: byCode.length === 1 ? 'code-name-conflict' : 'no-clear-match', candidates: candidates() };
  });
  if (!unique) return outcomes;
  // one source row, one report row: the closer match keeps it
  const holder = new Map<number, number>();
  outcomes.forEach((o, q) => {
    if (!o.matched) return;
    const other = holder.get(o.index);
    if (other === undefined) return void holder.set(o.index, q);
    const kept = outcomes[other] as Extract<MatchOutcome, { matched: true }>;
    const loser = o.confidence > kept.confidence ? other : q;
    if (loser === other) holder.set(o.index, q);
    outcomes[loser] = { matched: false, reason: 'taken', candidates: [{ index: o.index, score: (outcomes[loser] as Extract<MatchOutcome, { matched: true }>).confidence, sameCode: false }] };
  });
  return outcomes;
}
