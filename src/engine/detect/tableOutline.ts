import type { Structure } from './analyseStructure';
import type { Entry } from './Entry';
import type { OutlineNode, OutlineRow } from './Table';

/**
 * The body of a funding table as a tree, from its structure: groups (subtotals) over their
 * items; numbered parents over their children; and, where leaves are source rows of items
 * (`Подпрограмма I` × three sources), the item over its source rows. A group is labelled by
 * the heading above its first item (`Задача 2: ...`) when there is one, else by its total's
 * label; a group of one item takes the item's label.
 */
export function tableOutline(entries: readonly Entry[], structure: Structure): OutlineNode[] {
  const { children } = structure;
  const expand = (e: Entry): Entry[] => {
    const kids = children.get(e);
    return kids ? kids.flatMap(expand) : [e];
  };
  const groupOf = new Map<Entry, number>();
  structure.groups.forEach((g, i) => {
    for (const leaf of g.leaves) groupOf.set(leaf, i);
  });
  const groupIndex = (e: Entry): number | undefined => groupOf.get(e) ?? groupOf.get(expand(e)[0]);

  // top-level runs: consecutive items of one group, or loose items
  const out: OutlineNode[] = [];
  let i = 0;
  const items = structure.leaves;
  let previousEnd = -1;
  const headings = headingFinder(entries);
  while (i < items.length) {
    const g = groupIndex(items[i]);
    let j = i + 1;
    while (j < items.length && g !== undefined && groupIndex(items[j]) === g) j++;
    const run = items.slice(i, j);
    const nodes = itemNodes(run, children);
    if (g === undefined) {
      for (const n of nodes) out.push(n);
    } else {
      const total = structure.groups[g].total;
      const rows = rowsOf(total);
      if (nodes.length === 1 && nodes[0].children.length > 0 && nodes[0].rows.length === 0) {
        // one item with source rows under a total: the item is the group
        out.push({ ...nodes[0], rows });
      } else {
        const heading = headings(previousEnd, run[0]);
        out.push({ label: heading?.label ?? total.label, rows, children: nodes });
      }
    }
    previousEnd = lastRow(run[run.length - 1]);
    i = j;
  }
  return out;
}

function rowsOf(e: Entry): OutlineRow[] {
  return e.keys.map((key, k) => ({ key, row: e.keyRows[k] }));
}

function lastRow(e: Entry): number {
  return e.keyRows.length > 0 ? Math.max(...e.keyRows) : e.firstRow;
}

/** Leaves (with numbered children under their parent), source rows grouped under their item's label. */
function itemNodes(run: readonly Entry[], children: ReadonlyMap<Entry, readonly Entry[]>): OutlineNode[] {
  const leafNode = (e: Entry): OutlineNode => {
    const kids = children.get(e);
    return {
      label: e.label,
      source: e.source ? { key: e.source.key, label: e.source.label } : undefined,
      rows: rowsOf(e),
      children: kids ? kids.map(leafNode) : [],
    };
  };
  const out: OutlineNode[] = [];
  let k = 0;
  while (k < run.length) {
    const e = run[k];
    const item = e.source ? itemLabel(e) : undefined;
    if (item === undefined) {
      out.push(leafNode(e));
      k++;
      continue;
    }
    let m = k + 1;
    while (m < run.length && run[m].source && itemLabel(run[m]) === item) m++;
    const sourceRows = run.slice(k, m).map((s) => ({ label: s.source!.label, source: { key: s.source!.key, label: s.source!.label }, rows: rowsOf(s), children: [] }));
    out.push({ label: item, rows: [], children: sourceRows });
    k = m;
  }
  return out;
}

/** A source row's item: its labels other than the source (and breakdown words); undefined when it has none. */
function itemLabel(e: Entry): string | undefined {
  if (!e.source) return undefined;
  const rest = e.labels.filter((l) => l !== e.source!.label && !l.endsWith(e.source!.label));
  return rest.length > 0 ? rest.join(' ') : undefined;
}

/**
 * The last heading (a label row without figures) between `after` and an item, not the item's
 * own label row. Asked in row order, it walks the entries once for the whole table.
 */
function headingFinder(entries: readonly Entry[]): (after: number, item: Entry) => Entry | undefined {
  const isHeading = (e: Entry) => !e.hasFigures && e.role === 'normal' && !e.totalScope;
  let k = 0;
  let last = -1;
  return (after, item) => {
    for (; k < entries.length && entries[k].firstRow < item.firstRow; k++) if (isHeading(entries[k])) last = k;
    if (last < 0 || entries[last].firstRow <= after) return undefined;
    // the item's own label row (an activity's name above its year rows): the heading is before it
    if (entries[last].label !== item.label) return entries[last];
    for (let j = last - 1; j >= 0 && entries[j].firstRow > after; j--) {
      if (isHeading(entries[j])) return entries[j];
    }
    return undefined;
  };
}
