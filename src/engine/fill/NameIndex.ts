import { nameTokens, sameStem } from './nameTokens';

/**
 * The names of one source table, ready for scoring report rows against them. A word shared by
 * many indicators (`доля`, `района`) counts for less than a word only one of them has.
 */
export class NameIndex {
  private readonly tokens: readonly (readonly string[])[];
  private readonly df = new Map<string, number>();

  constructor(names: readonly string[]) {
    this.tokens = names.map(nameTokens);
    for (const list of this.tokens) for (const t of list) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  get size(): number {
    return this.tokens.length;
  }

  /** How much a word says: 1 + ln(N / number of names holding it); a word no name holds counts fully. */
  private weight(token: string): number {
    const n = Math.max(this.tokens.length, 1);
    let df = this.df.get(token);
    if (df === undefined) {
      df = 0;
      for (const [t, count] of this.df) if (sameStem(t, token)) df = Math.max(df, count);
    }
    return 1 + Math.log(n / Math.max(df, 1));
  }

  /**
   * How alike a name is to the i-th source name, 0..1: the weighted share of the name's words
   * found in the source name (0.65) and of the source name's words found in it (0.35). A name
   * shortened from the source scores high; a name that only shares common words, low.
   */
  score(name: string, i: number): number {
    return this.scoreTokens(nameTokens(name), i);
  }

  scoreTokens(query: readonly string[], i: number): number {
    const target = this.tokens[i];
    if (query.length === 0 || target.length === 0) return 0;
    const cover = (from: readonly string[], into: readonly string[]): number => {
      let all = 0;
      let found = 0;
      for (const t of from) {
        const w = this.weight(t);
        all += w;
        if (into.some((u) => sameStem(t, u))) found += w;
      }
      return all === 0 ? 0 : found / all;
    };
    return 0.65 * cover(query, target) + 0.35 * cover(target, query);
  }
}
