import ExcelJS from 'exceljs';
import { parseRangeA1, type CellStyle, type CellWrite, type ContentPlan } from '../engine';

/** `#RRGGBB` → ExcelJS's `FFRRGGBB`. */
function argb(colour: string): string {
  return `FF${colour.replace(/^#/, '').toUpperCase()}`;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

/**
 * Functions newer than Excel 2007 are stored in .xlsx with the `_xlfn.` prefix (Excel and
 * LibreOffice read `NUMBERVALUE` without it as an unknown name); plans use the plain names,
 * as Office.js does.
 */
const FUTURE_FUNCTIONS = /(?<![\w.])(NUMBERVALUE|UNICHAR)\(/g;

/** A plan's formula as stored in the file: no leading `=`, newer functions prefixed. */
export function fileFormula(formula: string): string {
  return formula.replace(/^=/, '').replace(FUTURE_FUNCTIONS, '_xlfn.$1(');
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
  if (style.bold !== undefined || style.italic !== undefined || style.fontColor !== undefined) {
    cell.font = {
      ...cell.font,
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
      ...(style.fontColor !== undefined ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (style.indent !== undefined || style.wrap !== undefined || style.horizontal !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.indent !== undefined ? { indent: style.indent } : {}),
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.horizontal !== undefined ? { horizontal: style.horizontal } : {}),
    };
  }
  if (style.fill !== undefined) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

function applyWrite(ws: ExcelJS.Worksheet, write: CellWrite): void {
  const cell = ws.getCell(write.cell);
  const content = write.content;
  if (content) {
    switch (content.kind) {
      case 'text':
        // a string cell is never a formula in .xlsx; Excel shows it as typed
        cell.value = content.text;
        break;
      case 'number':
        cell.value = Number(content.value);
        break;
      case 'formula':
        cell.value = { formula: fileFormula(content.formula) } as ExcelJS.CellFormulaValue;
        break;
      case 'empty':
        cell.value = null;
        break;
    }
  }
  if (write.style) {
    // cells read from a file share style objects: this cell gets its own before it changes
    cell.style = { ...cell.style };
    applyStyle(cell, write.style);
  }
}

/**
 * Carries out a content plan on an ExcelJS workbook (the CLI's copy of the user's file): adds
 * the new sheets after the last one and writes the edits. Throws when the plan names a sheet the
 * workbook does not have (the plan was made for another workbook: a programming error).
 */
export function applyContentPlan(workbook: ExcelJS.Workbook, plan: ContentPlan): void {
  for (const edit of plan.edits) {
    const ws = workbook.getWorksheet(edit.sheet);
    if (!ws) throw new Error(`the plan edits sheet '${edit.sheet}', which the workbook does not have`);
    for (const write of edit.cells) applyWrite(ws, write);
  }
  let first = true;
  for (const sheet of plan.newSheets) {
    const clash = workbook.worksheets.some((w) => w.name.toLocaleLowerCase() === sheet.name.toLocaleLowerCase());
    if (clash) throw new Error(`the plan adds sheet '${sheet.name}', which the workbook already has`);
    const ws = workbook.addWorksheet(sheet.name, {
      views: sheet.freeze ? [{ state: 'frozen', xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }] : undefined,
    });
    for (const write of sheet.cells) applyWrite(ws, write);
    for (const merge of sheet.merges ?? []) {
      if (!parseRangeA1(merge)) throw new Error(`the plan merges '${merge}', which is not an A1 range`);
      ws.mergeCells(merge);
    }
    for (const { col, width } of sheet.columnWidths ?? []) ws.getColumn(col + 1).width = width;
    if (first && plan.activate !== false) {
      workbook.views = [{ ...(workbook.views?.[0] ?? {}), activeTab: workbook.worksheets.indexOf(ws) } as ExcelJS.WorkbookView];
      first = false;
    }
  }
}

/**
 * The output path is the input file (the input is never modified): the CLI refuses to write there.
 * Files are compared by device and inode, so a hard link or a symbolic link to the input is the
 * input; paths are compared only when one of the two does not exist yet.
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const { resolve } = await import('node:path');
  const { realpath, stat } = await import('node:fs/promises');
  const [sa, sb] = await Promise.all([a, b].map((p) => stat(p, { bigint: true }).catch(() => null)));
  if (sa && sb) return sa.dev === sb.dev && sa.ino === sb.ino;
  const real = async (p: string) => realpath(p).catch(() => resolve(p));
  return (await real(a)) === (await real(b));
}
