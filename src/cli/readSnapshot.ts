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
import CellXform from 'exceljs/lib/xlsx/xform/sheet/cell-xform';
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
  keepRawCells();
  const damaged = (part: string, why: string) => new UnreadableFileError('not-xlsx', `${path} is damaged: its part ${part} ${why}; refused`);
  /** A part's text, refused when it does not end as a whole XML document does (a truncated part). */
  const text = (name: string, root: string): string | undefined => {
    const xml = pkg.text(name);
    if (xml !== undefined && !new RegExp(`(</(?:[\\w.-]+:)?${root}>|/>)\\s*$`).test(xml)) throw damaged(name, 'is cut short (its XML does not end)');
    return xml;
  };
  /** Parses a part; a parser's failure is the part's damage, never a JavaScript message. */
  const parse = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      if (e instanceof UnreadableFileError) throw e;
      throw damaged(name, 'cannot be read');
    }
  };

  const workbookXml = text('xl/workbook.xml', 'workbook');
  if (workbookXml === undefined) throw new UnreadableFileError('not-xlsx', `${path} is a zip archive but not an .xlsx workbook (it has no xl/workbook.xml)`);
  const book = await parse('xl/workbook.xml', () => new WorkbookXform().parseStream(chunks(workbookXml)));
  const relsName = 'xl/_rels/workbook.xml.rels';
  const relsXml = text(relsName, 'Relationships');
  if (relsXml === undefined && (book.sheets ?? []).length > 0) throw damaged(relsName, 'is missing (it says where the sheets are)');
  const rels = relsXml === undefined ? [] : await parse(relsName, () => new RelationshipsXform().parseStream(chunks(relsXml)));
  const stringsName = 'xl/sharedStrings.xml';
  const stringsXml = text(stringsName, 'sst');
  const strings = new SharedStringsXform();
  if (stringsXml !== undefined) await parse(stringsName, () => strings.parseStream(chunks(stringsXml)));
  const stylesXml = text('xl/styles.xml', 'styleSheet');
  const styles = stylesXml === undefined ? null : new StylesXform();
  if (styles && stylesXml !== undefined) await parse('xl/styles.xml', () => styles.parseStream(chunks(stylesXml)));
  const formats = new NumberFormats(styles);
  const sharedString = (index: number): string | { richText: { text: string }[] } => {
    const s = strings.getString(index);
    if (s === undefined) throw stringsXml === undefined ? damaged(stringsName, 'is missing (the sheets refer to it)') : damaged(stringsName, `has no string ${index} (the sheets refer to it)`);
    return s;
  };

  const byId = new Map(rels.map((r) => [r.Id, r]));
  const parts = (book.sheets ?? []).map((s) => {
    const rel = byId.get(s.rId);
    if (!rel) throw damaged(relsName, `does not say where sheet '${s.name}' is`);
    const part = `xl/${rel.Target.replace(/^(\s|\/xl\/)+/, '')}`;
    // a chart sheet (or a dialog or macro sheet) has no cells to check
    return { name: s.name, part: /^xl\/worksheets\//.test(part) || /\/worksheet$/.test(rel.Type ?? '') ? part : undefined };
  });
  for (const { name, part } of parts) if (part !== undefined && pkg.size(part) === undefined) throw damaged(part, `is missing (it holds sheet '${name}')`);
  const countCells = pkg.cellCounter(parts.flatMap((p) => (p.part ? [p.part] : [])));
  const sheets: SheetSnapshot[] = [];
  for (const { name, part } of parts) {
    if (part === undefined) continue;
    const xml = text(part, 'worksheet')!;
    countCells(xml);
    const parsed = await parse(part, () => new WorksheetXform({ ignoreNodes: IGNORED }).parseStream(chunks(xml)));
    sheets.push(await parse(part, async () => sheetOf(name, parsed, sharedString, formats, path)));
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

type SharedString = (index: number) => string | { richText: { text: string }[] };

function sheetOf(name: string, ws: ParsedWorksheet, strings: SharedString, formats: NumberFormats, path: string): SheetSnapshot {
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
      // a formula without a result (a file saved without calculating) stays, empty: the check says it is not calculated
      if (v === null && !formula) continue;
      row ??= rows.row(rowNumber - 1);
      row.values[col] = v;
      if (formula) (row.formulas ??= [])[col] = `=${formula}`;
      let fmt = formats.of(cell.styleId);
      // a date typed as such (t="d") is a day number shown as a date, as Excel reads it
      if (cell.rawType === 'd' && typeof v === 'number' && !isDateFormat(fmt)) fmt = 'yyyy-mm-dd';
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
function valueOf(cell: ParsedCell, strings: SharedString): CellValue {
  switch (cell.type) {
    case NUMBER:
      // ExcelJS reads <v> with parseFloat: `10abc` would be 10, `0x1F` 0, a date 2024-01-31 2024
      if (cell.rawType === 'd') return dateSerial(cell.rawText);
      return cell.rawText === undefined || NUMBER_TEXT.test(cell.rawText) ? (cell.value as number) : cell.rawText;
    case STRING:
      return textOf(typeof cell.value === 'number' ? strings(cell.value) : cell.value);
    case BOOLEAN:
      return cell.value as boolean;
    case ERROR:
      return { error: (cell.value as { error: string }).error };
    case FORMULA: {
      const r = cell.result;
      if (r === undefined || r === null) return null;
      if (typeof r === 'number' && cell.rawText !== undefined && !NUMBER_TEXT.test(cell.rawText)) return cell.rawType === 'd' ? dateSerial(cell.rawText) : cell.rawText;
      if (typeof r === 'number' || typeof r === 'boolean') return r;
      if (typeof r === 'object' && 'error' in r) return { error: String((r as { error: unknown }).error) };
      return String(r);
    }
    default:
      return null;
  }
}

function textOf(v: unknown): string | null {
  if (typeof v === 'string') return unescapeExcel(v);
  if (v && typeof v === 'object' && Array.isArray((v as { richText?: unknown }).richText)) {
    return unescapeExcel((v as { richText: { text?: string }[] }).richText.map((r) => r.text ?? '').join(''));
  }
  return v === undefined || v === null ? null : String(v);
}

/** Text as Excel shows it: `_x000D_` is a carriage return, `_x001B_` an escape character (`_x005F_` keeps a literal `_x..._`). */
function unescapeExcel(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A number as SpreadsheetML writes it in `<v>` (xsd:double), and nothing else. */
const NUMBER_TEXT = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

/** An ISO 8601 date (t="d") as Excel's day number (1900 date system); the text itself when it is no date. */
function dateSerial(text: string | undefined): CellValue {
  if (text === undefined) return null;
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) || !/T/.test(text) ? text : `${text}Z`);
  return Number.isNaN(ms) ? text : ms / 86_400_000 + 25569;
}

function isDateFormat(fmt: string | null): boolean {
  return fmt !== null && /[dmyhs]/i.test(fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

/**
 * ExcelJS's cell parser keeps neither a cell's type attribute nor the text of its value: each parsed
 * cell gets them here (`rawType`, `rawText`), so that a value that is no number and a date (t="d")
 * are read as they are, not through parseFloat.
 */
let rawCellsKept = false;
function keepRawCells(): void {
  if (rawCellsKept) return;
  rawCellsKept = true;
  const proto = CellXform.prototype;
  const close = proto.parseClose;
  proto.parseClose = function (this: { t?: string; model?: ParsedCell }, name: string): boolean {
    if (name === 'c' && this.model) {
      this.model.rawType = this.t;
      this.model.rawText = typeof this.model.value === 'string' ? this.model.value : undefined;
    }
    return close.call(this, name);
  };
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
