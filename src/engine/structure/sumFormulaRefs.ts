import { parseA1, parseRangeA1, type CellAddress } from '../address';

const SUM = /^=\s*SUM\s*\((.*)\)\s*$/i;
const PLUS_CHAIN = /^=\s*\+?\s*([A-Z$0-9:\s]+(?:\+[A-Z$0-9:\s]+)*)$/i;
/** Ranges longer than this are read as a statement about the range, not as cells. */
const MAX_CELLS = 100_000;

/**
 * The cells a formula adds up, when it is nothing but a sum of cells of its own sheet:
 * `=SUM(D8:D11)`, `=SUM(D8:D11,D14)`, `=D7+D10+D13`. Undefined for anything else
 * (constants, other sheets, other operations): such a formula says nothing about parts.
 */
export function sumFormulaRefs(formula: string): CellAddress[] | undefined {
  if (formula.includes('!')) return undefined;
  const m = SUM.exec(formula) ?? PLUS_CHAIN.exec(formula);
  if (!m) return undefined;
  const out: CellAddress[] = [];
  for (const raw of m[1].split(/[,+]/)) {
    const term = raw.replace(/\$/g, '').trim();
    if (!term) return undefined;
    if (term.includes(':')) {
      const r = parseRangeA1(term);
      if (!r || (r.bottom - r.top + 1) * (r.right - r.left + 1) > MAX_CELLS) return undefined;
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
    } else {
      const a = parseA1(term);
      if (!a) return undefined;
      out.push(a);
    }
  }
  return out.length > 0 ? out : undefined;
}
