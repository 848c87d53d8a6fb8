/**
 * The engine's snapshot of an .xlsx file, read with ExcelJS's own XML parsers but without
 * ExcelJS's editable workbook. `check` needs values, formulas, number formats, merges and
 * protection, nothing else, so this reads only the parts that hold them (workbook, shared
 * strings, styles, worksheets) and makes the snapshot straight from the parsed cells. It
 * skips what a full `Workbook.xlsx.load` spends most of its time on: styles, comments,
 * drawings and an object per row and per cell. The commands that write a copy use `readPackage`
 * and edit the package (packageWriter.ts).
 *
 * The parsers are ExcelJS 4.4's (typed in exceljsParts.d.ts; `exceljs` is pinned). The
 * values are what ExcelJS's workbook would give: test/cli/readSnapshot.test.ts compares
 * the two readers' snapshots on every acceptance workbook and on generated ones.
 */
import { slideFormula } from 'exceljs/lib/utils/shared-formula';
import WorkbookXform from 'exceljs/lib/xlsx/xform/book/workbook-xform';
import RelationshipsXform from 'exceljs/lib/xlsx/xform/core/relationships-xform';
import WorksheetXform, { type ParsedCell, type ParsedWorksheet } from 'exceljs/lib/xlsx/xform/sheet/worksheet-xform';
import SharedStringsXform from 'exceljs/lib/xlsx/xform/strings/shared-strings-xform';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform';
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../engine';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { notReadable, readWorkbookFile, UnreadableFileError } from './readWorkbookFile';
import { EXCEL_COLUMNS, EXCEL_ROWS, SheetRows } from './SheetRows';
import { pastExcel, XlsxPackage } from './xlsxPackage';

/**
 * Reads an .xlsx file into the engine's snapshot. Rejects with UnreadableFileError when it cannot,
 * or when it is larger than `limits` allow (code `too-large`, before the part that is too large is
 * inflated).
 */
export async function readSnapshot(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<WorkbookSnapshot> {
  return (await readPackage(path, limits)).snapshot;
}

/** A workbook read for a command that writes a copy: its bytes, its package (bounded reads of its parts) and its snapshot. */
export interface ReadPackage {
  readonly buffer: Buffer;
  readonly pkg: XlsxPackage;
  readonly snapshot: WorkbookSnapshot;
}

/** As readSnapshot, keeping the file's bytes and package for writing the copy (packageWriter.ts). */
export async function readPackage(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadPackage> {
  const buffer = await readWorkbookFile(path, limits.fileBytes);
  try {
    const pkg = await XlsxPackage.open(buffer, path, limits);
    return { buffer, pkg, snapshot: await snapshotOfXlsx(pkg, path) };
  } catch (e) {
    throw notReadable(path, e);
  }
}

/** ExcelJS's cell types (Enums.ValueType) that hold a value. */
const NUMBER = 2;
const STRING = 3;
const FORMULA = 6;
const BOOLEAN = 9;
const ERROR = 10;

/**
 * Parts of a sheet's XML a check does not use, left unparsed: ExcelJS's parser of data validations
 * makes an entry per cell of each validated range (a validation over the whole sheet would fill
 * memory), and the others cost time for nothing.
 */
const IGNORED = ['dataValidations', 'conditionalFormatting', 'extLst', 'hyperlinks', 'autoFilter', 'rowBreaks', 'headerFooter', 'pageSetup', 'printOptions', 'pageMargins', 'picture', 'drawing', 'tableParts', 'sheetViews', 'cols'];

/** Text is handed to the XML parser in pieces of this size: one piece per sheet costs more memory and time. */
const CHUNK = 64 * 1024;

async function snapshotOfXlsx(pkg: XlsxPackage, path: string): Promise<WorkbookSnapshot> {
  const text = (name: string): string | undefined => pkg.text(name);

  const workbookXml = text('xl/workbook.xml');
  if (workbookXml === undefined) throw new UnreadableFileError('not-xlsx', `${path} is a zip archive but not an .xlsx workbook (it has no xl/workbook.xml)`);
  const book = await new WorkbookXform().parseStream(chunks(workbookXml));
  const relsXml = text('xl/_rels/workbook.xml.rels');
  const rels = relsXml === undefined ? [] : await new RelationshipsXform().parseStream(chunks(relsXml));
  const stringsXml = text('xl/sharedStrings.xml');
  const strings = new SharedStringsXform();
  if (stringsXml !== undefined) await strings.parseStream(chunks(stringsXml));
  const stylesXml = text('xl/styles.xml');
  const styles = stylesXml === undefined ? null : new StylesXform();
  if (styles && stylesXml !== undefined) await styles.parseStream(chunks(stylesXml));
  const formats = new NumberFormats(styles);

  const targets = new Map(rels.map((r) => [r.Id, `xl/${r.Target.replace(/^(\s|\/xl\/)+/, '')}`]));
  // a chart sheet has no worksheet part, and a workbook that names a missing part lost it
  const parts = (book.sheets ?? []).map((s) => {
    const part = targets.get(s.rId);
    return { name: s.name, part: part !== undefined && /^xl\/worksheets\//.test(part) ? part : undefined };
  });
  const countCells = pkg.cellCounter(parts.flatMap((p) => (p.part ? [p.part] : [])));
  const sheets: SheetSnapshot[] = [];
  for (const { name, part } of parts) {
    const xml = part === undefined ? undefined : text(part);
    if (xml === undefined) continue;
    countCells(xml);
    const parsed = await new WorksheetXform({ ignoreNodes: IGNORED }).parseStream(chunks(xml));
    sheets.push(sheetOf(name, parsed, strings, formats, path));
  }
  return { sheets };
}

function chunks(xml: string): string[] {
  if (xml.length <= CHUNK) return [xml];
  const out: string[] = [];
  for (let i = 0; i < xml.length; i += CHUNK) out.push(xml.substring(i, i + CHUNK));
  return out;
}

/** Number format codes by style index, looked up once per style. */
class NumberFormats {
  private readonly byStyle = new Map<number, string | null>();
  constructor(private readonly styles: StylesXform | null) {}

  of(styleId: number | undefined): string | null {
    // ExcelJS gives style 0 no format either: it is the workbook's default ("General")
    if (!styleId || !this.styles) return null;
    let fmt = this.byStyle.get(styleId);
    if (fmt === undefined) {
      const code = this.styles.getStyleModel(styleId)?.numFmt;
      fmt = code && code !== 'General' ? code : null;
      this.byStyle.set(styleId, fmt);
    }
    return fmt;
  }
}

function sheetOf(name: string, ws: ParsedWorksheet, strings: SharedStringsXform, formats: NumberFormats, path: string): SheetSnapshot {
  const rows = new SheetRows();
  /** shared formulas: the group's first cell, which holds the formula text */
  const masters = new Map<string, { formula: string; address: string }>();
  let rowNumber = 0;
  for (const parsedRow of ws.rows ?? []) {
    if (!parsedRow) continue;
    rowNumber = Number.isFinite(parsedRow.number) ? parsedRow.number : rowNumber + 1;
    if (rowNumber > EXCEL_ROWS) throw pastExcel(path, name, `row ${rowNumber}`);
    let row: ReturnType<SheetRows['row']> | undefined;
    let col = -1;
    for (const cell of parsedRow.cells) {
      if (!cell) continue;
      col = cell.address ? columnOf(cell.address) : col + 1;
      if (col >= EXCEL_COLUMNS) throw pastExcel(path, name, `cell ${cell.address ?? `${rowNumber}:${col + 1}`}`);
      const formula = cell.type === FORMULA ? formulaOf(cell, masters) : undefined;
      const v = valueOf(cell, strings);
      if (v === null) continue;
      row ??= rows.row(rowNumber - 1);
      row.values[col] = v;
      if (formula) (row.formulas ??= [])[col] = `=${formula}`;
      const fmt = formats.of(cell.styleId);
      if (fmt) (row.formats ??= [])[col] = fmt;
    }
  }
  const merges: CellRange[] = [];
  for (const ref of ws.mergeCells ?? []) {
    const m = rangeOf(ref);
    if (!m) continue;
    merges.push(m);
    rows.clearMerged(m);
  }
  return rows.snapshot(name, merges, Boolean(ws.sheetProtection?.sheet));
}

/** A parsed cell's raw value as Excel holds it: a formula's cached result, rich text flattened. */
function valueOf(cell: ParsedCell, strings: SharedStringsXform): CellValue {
  switch (cell.type) {
    case NUMBER:
      return cell.value as number;
    case STRING:
      return textOf(typeof cell.value === 'number' ? strings.getString(cell.value) : cell.value);
    case BOOLEAN:
      return cell.value as boolean;
    case ERROR:
      return { error: (cell.value as { error: string }).error };
    case FORMULA: {
      const r = cell.result;
      if (r === undefined || r === null) return null;
      if (typeof r === 'number' || typeof r === 'boolean') return r;
      if (typeof r === 'object' && 'error' in r) return { error: String((r as { error: unknown }).error) };
      return String(r);
    }
    default:
      return null;
  }
}

function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && Array.isArray((v as { richText?: unknown }).richText)) {
    return (v as { richText: { text?: string }[] }).richText.map((r) => r.text ?? '').join('');
  }
  return v === undefined || v === null ? null : String(v);
}

/** A formula cell's text; a shared formula's other cells take the first cell's, moved as Excel does. */
function formulaOf(cell: ParsedCell, masters: Map<string, { formula: string; address: string }>): string | undefined {
  if (cell.shareType === 'shared' && cell.si !== undefined) {
    if (cell.ref !== undefined && cell.formula && cell.address) {
      masters.set(cell.si, { formula: cell.formula, address: cell.address });
      return cell.formula;
    }
    if (cell.formula) return cell.formula;
    const master = masters.get(cell.si);
    return master && cell.address ? slideFormula(master.formula, master.address, cell.address) : undefined;
  }
  return cell.formula;
}

/** 0-based column of an A1 address (`AB12` → 27). */
function columnOf(address: string): number {
  let col = 0;
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  return col - 1;
}

/** A merge's `A1:C2` as 0-based rows and columns. */
function rangeOf(ref: string): CellRange | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const top = Number(m[2]) - 1;
  const left = columnOf(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? columnOf(m[3]) : left;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}
