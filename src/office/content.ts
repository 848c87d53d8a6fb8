import { parseRangeA1, type CellStyle, type CellWrite, type ContentPlan } from '../engine';
import type { ContentRecord, PreviousCell } from '../taskpane/WorkbookHost';
import { loadFill, fillStateOf, restoreFill } from './fillState';
import { OfficeProblem, toOfficeProblem } from './officeErrors';

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
type Edge = (typeof EDGES)[number];

/** A column width in characters as Excel's points (Calibri 11: 7 px a character and 5 px of padding, 0.75 pt a pixel). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const HORIZONTAL: { readonly [H in NonNullable<CellStyle['horizontal']>]: Excel.HorizontalAlignment } = {
  left: 'Left' as Excel.HorizontalAlignment,
  center: 'Center' as Excel.HorizontalAlignment,
  right: 'Right' as Excel.HorizontalAlignment,
};

/** Queues one cell's write: content as the plan says (text always as text: a leading apostrophe), then its style. */
function queueWrite(range: Excel.Range, write: CellWrite): void {
  const content = write.content;
  if (content) {
    switch (content.kind) {
      case 'text':
        // the apostrophe is Excel's own "this is text" prefix: '=1+2', '2024' and '-5' stay text, and it is not shown
        range.values = [[`'${content.text}`]];
        break;
      case 'number':
        range.values = [[Number(content.value)]];
        break;
      case 'formula':
        range.formulas = [[content.formula]];
        break;
      case 'empty':
        range.values = [['']];
        break;
    }
  }
  const style = write.style;
  if (!style) return;
  if (style.numberFormat !== undefined) range.numberFormat = [[style.numberFormat]];
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.fontColor !== undefined) range.format.font.color = style.fontColor;
  if (style.indent !== undefined) range.format.indentLevel = style.indent;
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.horizontal !== undefined) range.format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.border) {
    for (const edge of EDGES) {
      const border = range.format.borders.getItem(edge as Excel.BorderIndex);
      border.style = 'Continuous' as Excel.BorderLineStyle;
      border.weight = 'Thin' as Excel.BorderWeight;
    }
  }
}

interface BeforeRead {
  readonly sheet: string;
  readonly cell: string;
  readonly range: Excel.Range;
  readonly borders: { readonly edge: Edge; readonly border: Excel.RangeBorder }[];
}

function queueBefore(worksheets: Excel.WorksheetCollection, sheet: string, cell: string): BeforeRead {
  const range = worksheets.getItem(sheet).getRange(cell);
  range.load(['formulas', 'numberFormat']);
  range.format.load(['horizontalAlignment', 'indentLevel', 'wrapText']);
  range.format.font.load(['bold', 'italic', 'color']);
  loadFill(range);
  const borders = EDGES.map((edge) => {
    const border = range.format.borders.getItem(edge as Excel.BorderIndex);
    border.load(['style', 'weight', 'color']);
    return { edge, border };
  });
  return { sheet, cell, range, borders };
}

function previousOf(read: BeforeRead): PreviousCell {
  const { range } = read;
  const formula = range.formulas[0]?.[0];
  return {
    sheet: read.sheet,
    cell: read.cell,
    formula: typeof formula === 'number' || typeof formula === 'boolean' ? formula : String(formula ?? ''),
    numberFormat: String(range.numberFormat[0]?.[0] ?? 'General'),
    font: { bold: Boolean(range.format.font.bold), italic: Boolean(range.format.font.italic), color: range.format.font.color ?? null },
    fill: fillStateOf(range.format.fill),
    alignment: { horizontal: (range.format.horizontalAlignment as string | undefined) ?? null, indent: range.format.indentLevel ?? 0, wrap: Boolean(range.format.wrapText) },
    borders: Object.fromEntries(read.borders.map(({ edge, border }) => [edge, { style: border.style, weight: border.weight, color: border.color }])),
  };
}

/**
 * Carries out a content plan: one sync reads the sheets there are and the protection of the
 * edited sheets, one more (only when the plan edits cells) every edited cell's formula, number
 * format, font, fill, alignment and borders; one sync writes all of it (new sheets after the last one, then the
 * edits). The record it returns undoes the plan (revertContent). Nothing is changed when an
 * edited sheet is protected or missing, or a new sheet's name is taken.
 */
export async function applyContentPlan(context: Excel.RequestContext, plan: ContentPlan, id: string): Promise<ContentRecord> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items'); // each sheet's few scalar properties, names among them
    const edited = plan.edits.map((edit) => {
      const sheet = worksheets.getItemOrNullObject(edit.sheet);
      sheet.load('isNullObject');
      sheet.protection.load('protected');
      return { edit, sheet };
    });
    await context.sync();
    const missing = edited.filter((e) => e.sheet.isNullObject).map((e) => e.edit.sheet);
    if (missing.length > 0) throw new OfficeProblem('not-found', `The workbook has no sheet ${missing.join(', ')}: the plan was made for another state of the workbook. Check it again.`);
    const locked = edited.filter((e) => e.sheet.protection.protected).map((e) => e.edit.sheet);
    if (locked.length > 0) throw new OfficeProblem('sheet-protected', `Protected sheets cannot be changed: ${locked.join(', ')}. Unprotect them and try again.`);
    const taken = new Set(worksheets.items.map((w) => w.name.toLocaleLowerCase()));
    const clash = plan.newSheets.filter((s) => taken.has(s.name.toLocaleLowerCase())).map((s) => s.name);
    if (clash.length > 0) throw new OfficeProblem('not-found', `The workbook already has a sheet named ${clash.join(', ')}: check it again.`);

    // the edited cells as they are: read in the sync that already had to happen, not one more
    const before = plan.edits.flatMap((edit) => edit.cells.map((w) => queueBefore(worksheets, edit.sheet, w.cell)));
    // new sheets only (a rollup): nothing to read, so no second read
    if (before.length > 0) await context.sync();
    const cells = before.map(previousOf);

    for (const edit of plan.edits) {
      const sheet = worksheets.getItem(edit.sheet);
      for (const write of edit.cells) queueWrite(sheet.getRange(write.cell), write);
    }
    let first: Excel.Worksheet | undefined;
    for (const spec of plan.newSheets) {
      const sheet = worksheets.add(spec.name);
      first ??= sheet;
      for (const write of spec.cells) queueWrite(sheet.getRange(write.cell), write);
      for (const merge of spec.merges ?? []) {
        if (!parseRangeA1(merge)) throw new Error(`the plan merges '${merge}', which is not an A1 range`);
        sheet.getRange(merge).merge(false);
      }
      for (const { col, width } of spec.columnWidths ?? []) sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = charsToPoints(width);
      if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
        if (spec.freeze.columns === 0) sheet.freezePanes.freezeRows(spec.freeze.rows);
        else if (spec.freeze.rows === 0) sheet.freezePanes.freezeColumns(spec.freeze.columns);
        else sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, spec.freeze.rows, spec.freeze.columns));
      }
    }
    if (first && plan.activate !== false) first.activate();
    await context.sync();
    return { version: 1, id, title: plan.title, addedSheets: plan.newSheets.map((s) => s.name), cells };
  } catch (error) {
    throw toOfficeProblem(error);
  }
}

/**
 * Undoes a content plan from its record, in one batch: deletes the sheets it added (those still
 * there) and puts every edited cell back (formula or value, number format, font, fill, alignment,
 * borders).
 */
export async function revertContentPlan(context: Excel.RequestContext, record: ContentRecord): Promise<void> {
  try {
    const worksheets = context.workbook.worksheets;
    const added = record.addedSheets.map((name) => {
      const sheet = worksheets.getItemOrNullObject(name);
      sheet.load('isNullObject');
      return sheet;
    });
    // an edited sheet the user deleted since has nothing to put back
    const edited = new Map(
      [...new Set(record.cells.map((c) => c.sheet))].map((name) => {
        const sheet = worksheets.getItemOrNullObject(name);
        sheet.load('isNullObject');
        return [name, sheet] as const;
      }),
    );
    if (added.length > 0 || edited.size > 0) await context.sync();
    for (const c of record.cells) {
      const sheet = edited.get(c.sheet)!;
      if (sheet.isNullObject) continue;
      const range = sheet.getRange(c.cell);
      range.numberFormat = [[c.numberFormat]];
      range.formulas = [[c.formula]];
      range.format.font.bold = c.font.bold;
      range.format.font.italic = c.font.italic;
      if (c.font.color !== null) range.format.font.color = c.font.color;
      restoreFill(range, c.fill);
      if (c.alignment.horizontal !== null) range.format.horizontalAlignment = c.alignment.horizontal as Excel.HorizontalAlignment;
      range.format.indentLevel = c.alignment.indent;
      range.format.wrapText = c.alignment.wrap;
      for (const edge of EDGES) {
        const was = c.borders[edge];
        if (!was) continue;
        const border = range.format.borders.getItem(edge as Excel.BorderIndex);
        border.style = was.style as Excel.BorderLineStyle;
        if (was.style !== 'None') {
          if (was.weight !== null) border.weight = was.weight as Excel.BorderWeight;
          if (was.color !== null) border.color = was.color;
        }
      }
    }
    for (const sheet of added) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  } catch (error) {
    throw toOfficeProblem(error);
  }
}
