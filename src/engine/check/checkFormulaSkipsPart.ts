import { compressToRanges, toA1, type CellAddress } from '../address';
import type { DetectedSheet } from '../detect/detectTables';
import type { DetectedTable } from '../detect/Table';
import { ruleOf, type Finding } from '../findings';
import type { SheetFigures } from '../numbers/SheetFigures';
import { partsOf, subjectOf, type Relation } from './Relation';
import { nearest, nonZeroAt, tableTotals, type Member } from './formulaTotals';

/**
 * `formula-skips-part`: a total's `SUM`/`+` formula that does not add what the table says
 * the total adds:
 * - it leaves out a part of its relation that its siblings' formulas include (the same row
 *   in the other year columns, the same column on the other rows);
 * - or it adds a cell that is no part: a total of another level together with that total's
 *   own parts (double counting), or a cell of the header (the row of column numbers, the
 *   numbering column).
 * An error when what is left out (or counted twice) is not zero today; a warning when it is.
 */
export function checkFormulaSkipsPart(sheets: readonly DetectedSheet[]): Finding[] {
  const done = memo.get(sheets);
  if (done) return done;
  const out: Finding[] = [];
  memo.set(sheets, out);
  for (const sheet of sheets) {
    const { figures } = sheet.context;
    for (const t of tableTotals(sheet)) {
      if (!t.anyFormula) continue;
      const totals = totalsByCell(t.table);
      for (const family of t.families) {
        // a partial list (`в т.ч.:`) need not add every part
        if (family.kind === 'listed-parts') continue;
        const sums = family.members.filter((m) => m.refs && m.alongFamily);
        for (const m of sums) {
          const skipped = skippedParts(m, sums);
          const extra = extraCells(m, t.table, totals, figures, family.across);
          if (skipped.length === 0 && extra.length === 0) continue;
          const off = [...skipped, ...extra].some((c) => nonZeroAt(figures, c));
          const others = sums.filter((s) => s !== m);
          const sibling = others.length > 0 ? nearest(others, m.cell) : undefined;
          out.push({
            code: 'formula-skips-part',
            severity: off ? ruleOf('formula-skips-part').severity : 'warning',
            sheet: sheet.context.grid.name,
            cell: toA1(m.cell),
            tableId: t.table.id,
            expected: null,
            actual: null,
            difference: null,
            parts: compressToRanges(partsOf(m.relation)),
            params: {
              relation: m.relation.kind,
              subject: subjectOf(m.relation),
              formula: m.formula,
              skipped: skipped.map(toA1),
              extra: extra.map(toA1),
              ...(sibling ? { sibling: toA1(sibling.cell), siblingFormula: sibling.formula } : {}),
            },
          });
        }
      }
    }
  }
  return out;
}

/** One run per detection: \`inconsistent-formula\` asks which cells this check names. */
const memo = new WeakMap<readonly DetectedSheet[], Finding[]>();

const key = (a: CellAddress) => `${a.row},${a.col}`;

/** Parts of the relation the formula leaves out while most of its siblings' formulas include the matching cell. */
function skippedParts(m: Member, sums: readonly Member[]): CellAddress[] {
  const refs = new Set(m.refs!.map(key));
  const siblings = sums.filter((s) => s !== m).map((s) => ({ dr: s.cell.row - m.cell.row, dc: s.cell.col - m.cell.col, refs: new Set(s.refs!.map(key)) }));
  if (siblings.length === 0) return [];
  const out: CellAddress[] = [];
  for (const part of partsOf(m.relation)) {
    if (refs.has(key(part))) continue;
    const including = siblings.filter((s) => s.refs.has(key({ row: part.row + s.dr, col: part.col + s.dc }))).length;
    if (including >= 1 && including * 2 >= siblings.length) out.push(part);
  }
  return out;
}

/** Cells the formula adds that are no part: a total together with its own parts, or a header cell. */
function extraCells(m: Member, table: DetectedTable, totals: Map<string, Relation[]>, figures: SheetFigures, across: boolean): CellAddress[] {
  const parts = new Set(partsOf(m.relation).map(key));
  const refs = new Set(m.refs!.map(key));
  const firstRow = table.figureRows.reduce((a, b) => Math.min(a, b), table.range.bottom + 1);
  const firstCol = table.valueColumns.reduce((a, c) => Math.min(a, c.col), table.range.right + 1);
  const out = new Map<string, CellAddress>();
  const add = (a: CellAddress) => {
    const k = key(a);
    if (!parts.has(k) && !(a.row === m.cell.row && a.col === m.cell.col)) out.set(k, a);
  };
  for (const ref of m.refs!) {
    // a total of another level added along with (some of) its own parts: whichever of the two is no part of this total
    for (const q of totals.get(key(ref)) ?? []) {
      const twice = partsOf(q).filter((p) => refs.has(key(p)));
      if (twice.length === 0) continue;
      add(ref);
      twice.forEach(add);
    }
    // the row of column numbers under the header, or the numbering column left of the figures
    const header = across ? ref.col < firstCol && ref.col >= table.range.left : ref.row < firstRow && ref.row >= table.range.top - 2;
    if (header && figures.at(ref.row, ref.col).kind === 'amount') add(ref);
  }
  return [...out.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** The relations of a table by their total cell. */
function totalsByCell(table: DetectedTable): Map<string, Relation[]> {
  const out = new Map<string, Relation[]>();
  for (const r of table.relations) {
    const k = `${r.totalRow},${r.totalCol}`;
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}
