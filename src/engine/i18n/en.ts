import type { Finding } from '../findings';
import type { RelationKind } from '../check/Relation';
import { rangeToA1 } from '../address';
import { formatAmount } from '../numbers';
import { amount, amountsOf, missingYears, changeOf, difference, shown, likelyTarget, partsList, shortLabel, yearSpan } from './common';
import type { Locale } from './Locale';

const L = 'en' as const;

function subject(f: Finding): string {
  const s = f.params.subject ?? {};
  const bits: string[] = [];
  const label = shortLabel(s.label);
  if (label) bits.push(`“${label}”`);
  if (s.year !== undefined) bits.push(String(s.year));
  const column = shortLabel(s.column, 40);
  if (column && s.year === undefined) bits.push(`column “${column}”`);
  return bits.length ? ` (${bits.join(', ')})` : '';
}

const PARTS: Record<RelationKind, string> = {
  'row-total': 'the figures it totals across the row',
  'block-total': 'its year rows',
  subtotal: 'the rows it sums up',
  'grand-total': 'the totals it is made of',
  'parent-total': 'its numbered sub-items',
  'group-total': 'the rows of its group',
  breakdown: 'the rows of this source in the items above',
  'breakdown-sum': 'its “including” rows',
  'part-of': 'the row it is part of',
  'listed-parts': 'the rows listed under it (“including”)',
};

/** ` (E6: =SUM(E8:E12))`: the sibling a fragile total is compared with, when known. */
function siblingOf(f: Finding): string {
  return f.params.sibling ? ` (${f.params.sibling}: ${f.params.siblingFormula ?? '?'})` : '';
}

const checksEn = (n: number) => (n === 1 ? '1 check' : `${n} checks`);

function likelySuffix(f: Finding): string {
  const p = f.params;
  if (p.correction) {
    const c = p.correction;
    const size = c.size === 1 ? '1 cell' : `${c.size} cells`;
    return c.here.length
      ? ` Table ${c.table}'s correction (${size}, after which every total of the table agrees): ${c.here.map((x) => `${x.cell} → ${formatAmount(x.to, L, x.decimals)}`).join(', ')}.`
      : ` Table ${c.table}'s correction (${size}) settles this total too, by changing other cells.`;
  }
  if (p.likelyText) {
    const c = changeOf(p.likelyChange ?? '0');
    return ` The likely wrong figure is “${p.likelyText}”: ${c.up ? 'increase' : 'decrease'} it by ${amount(c.size, L, p.shown?.likely)} to settle ${checksEn(p.settles ?? 0)}.`;
  }
  return p.likelyCell ? en.likely(p.likelyCell, p.likelyChange ?? '0', p.settles ?? 0, p.related ?? [], likelyTarget(f), p.shown?.likely) : '';
}

export const en: Locale = {
  lang: 'en',
  finding: {
    'sum-mismatch': (f) =>
      `${f.cell}${subject(f)} is ${amountsOf(f, L).actual}, but ${PARTS[f.params.relation ?? 'subtotal']} (${partsList(f)}) add up to ${amountsOf(f, L).expected}: a difference of ${amountsOf(f, L).difference}.${likelySuffix(f)}`,
    'rounding-difference': (f) =>
      `${f.cell}${subject(f)} is ${amountsOf(f, L).actual}; ${PARTS[f.params.relation ?? 'subtotal']} (${partsList(f)}) add up to ${amountsOf(f, L).expected}. The difference of ${amountsOf(f, L).difference} is within the rounding of the shown figures.`,
    'relation-unchecked': (f) => {
      const uncalculated = f.params.uncalculated ?? [];
      const others = (f.params.badCells ?? []).filter((c) => !uncalculated.includes(c));
      const why = [
        ...(others.length ? [`${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} not a number`] : []),
        ...(uncalculated.length ? [`${uncalculated.join(', ')} ${uncalculated.length === 1 ? 'is a formula' : 'are formulas'} with no calculated result in the file`] : []),
      ].join('; ');
      const todo = uncalculated.length ? ' Recalculate the workbook (open it in Excel or LibreOffice and save it), then check it again.' : '';
      return `${f.cell}${subject(f)} could not be checked against ${partsList(f)}: ${why}.${todo}`;
    },
    'part-exceeds-whole': (f) =>
      `${f.cell}${subject(f)} is an “of which” part of ${partsList(f)} (${amountsOf(f, L).expected}) but is larger: ${amountsOf(f, L).actual}.`,
    'unparsable-number': (f) =>
      `${f.cell}: “${shortLabel(f.params.text) ?? ''}” looks like a figure but is not a number. It is left out of every sum; the totals that need it are not checked.`,
    'error-value': (f) => `${f.cell} holds the Excel error ${f.params.text ?? ''}; the totals that need it are not checked.`,
    'formula-not-calculated': (f) =>
      `${f.cell} holds a formula (${shortLabel(f.params.text) ?? ''}) with no calculated result in the file: the workbook was saved without being calculated. The totals that need it are not checked; recalculate the workbook (open it in Excel or LibreOffice and save it), then check it again.`,
    'not-a-figure': (f) =>
      `${f.cell} holds ${f.params.valueKind === 'boolean' ? `the logical value ${f.params.text ?? ''}` : `a date (${f.params.text ?? ''})`}, not an amount; it is left out of every sum, and the totals that need it are not checked.`,
    'table-mismatch': (f) =>
      `${f.cell} (${en.figureOf(f.params.year, f.params.source)}) is ${amountsOf(f, L).actual} here, but table ${f.params.otherTable} on sheet “${f.params.otherSheet}” gives ${amountsOf(f, L).expected} (${f.params.otherCell}): a difference of ${amountsOf(f, L).difference}.`,
    'text-sum-mismatch': (f) =>
      `The text in ${f.cell} (${en.figureOf(f.params.year, f.params.source)}) gives ${amountsOf(f, L).actual} (“${f.params.excerpt ?? ''}”), but the figures it lists for it add up to ${amountsOf(f, L).expected}: a difference of ${amountsOf(f, L).difference}.${likelySuffix(f)}`,
    'text-table-mismatch': (f) =>
      `The text in ${f.cell} (${en.figureOf(f.params.year, f.params.source)}) gives ${amountsOf(f, L).actual} (“${f.params.excerpt ?? ''}”), but table ${f.params.otherTable} on sheet “${f.params.otherSheet}” gives ${amountsOf(f, L).expected} (${f.params.otherCell}): a difference of ${amountsOf(f, L).difference}.${likelySuffix(f)}`,
    'typed-total': (f) =>
      f.severity === 'info'
        ? `${f.cell}: the totals of table ${f.tableId ?? ''} (${f.params.typedTotals ?? 0}) are typed figures, not formulas. They add up as checked today, but will not follow their parts when a figure changes.`
        : `${f.cell}${subject(f)} is a typed number${f.params.formula ? ` (${f.params.formula})` : ''}, while the other totals of its ${f.params.relation === 'row-total' ? 'column' : 'row'} are formulas${siblingOf(f)}. ${f.params.addsUp === false ? 'It does not add up now either, and' : 'It adds up now, but'} will not follow its parts.`,
    'formula-skips-part': (f) => {
      const p = f.params;
      const bits: string[] = [];
      if (p.skipped?.length) bits.push(`leaves out ${p.skipped.join(', ')}, ${p.skipped.length === 1 ? 'a part' : 'parts'} of it${p.sibling ? ` that ${p.sibling} (${p.siblingFormula ?? '?'}) adds` : ''}`);
      if (p.extra?.length) bits.push(`adds ${p.extra.join(', ')}, which ${p.extra.length === 1 ? 'is' : 'are'} not part of it (a header cell, or a total whose own parts it adds as well)`);
      const tail = f.severity === 'error' ? 'so the total is wrong now.' : 'zero today, so the total is right now, but a figure entered there will be lost or counted twice.';
      return `${f.cell}${subject(f)}: its formula ${p.formula ?? '?'} ${bits.join(' and ')}; ${f.severity === 'error' ? 'that is not zero, ' : ''}${tail}`;
    },
    'inconsistent-formula': (f) =>
      `${f.cell}${subject(f)}: its formula ${f.params.formula ?? '?'} is not the one the other totals of its ${f.params.relation === 'row-total' ? 'column' : 'row'} have${siblingOf(f)}. It may add other cells than its neighbours.`,
    'figure-as-text': (f) =>
      f.params.readBy?.length
        ? `${f.cell}: “${f.params.text ?? ''}” is a figure typed as text. ${f.params.readBy.join(', ')} ${f.params.readBy.length === 1 ? 'adds' : 'add'} it with a formula, which leaves text out: that total is short by it.`
        : `${f.cell}: “${f.params.text ?? ''}” is a figure typed as text in a table of formula totals. Formulas leave text out: a total that adds it will be short by it.`,
    'year-gap': (f) => {
      const g = f.params.gap;
      const missing = g ? missingYears(g) : '';
      return `${f.cell}: the years of table ${f.tableId ?? ''} jump from ${g?.after ?? ''} to ${g?.before ?? ''}: it has no figures for ${missing}. Every year the table has is checked (and rolled up); if the programme runs through ${missing} too, those figures are missing from it.`;
    },
  },
  figureOf: (year, source) => {
    const y = year === null || year === undefined ? 'all years' : String(year);
    return source ? `${y}, ${source}` : `${y}, all sources`;
  },
  likely: (cell, change, settles, related, to, shown) => {
    const c = changeOf(change);
    return ` The likely wrong figure is ${cell}. ${c.up ? 'Increase' : 'Decrease'} ${cell} by ${amount(c.size, L, shown)}${to !== undefined ? ` (to ${amount(to, L, shown)})` : ''} to settle ${checksEn(settles)}${related.length ? ` (see also ${related.join(', ')})` : ''}.`;
  },
  table: (t) => {
    const kind = t.kind === 'indicators' ? 'indicators' : `funding, ${en.layout[t.layout]}`;
    const bits = [`${t.id} ${rangeToA1(t.range)}: ${kind}`, `years ${yearSpan(t.years)}`];
    if (t.sources.length) bits.push(`sources: ${t.sources.join('; ')}`);
    if (t.unit) bits.push(`unit: ${t.unit}`);
    return bits.join('; ');
  },
  layout: {
    'source-by-year': 'sources by year',
    'items-by-year': 'items by year',
    'items-by-source-and-year': 'items by source and year',
    'year-rows-by-source': 'year rows by source',
    generic: 'totals found from labels, formulas and figures',
    indicators: 'indicators',
  },
  severity: { error: 'error', warning: 'warning', info: 'note' },
  severityPlural: { error: 'Errors', warning: 'Warnings', info: 'Rounding notes' },
  correction: {
    heading: (tableId, n) => `Change ${n === 1 ? '1 cell' : `${n} cells`} so that every total of table ${tableId} agrees`,
    change: (c) =>
      c.formula
        ? `${c.cell}: write ${c.formula} (it gives ${shown(c, L)}; now ${c.from === null ? 'blank' : formatAmount(c.from, L, c.decimals)})`
        : `${c.cell}: ${c.from === null ? 'blank' : formatAmount(c.from, L, c.decimals)} → ${shown(c, L)}${c.slip ? ` (${en.correction.slip[c.slip]})` : ''}`,
    follow: (cells) => `Formulas that follow: ${cells.map((c) => `${c.cell} ${formatAmount(c.from ?? '0', L, c.decimals)} → ${shown(c, L)}`).join('; ')}.`,
    basis: (c) => {
      const n = c.alternatives;
      if (n === 0 && c.alternativesMore) return 'Other corrections as small may exist: the solver stopped at this one.';
      const more = c.alternativesMore ? ' or more' : '';
      const others = n === 1 ? `1 other correction${more} is` : `${n} other corrections${more} are`;
      switch (c.basis) {
        case 'only':
          return 'No other change of as few cells makes every total agree.';
        case 'formula':
          return `${others} as small; this one is shown because a formula adds other cells than its total's parts.`;
        case 'slip':
          return `${others} as small; this one is shown because its figures look mistyped (${[...new Set(c.correction.cells.flatMap((x) => (x.slip ? [en.correction.slip[x.slip]] : [])))].join(', ')}).`;
        case 'totals':
          return `${others} as small; this one changes totals rather than the figures they add up.`;
        default:
          return `${others} as small, and nothing in the table tells them apart: check which one is right.`;
      }
    },
    other: (c, best) => {
      const { instead, changes } = difference(c, best);
      return `Or${instead.length ? `, instead of ${instead.join(', ')}` : ''}: ${changes.map((x) => `${x.cell} → ${shown(x, L)}`).join(', ')}.`;
    },
    gaveUp: (tableId, reason) =>
      ({
        'too-large': `Table ${tableId}: no correction; the table is too large to search for one.`,
        time: `Table ${tableId}: no correction; the search ran out of time.`,
        'none-consistent': `Table ${tableId}: no change of its typed figures makes every total agree (formulas or unreadable figures stand in the way).`,
        'no-solver': `Table ${tableId}: no correction; it needs more cells than the quick search tries.`,
      })[reason],
    slip: {
      transposition: 'two digits swapped?',
      'one-digit': 'one digit wrong?',
      'decimal-shift': 'decimal point shifted?',
      'wrong-cell': 'typed in the wrong cell?',
      'typed-total': 'a typed total among formulas',
    },
  },
  ui: {
    tablesFound: (n) => (n === 1 ? '1 table found' : `${n} tables found`),
    noTables: 'No funding or indicator tables found.',
    noFindings: 'Every total adds up.',
    relation: (r) =>
      `${r.cell} = ${r.parts.join(' + ')} (${r.direction === 'row' ? 'across its row' : 'down its column'}; ${{ label: 'by its labels', formula: 'by a formula', data: 'by the figures' }[r.basis]}): ${{ exact: 'adds up', rounding: 'within rounding', mismatch: 'does not add up', unchecked: 'not checked' }[r.status]}`,
    sheet: (name) => `Sheet “${name}”`,
    fileError: 'Could not read the file',
    fileErrors: {
      'file-not-found': 'there is no such file',
      'not-xlsx': 'it is not an Excel workbook (.xlsx), or it is damaged',
      'unreadable-file': 'it cannot be opened',
      'too-large': 'it is larger than budget-check reads (see the limits in README)',
    },
    summary: (e, w, i) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} rounding note${i === 1 ? '' : 's'}`,
    risks: 'Risks',
  },
};
