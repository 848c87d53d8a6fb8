import { compressToRanges, parseA1, toA1, type CellAddress } from '../address';
import type { DetectedSheet } from '../detect/detectTables';
import { ruleOf, type Finding, type FindingCode } from '../findings';
import { ERROR, MALFORMED, TEXT } from '../numbers/SheetFigures';
import { shownAt, shownOfAll, toDecimalString, type SheetFigures } from '../numbers';
import { evaluateRelation, type Outcome } from './evaluateRelation';
import { locateLikely, type Failure } from './locateLikely';
import { partsOf, subjectOf, totalOf, type Relation } from './Relation';

/**
 * Re-adds every relation of every table of the sheets, and reports those that do not hold
 * (`sum-mismatch`, `rounding-difference`, `part-exceeds-whole`) or cannot be checked
 * (`relation-unchecked`). Failures that one wrong cell explains are related to each other
 * and name that cell.
 */
export function checkRelations(sheets: readonly DetectedSheet[]): Finding[] {
  const out: Finding[] = [];
  const failed: Failure<string>[] = [];
  const failedFinding: number[] = [];
  for (const sheet of sheets) {
    const { figures, grid } = sheet.context;
    const seen = new Set<string>();
    const notFigures = new Set<string>();
    /** A formula the file has no result for: an ERROR cell without a value. */
    const uncalculated = (a: CellAddress) => figures.kindAt(a.row, a.col) === ERROR && grid.valueAt(a.row, a.col) === null;
    for (const { relation, outcome } of failuresOf(sheet)) {
      const cell = toA1(totalOf(relation));
      const parts = compressToRanges(partsOf(relation));
      const key = `${cell}|${parts.join(',')}|${relation.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const base = { sheet: relation.sheet, cell, tableId: relation.tableId, parts };
      if (outcome.status === 'unchecked') {
        // a relation seen in the data alone is no reason to warn about a cell it cannot read
        if (relation.basis === 'data') continue;
        const badCells = outcome.bad.map(toA1);
        const notCalculated = outcome.bad.filter(uncalculated).map(toA1);
        // a boolean or a date where a figure should be is a finding of its own, once per cell
        for (const a of outcome.bad) {
          const v = grid.valueAt(a.row, a.col);
          const key = toA1(a);
          if (figures.kindAt(a.row, a.col) !== TEXT || (typeof v !== 'boolean' && typeof v !== 'number') || notFigures.has(key)) continue;
          notFigures.add(key);
          out.push({
            sheet: relation.sheet,
            cell: key,
            tableId: relation.tableId,
            parts: [],
            code: 'not-a-figure',
            severity: ruleOf('not-a-figure').severity,
            expected: null,
            actual: null,
            difference: null,
            params: typeof v === 'boolean' ? { valueKind: 'boolean', text: v ? 'TRUE' : 'FALSE' } : { valueKind: 'date', text: isoDate(v) },
          });
        }
        // a malformed or error total is already a finding of its own (checkFigures); an uncalculated one is said here too, with what to do
        const onlyTotal = outcome.bad.length === 1 && outcome.bad[0].row === relation.totalRow && outcome.bad[0].col === relation.totalCol;
        const totalKind = figures.kindAt(relation.totalRow, relation.totalCol);
        if (onlyTotal && notCalculated.length === 0 && (totalKind === MALFORMED || totalKind === ERROR)) continue;
        out.push({
          ...base,
          code: 'relation-unchecked',
          severity: ruleOf('relation-unchecked').severity,
          expected: null,
          actual: null,
          difference: null,
          params: { relation: relation.kind, subject: subjectOf(relation), badCells, ...(notCalculated.length ? { uncalculated: notCalculated } : {}) },
        });
        continue;
      }
      const code: FindingCode = relation.kind === 'part-of' ? 'part-exceeds-whole' : outcome.status === 'rounding' ? 'rounding-difference' : 'sum-mismatch';
      // an "из них" part is compared as ≤: its difference is how far it goes past its parent
      if (relation.kind === 'part-of' && outcome.status === 'rounding') continue;
      const finding: Finding = {
        ...base,
        code,
        severity: ruleOf(code).severity,
        expected: toDecimalString(outcome.expected),
        actual: toDecimalString(outcome.actual),
        difference: toDecimalString(outcome.difference),
        params: { relation: relation.kind, subject: subjectOf(relation), shown: shownOf(relation, figures) },
      };
      out.push(finding);
      if (code === 'sum-mismatch') {
        failed.push({ total: cellKey(relation, totalOf(relation)), parts: partsOf(relation).map((p) => cellKey(relation, p)), difference: outcome.difference, tolerance: outcome.tolerance });
        failedFinding.push(out.length - 1);
      }
    }
  }
  const likely = locateLikely(failed, (key) => key);
  const figuresOf = new Map(sheets.map((s) => [s.context.grid.name, s.context.figures]));
  for (const [i, l] of likely) {
    const index = failedFinding[i];
    const likelyCell = l.figure.slice(l.figure.lastIndexOf('!') + 1);
    const related = l.settles.filter((j) => j !== i).map((j) => out[failedFinding[j]].cell).filter((c) => c !== likelyCell);
    const f = out[index];
    const at = parseA1(likelyCell);
    const figures = figuresOf.get(l.figure.slice(0, l.figure.lastIndexOf('!')));
    const likelyShown = at && figures ? shownAt(figures, at.row, at.col) : undefined;
    out[index] = {
      ...f,
      params: {
        ...f.params,
        likelyCell,
        likelyChange: toDecimalString(l.change),
        settles: l.settles.length,
        related: [...new Set(related)],
        ...(likelyShown ? { shown: { ...f.params.shown, likely: likelyShown } } : {}),
      },
    };
  }
  return out;
}

/**
 * The relations of a sheet's tables that do not hold (or cannot be checked), in order, with
 * their outcomes. The hot loop, in a function of its own: called once per sheet, it gets
 * optimised with the feedback of every sheet before it.
 */
function failuresOf(sheet: DetectedSheet): { relation: Relation; outcome: FailedOutcome }[] {
  const { figures } = sheet.context;
  const out: { relation: Relation; outcome: FailedOutcome }[] = [];
  for (const table of sheet.tables) {
    for (const relation of table.relations) {
      const outcome = evaluateRelation(relation, figures);
      if (outcome.status !== 'exact' && outcome.status !== 'empty') out.push({ relation, outcome });
    }
  }
  return out;
}

type FailedOutcome = Exclude<Outcome, { status: 'exact' } | { status: 'empty' }>;

/** How the relation's total shows its figure, and its parts theirs (their sum: the most decimals of any). */
function shownOf(relation: Relation, figures: SheetFigures): NonNullable<Finding['params']['shown']> {
  const actual = shownAt(figures, relation.totalRow, relation.totalCol);
  const expected = shownOfAll(partsOf(relation).map((p) => shownAt(figures, p.row, p.col)));
  return { ...(actual ? { actual } : {}), ...(expected ? { expected } : {}) };
}

/** A cell of a relation, as `Sheet!A1`: the same cell in two relations is the same figure. */
function cellKey(relation: Relation, cell: { row: number; col: number }): string {
  return `${relation.sheet}!${toA1(cell)}`;
}

/** An Excel serial day (1900 date system) as `2024-01-31`. */
function isoDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(serial) : d.toISOString().slice(0, 10);
}
