import type { Relation, RelationKind, RelationSubject } from '../check/Relation';
import { holdsOnMost } from '../check/evaluateRelation';
import type { SheetFigures } from '../numbers';
import type { Entry } from './Entry';
import type { SummaryEntry, ValueColumn } from './Table';

export interface StructureInput {
  readonly sheet: string;
  readonly tableId: string;
  readonly entries: readonly Entry[];
  /** The additive value columns the relations run over. */
  readonly columns: readonly ValueColumn[];
  readonly figures: SheetFigures;
  /** Describes a (key, column) pair for messages: the year and the column's name. */
  readonly describe: (key: string, column: ValueColumn) => RelationSubject;
}

export interface Structure {
  readonly relations: Relation[];
  /** The entry that is the table's total (the last grand or top-level total), if any. */
  readonly grandTotal?: Entry;
  /** `в том числе` rows of the grand total, by source. */
  readonly grandBreakdown: readonly Entry[];
  /** Leaf entries (items, source rows) that are not totals, breakdowns or parts. */
  readonly leaves: readonly Entry[];
}

interface TotalRecord {
  readonly entry: Entry;
  /** The leaves this total covers, directly or through subtotals. */
  readonly leaves: Entry[];
  breakdown: Entry[];
}

/**
 * Reads the hierarchy of a table's body from its labels and order — items, subtotals
 * (`Всего по подпрограмме I`, `Итого по задаче 2`), the grand total, `в том числе`
 * breakdowns, `из них` parts, numbered children — and states every relation it implies,
 * for every additive column. Where labels leave the scope of a total open, the candidate
 * that holds on most columns is taken (the data settle it).
 */
export function analyseStructure(input: StructureInput): Structure {
  const { entries, figures } = input;
  const relations: Relation[] = [];
  const leaves: Entry[] = [];

  const emit = (kind: RelationKind, total: Entry, parts: readonly Entry[], keys?: readonly string[]): Relation[] => {
    const out: Relation[] = [];
    for (const [key, totalRow] of total.rows) {
      if (keys && !keys.includes(key)) continue;
      const partRows = parts.map((p) => p.rows.get(key)).filter((r): r is number => r !== undefined);
      if (partRows.length === 0) continue;
      for (const column of input.columns) {
        out.push({
          kind,
          sheet: input.sheet,
          tableId: input.tableId,
          total: { row: totalRow, col: column.col },
          parts: partRows.map((row) => ({ row, col: column.col })),
          subject: { label: total.label, ...input.describe(key, column) },
        });
      }
    }
    return out;
  };
  const accept = (rels: Relation[]): boolean => {
    if (rels.length === 0 || !holdsOnMost(rels, figures)) return false;
    relations.push(...rels);
    return true;
  };

  // numbered hierarchy: 1 = 1.1 + 1.2 when the parent row has figures of its own
  const childOf = new Map<Entry, Entry>();
  const children = new Map<Entry, Entry[]>();
  const stack: Entry[] = [];
  for (const e of entries) {
    if (!e.hasFigures || !e.code || e.totalScope || e.role !== 'normal') continue;
    while (stack.length && !e.code.startsWith(`${stack[stack.length - 1].code}.`)) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && e.code.split('.').length === parent.code!.split('.').length + 1) {
      childOf.set(e, parent);
      const list = children.get(parent) ?? [];
      list.push(e);
      children.set(parent, list);
    }
    stack.push(e);
  }
  for (const [parent, kids] of children) {
    if (!accept(emit('parent-total', parent, kids))) for (const k of kids) childOf.delete(k);
  }

  let scope: Entry[] = []; // top-level leaves since the last subtotal
  let subtotals: TotalRecord[] = []; // since the last grand total
  let lastTotal: TotalRecord | undefined;
  let pending: TotalRecord | undefined; // a total that comes before its parts
  let mode: 'normal' | 'breakdown' | 'thereof' | 'memo' = 'normal';
  let lastAdditive: Entry | undefined;
  let grandTotal: TotalRecord | undefined;
  let groupOfLastTotal: number | undefined;

  const closePending = (): void => {
    if (!pending) return;
    const p = pending;
    pending = undefined;
    if (p.leaves.length === 0) return;
    if (accept(emit('group-total', p.entry, p.leaves))) {
      subtotals.push(p);
      scope = scope.filter((e) => !p.leaves.includes(e));
    }
  };
  const closeBreakdown = (): void => {
    const t = lastTotal;
    if (!t || t.breakdown.length === 0) return;
    resolveBreakdown(t);
  };
  const resolveBreakdown = (t: TotalRecord): void => {
    for (const b of t.breakdown) {
      const parts = t.leaves.filter((leaf) => sameSource(leaf, b));
      if (parts.length > 0) relations.push(...emit('breakdown', b, parts));
    }
    const leafSources = new Set(t.leaves.filter((l) => l.source).map(sourceId));
    const breakdownSources = new Set(t.breakdown.filter((b) => b.source).map(sourceId));
    const complete = leafSources.size > 0 && [...leafSources].every((s) => breakdownSources.has(s)) && t.leaves.every((l) => l.source);
    const rels = emit('breakdown-sum', t.entry, t.breakdown);
    if (complete) relations.push(...rels);
    else if (t.leaves.length === 0 || !t.leaves.some((l) => l.source)) accept(rels);
  };

  for (const e of entries) {
    if (!e.hasFigures) {
      if (e.role !== 'normal') mode = e.role;
      else if (e.labels.length > 0) mode = 'normal';
      continue;
    }
    const inTotalsGroup = groupOfLastTotal !== undefined && e.group === groupOfLastTotal && !e.totalScope;
    const role = e.role !== 'normal' ? e.role : !e.totalScope && mode !== 'normal' ? mode : 'normal';
    if (role === 'memo') continue;
    if (role === 'thereof') {
      if (lastAdditive) relations.push(...emit('part-of', e, [lastAdditive]));
      continue;
    }
    if ((role === 'breakdown' || inTotalsGroup) && (lastTotal || lastAdditive) && !pending) {
      if (lastTotal) {
        lastTotal.breakdown.push(e);
        continue;
      }
    }
    if (e.totalScope) {
      mode = 'normal';
      closePending();
      closeBreakdown();
      const record: TotalRecord = { entry: e, leaves: [], breakdown: [] };
      const scope1 = scope.slice();
      if (e.totalScope === 'subtotal' || (e.totalScope === 'generic' && subtotals.length === 0)) {
        if (scope1.length === 0) {
          // the total comes first: its parts follow
          pending = record;
          lastTotal = record;
          groupOfLastTotal = e.group;
          lastAdditive = e;
          continue;
        }
        const kind: RelationKind = e.totalScope === 'subtotal' ? 'subtotal' : 'grand-total';
        relations.push(...emit(kind, e, scope1));
        record.leaves.push(...scope1.flatMap(leavesOf));
        subtotals.push(record);
        scope = [];
      } else {
        // grand, or a generic total after subtotals: the sum of the subtotals (and loose items)
        const byParts = [...subtotals.map((s) => s.entry), ...scope1];
        const candidates: Entry[][] = scope1.length > 0 && e.totalScope === 'generic' ? [scope1, byParts] : [byParts];
        let chosen: Entry[] | undefined;
        for (const c of candidates) {
          if (c.length === 0) continue;
          const rels = emit('grand-total', e, c);
          if (e.totalScope === 'grand' || candidates.length === 1) {
            relations.push(...rels);
            chosen = c;
            break;
          }
          if (accept(rels)) {
            chosen = c;
            break;
          }
        }
        if (!chosen && byParts.length === 0) {
          pending = record;
          lastTotal = record;
          grandTotal = record;
          groupOfLastTotal = e.group;
          lastAdditive = e;
          continue;
        }
        if (chosen === scope1 && candidates.length > 1) {
          record.leaves.push(...scope1.flatMap(leavesOf));
          subtotals.push(record);
          scope = [];
        } else {
          record.leaves.push(...subtotals.flatMap((s) => s.leaves), ...scope1.flatMap(leavesOf));
          subtotals = [];
          scope = [];
          grandTotal = record;
        }
      }
      lastTotal = record;
      groupOfLastTotal = e.group;
      lastAdditive = e;
      continue;
    }
    // an item
    groupOfLastTotal = pending ? groupOfLastTotal : undefined;
    lastAdditive = e;
    if (childOf.has(e)) continue;
    leaves.push(e);
    if (pending) {
      if (pending.entry.group !== undefined && e.group !== pending.entry.group && pending.leaves.length > 0) closePending();
    }
    if (pending) pending.leaves.push(e);
    else {
      if (lastTotal && lastTotal.breakdown.length > 0) {
        closeBreakdown();
        lastTotal = undefined;
      }
      scope.push(e);
    }
  }
  closePending();
  closeBreakdown();

  function leavesOf(e: Entry): Entry[] {
    const kids = children.get(e);
    if (!kids || !kids.every((k) => childOf.get(k) === e)) return [e];
    return kids.flatMap(leavesOf);
  }

  const grand = grandTotal ?? (subtotals.length === 1 && scope.length === 0 ? subtotals[0] : lastTotal);
  return {
    relations,
    grandTotal: grand?.entry,
    grandBreakdown: grand?.breakdown ?? [],
    leaves,
  };
}

function sourceId(e: Entry): string {
  return e.source?.key ?? e.source?.label.toLowerCase() ?? '';
}

function sameSource(a: Entry, b: Entry): boolean {
  if (!a.source || !b.source) return false;
  if (a.source.label.toLowerCase() === b.source.label.toLowerCase()) return true;
  return a.source.key !== undefined && a.source.key === b.source.key;
}

/** What one cell of a total row means for the table's summary; undefined: not part of it. */
export type CellMeaning = (key: string, column: ValueColumn, rowSource: Entry['source']) => { year: number | null; source: SummaryEntry['source']; sourceLabel?: string } | undefined;

/** Summary entries of a table: its grand total by key and column, and its breakdown by source. */
export function summaryOf(structure: Structure, columns: readonly ValueColumn[], meaning: CellMeaning): SummaryEntry[] {
  const out: SummaryEntry[] = [];
  const add = (entry: Entry, rowSource: Entry['source']) => {
    for (const [key, row] of entry.rows) {
      for (const column of columns) {
        const m = meaning(key, column, rowSource);
        if (m) out.push({ year: m.year, source: m.source, sourceLabel: m.sourceLabel, cell: { row, col: column.col } });
      }
    }
  };
  if (structure.grandTotal) add(structure.grandTotal, undefined);
  // by source: the grand total's breakdown, or (a passport) the source rows it adds up
  let sourceRows: readonly Entry[] = structure.grandBreakdown;
  if (sourceRows.length === 0 && structure.leaves.length > 0 && structure.leaves.every((l) => l.source?.key)) sourceRows = structure.leaves;
  const bySource = new Map<string, Entry[]>();
  for (const e of sourceRows) {
    if (!e.source?.key) continue;
    const list = bySource.get(e.source.key) ?? [];
    list.push(e);
    bySource.set(e.source.key, list);
  }
  for (const list of bySource.values()) {
    if (list.length === 1) add(list[0], list[0].source); // two rows of one kind of source: no single figure
  }
  return out;
}
