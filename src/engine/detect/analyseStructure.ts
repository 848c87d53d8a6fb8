import type { Relation, RelationKind, RelationSubject } from '../check/Relation';
import { holdsOnMost } from '../check/evaluateRelation';
import type { SheetFigures } from '../numbers';
import { rowOfKey, type Entry } from './Entry';
import type { ValueColumn } from './Table';
import { pushAll } from '../util/pushAll';

export interface StructureInput {
  readonly sheet: string;
  readonly tableId: string;
  readonly entries: readonly Entry[];
  /** The additive value columns the relations run over. */
  readonly columns: readonly ValueColumn[];
  readonly figures: SheetFigures;
  /** Describes a (key, column) pair for messages: the year and the column's name. */
  readonly describe: (key: string, column: ValueColumn, label: string) => RelationSubject;
}

export interface Structure {
  readonly relations: Relation[];
  /** The entry that is the table's total (the last grand or top-level total), if any. */
  readonly grandTotal?: Entry;
  /** `в том числе` rows of the grand total, by source. */
  readonly grandBreakdown: readonly Entry[];
  /** Leaf entries (items, source rows) that are not totals, breakdowns or parts. */
  readonly leaves: readonly Entry[];
  /** Totals over some of the leaves (subtotals, groups with their total first), in order; not the grand total. */
  readonly groups: readonly { readonly total: Entry; readonly leaves: readonly Entry[] }[];
  /** Numbered parents and their numbered children (`1` = `1.1` + `1.2`), where the data agree. */
  readonly children: ReadonlyMap<Entry, readonly Entry[]>;
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
 * breakdowns, `из них` parts, numbered children, groups whose total row comes first — and
 * states every relation it implies, for every additive column. Where labels leave the
 * scope of a total open, the candidate that holds on most columns is taken.
 */
export function analyseStructure(input: StructureInput): Structure {
  const { entries, figures } = input;
  const relations: Relation[] = [];
  const leaves: Entry[] = [];

  // one part-column array per column, shared by every relation down that column
  const columnCols = new Map(input.columns.map((c) => [c.col, [c.col] as readonly number[]]));
  const emit = (kind: RelationKind, total: Entry, parts: readonly Entry[], match?: (part: Entry) => boolean): Relation[] => {
    const out: Relation[] = [];
    const used = match ? parts.filter(match) : parts;
    for (let k = 0; k < total.keys.length; k++) {
      const key = total.keys[k];
      const totalRow = total.keyRows[k];
      const partRows: number[] = [];
      for (const p of used) {
        const r = rowOfKey(p, key);
        if (r !== undefined) partRows.push(r);
      }
      if (partRows.length === 0) continue;
      for (const column of input.columns) {
        out.push({
          kind,
          sheet: input.sheet,
          tableId: input.tableId,
          totalRow,
          totalCol: column.col,
          partRows,
          partCols: columnCols.get(column.col)!,
          ...input.describe(key, column, total.label),
        });
      }
    }
    return out;
  };
  /** Keeps relations the data support (they hold on most members); says whether it did. */
  const accept = (rels: Relation[]): boolean => {
    if (rels.length === 0 || !holdsOnMost(rels, figures)) return false;
    pushAll(relations, rels);
    return true;
  };

  const children = numberedHierarchy(entries, emit, accept);
  const childEntries = new Set([...children.values()].flat());
  const isChild = (e: Entry) => childEntries.has(e);
  const leavesOf = (e: Entry): Entry[] => {
    const kids = children.get(e);
    return kids ? kids.flatMap(leavesOf) : [e];
  };

  let scope: Entry[] = []; // top-level items since the last total
  let subtotals: TotalRecord[] = []; // totals since the last grand total
  const allGroups: TotalRecord[] = []; // every subtotal, for the outline
  let lastTotal: TotalRecord | undefined; // the total the next `в том числе` rows belong to
  let pending: TotalRecord | undefined; // a total that comes before its parts
  let grandTotal: TotalRecord | undefined;
  let mode: 'normal' | 'breakdown' | 'thereof' | 'memo' = 'normal';
  let parent: Entry | undefined; // the row `из них` parts belong to

  const closePending = (): void => {
    const p = pending;
    pending = undefined;
    if (!p || p.leaves.length === 0) return;
    if (accept(emit('group-total', p.entry, p.leaves))) {
      subtotals.push(p);
      allGroups.push(p);
      scope = scope.filter((e) => !p.leaves.includes(e));
    }
  };
  const closeBreakdown = (): void => {
    const t = lastTotal;
    if (!t || t.breakdown.length === 0) return;
    for (const b of t.breakdown) pushAll(relations, emit('breakdown', b, t.leaves, (leaf) => sameSource(leaf, b)));
    const leafSources = new Set(t.leaves.filter((l) => l.source).map(sourceId));
    const complete = leafSources.size > 0 && t.leaves.every((l) => l.source) && [...leafSources].every((s) => t.breakdown.some((b) => b.source && sourceId(b) === s));
    const rels = emit('breakdown-sum', t.entry, t.breakdown);
    if (complete) pushAll(relations, rels);
    else if (!t.leaves.some((l) => l.source)) accept(rels);
  };

  for (const e of entries) {
    if (!e.hasFigures) {
      // a heading: `в том числе:`, `из них:`, `справочно`, or a section title
      mode = e.role;
      continue;
    }
    if (mode === 'thereof' && (e.totalScope || e.code)) mode = 'normal';
    const role = e.role !== 'normal' ? e.role : e.totalScope ? 'normal' : mode;
    if (role === 'memo') continue;
    if (role === 'thereof') {
      if (parent) pushAll(relations, emit('part-of', e, [parent]));
      continue;
    }
    const inGroupOfTotal = lastTotal !== undefined && !pending && e.group !== undefined && e.group === lastTotal.entry.group && !e.totalScope;
    if (lastTotal && !pending && (role === 'breakdown' || inGroupOfTotal || lastTotal.entry.announcesBreakdown) && !e.totalScope) {
      lastTotal.breakdown.push(e);
      continue;
    }
    parent = e;
    if (!e.totalScope) {
      if (isChild(e)) continue;
      leaves.push(e);
      if (pending && pending.entry.group !== undefined && e.group !== pending.entry.group) closePending();
      if (pending) pending.leaves.push(e);
      else {
        if (lastTotal?.breakdown.length) {
          closeBreakdown();
          lastTotal = undefined;
        }
        scope.push(e);
      }
      continue;
    }

    // a total
    mode = 'normal';
    closePending();
    closeBreakdown();
    const record: TotalRecord = { entry: e, leaves: [], breakdown: [] };
    lastTotal = record;
    const items = scope.slice();
    if (e.opensGroup || (items.length === 0 && (subtotals.length === 0 || e.totalScope === 'subtotal'))) {
      pending = record; // its parts follow
      if (e.totalScope === 'grand') grandTotal = record;
      continue;
    }
    if (e.totalScope === 'subtotal' || (e.totalScope === 'generic' && subtotals.length === 0)) {
      pushAll(relations, emit(e.totalScope === 'subtotal' ? 'subtotal' : 'grand-total', e, items));
      pushAll(record.leaves, items.flatMap(leavesOf));
      subtotals.push(record);
      allGroups.push(record);
      scope = [];
      continue;
    }
    // a grand total, or a generic total after subtotals: the subtotals (and loose items);
    // for a generic one, the loose items alone may be meant: the data settle it
    const all = [...subtotals.map((x) => x.entry), ...items];
    if (e.totalScope === 'generic' && items.length > 0 && subtotals.length > 0 && accept(emit('grand-total', e, items))) {
      pushAll(record.leaves, items.flatMap(leavesOf));
      subtotals.push(record);
      allGroups.push(record);
      scope = [];
      continue;
    }
    pushAll(relations, emit('grand-total', e, all));
    pushAll(record.leaves, [...subtotals.flatMap((x) => x.leaves), ...items.flatMap(leavesOf)]);
    subtotals = [];
    scope = [];
    grandTotal = record;
  }
  closePending();
  closeBreakdown();

  // groups with their total first (programme, then subprogrammes): is one group the sum of the others?
  const groups = subtotals.filter((x) => x.entry.opensGroup);
  if (!grandTotal && groups.length >= 3) {
    for (const [whole, rest] of [
      [groups[0], groups.slice(1)],
      [groups[groups.length - 1], groups.slice(0, -1)],
    ] as const) {
      if (!accept(emit('grand-total', whole.entry, rest.map((g) => g.entry)))) continue;
      for (const row of whole.leaves) pushAll(relations, emit('breakdown', row, rest.flatMap((g) => g.leaves), (leaf) => sameSource(leaf, row)));
      grandTotal = { entry: whole.entry, leaves: rest.flatMap((g) => g.leaves), breakdown: whole.leaves };
      break;
    }
  }

  const grand = grandTotal ?? (subtotals.length === 1 && scope.length === 0 ? subtotals[0] : undefined);
  return {
    relations,
    grandTotal: grand?.entry,
    grandBreakdown: grand?.breakdown ?? [],
    leaves: leaves.filter((l) => !grand || !grand.breakdown.includes(l)),
    groups: allGroups.filter((g) => g.entry !== grand?.entry).map((g) => ({ total: g.entry, leaves: g.leaves })),
    children,
  };
}

/** `1 = 1.1 + 1.2` where the numbered parent has figures of its own; kept where the data agree. */
function numberedHierarchy(
  entries: readonly Entry[],
  emit: (kind: RelationKind, total: Entry, parts: readonly Entry[]) => Relation[],
  accept: (rels: Relation[]) => boolean,
): Map<Entry, Entry[]> {
  const children = new Map<Entry, Entry[]>();
  const stack: Entry[] = [];
  for (const e of entries) {
    if (!e.hasFigures || !e.code || e.totalScope || e.role !== 'normal') continue;
    while (stack.length && !e.code.startsWith(`${stack[stack.length - 1].code}.`)) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && e.code.split('.').length === parent.code!.split('.').length + 1) {
      const list = children.get(parent) ?? [];
      list.push(e);
      children.set(parent, list);
    }
    stack.push(e);
  }
  for (const [parent, kids] of [...children]) if (!accept(emit('parent-total', parent, kids))) children.delete(parent);
  return children;
}

function sourceId(e: Entry): string {
  return e.source?.key ?? e.source?.norm ?? '';
}

function sameSource(a: Entry, b: Entry): boolean {
  if (!a.source || !b.source) return false;
  if (a.source.norm === b.source.norm) return true;
  return a.source.key !== undefined && a.source.key === b.source.key;
}
