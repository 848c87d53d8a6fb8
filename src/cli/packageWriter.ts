/**
 * Carries out a content plan (new sheets, edits of existing cells) by editing the .xlsx package: the
 * output is the input archive with only the parts that change rewritten, every other part copied
 * as it was (its compressed bytes, when it was deflated). No file system here.
 *
 * What changes:
 * - each new sheet is a new part `xl/worksheets/sheetN.xml`, with its relationship in
 *   `xl/_rels/workbook.xml.rels`, its content type in `[Content_Types].xml` and its `<sheet>` at
 *   the end of `<sheets>` in `xl/workbook.xml`;
 * - an edited sheet's XML changes in the `<c>` elements written (and the `<row>` that holds them,
 *   when the row is new or was empty); the rest of it is kept byte for byte;
 * - `xl/styles.xml` gets the cell formats the plan's styles need appended (see PackageStyles);
 * - `xl/workbook.xml` gets `fullCalcOnLoad="1"` on `<calcPr>` (the written formulas are computed
 *   when the workbook is opened) and, when the plan activates a new sheet, `activeTab`; the sheet
 *   that was selected loses its `tabSelected` (else Excel would open the two as a group);
 * - when an edit replaces a formula, `xl/calcChain.xml` (Excel's order of calculation, which must
 *   not list a cell without a formula) is removed with its relationship and content type: Excel
 *   rebuilds it. Otherwise it is kept: new formulas missing from it are fine for Excel.
 * Text is written as inline strings (`t="inlineStr"`): the shared strings part is never changed.
 */
import JSZip from 'jszip';
import { parseA1, parseRangeA1, type CellContent, type CellWrite, type ContentPlan, type Lang, type NewSheet } from '../engine';
import { fileFormula } from './applyPlan';
import { DEFAULT_STYLES, PackageStyles } from './packageStyles';
import { attr, escapeAttr, escapeText, excelText, findAll, findElement, prefixOf, rootPrefix, setAttr, splice, type Found } from './xml';

/**
 * Namespaces of Transitional OOXML (what Excel saves by default). A Strict workbook uses others
 * (http://purl.oclc.org/ooxml/...): relationships are matched by the end of their type, and new
 * parts take the workbook's own namespaces.
 */
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_R_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const relType = (base: string, name: string) => `${base}/${name}`;
const isType = (type: string, name: string) => type.endsWith(`/relationships/${name}`);
const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A workbook the writer cannot edit (a part missing or not as SpreadsheetML writes it): one sentence, naming the part. */
export class PackageEditError extends Error {
  constructor(
    readonly part: string,
    private readonly why: { readonly en: string; readonly ru: string },
  ) {
    super(`its part ${part} ${why.en}`);
  }

  sentence(lang: Lang): string {
    return lang === 'ru' ? `часть ${this.part} ${this.why.ru}` : this.message;
  }
}

export interface EditedPackage {
  readonly data: Buffer;
  /** The parts written (new or changed), in the archive's order. */
  readonly changed: readonly string[];
  /** The parts removed. */
  readonly removed: readonly string[];
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  /** The part it points to, resolved from xl/. */
  readonly part: string;
}

/** `worksheets/sheet1.xml` (relative to xl/) or `/xl/worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`. */
function resolvePart(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Reads a part as text; undefined when the package has no such part. */
export type PartReader = (name: string) => string | undefined | Promise<string | undefined>;

/**
 * Applies `plan` to the package `input` (the bytes of an .xlsx file). Throws PackageEditError for a
 * package it cannot edit. The parts it needs are read with `read` (the CLI gives its XlsxPackage,
 * which never inflates a part past its declared size); by default with JSZip.
 */
export async function writeContentPlan(input: Uint8Array, plan: ContentPlan, read?: PartReader): Promise<EditedPackage> {
  const zip = await JSZip.loadAsync(input);
  const partText = async (_zip: JSZip, name: string): Promise<string | undefined> => {
    if (read) return read(name);
    const file = zip.file(name);
    return file ? file.async('string') : undefined;
  };
  const changed = new Map<string, string>();
  const removed: string[] = [];
  const must = async (name: string): Promise<string> => {
    const text = await partText(zip, name);
    if (text === undefined) throw new PackageEditError(name, { en: 'is missing', ru: 'отсутствует' });
    return text;
  };

  const workbook = await must('xl/workbook.xml');
  const relsName = 'xl/_rels/workbook.xml.rels';
  let rels = await must(relsName);
  let types = await must('[Content_Types].xml');
  const relationships: Relationship[] = findAll(rels, 'Relationship').map((f) => {
    const target = attr(f.tag, 'Target') ?? '';
    return { id: attr(f.tag, 'Id') ?? '', type: attr(f.tag, 'Type') ?? '', target, part: resolvePart(target) };
  });
  const sheetsBlock = findElement(workbook, 'sheets');
  if (!sheetsBlock) throw new PackageEditError('xl/workbook.xml', { en: 'has no list of sheets', ru: 'не содержит списка листов' });
  // the workbook's namespaces (Transitional, or Strict): new parts and relationships use the same
  const rUri = prefixOf(workbook, NS_R_STRICT) !== undefined ? NS_R_STRICT : NS_R;
  const mainUri = /<(?:[\w.-]+:)?workbook\b[^>]*?\sxmlns(?::[\w.-]+)?\s*=\s*["']([^"']*spreadsheetml[^"']*)["']/.exec(workbook)?.[1] ?? NS_MAIN;
  const rPrefix = prefixOf(workbook, rUri);
  const sheetTags = findAll(workbook, 'sheet', sheetsBlock.tagEnd, sheetsBlock.innerEnd);
  const sheets = sheetTags.map((f) => {
    const rid = attr(f.tag, `${rPrefix ?? 'r:'}id`);
    return { name: attr(f.tag, 'name') ?? '', id: Number(attr(f.tag, 'sheetId')), part: relationships.find((r) => r.id === rid)?.part };
  });

  // styles
  const stylesRel = relationships.find((r) => isType(r.type, 'styles'));
  let stylesName = stylesRel?.part ?? 'xl/styles.xml';
  for (let n = 2; !stylesRel && zip.file(stylesName); n++) stylesName = `xl/styles${n}.xml`;
  const stylesXml = stylesRel ? await must(stylesRel.part) : DEFAULT_STYLES.replace(NS_MAIN, mainUri);
  const styles = new PackageStyles(stylesXml);

  // edits of existing sheets
  let formulaReplaced = false;
  for (const edit of plan.edits) {
    const sheet = sheets.find((s) => s.name === edit.sheet);
    if (!sheet) throw new Error(`the plan edits sheet '${edit.sheet}', which the workbook does not have`);
    if (!sheet.part) throw new PackageEditError('xl/_rels/workbook.xml.rels', { en: `does not name the part of sheet '${edit.sheet}'`, ru: `не указывает часть листа «${edit.sheet}»` });
    const xml = changed.get(sheet.part) ?? (await must(sheet.part));
    const result = editSheet(xml, sheet.part, edit.cells, styles);
    formulaReplaced ||= result.formulaReplaced;
    changed.set(sheet.part, result.xml);
  }

  // new sheets
  const taken = new Set([...zip.file(/.*/).map((f) => f.name.replace(/^\//, ''))].map((n) => n.toLowerCase()));
  const ids = new Set(relationships.map((r) => r.id));
  let nextSheetId = Math.max(0, ...sheets.map((s) => (Number.isFinite(s.id) ? s.id : 0))) + 1;
  const newSheetTags: string[] = [];
  const newRels: string[] = [];
  const newTypes: string[] = [];
  const activate = plan.activate !== false && plan.newSheets.length > 0;
  for (const [i, sheet] of plan.newSheets.entries()) {
    if (sheets.some((s) => s.name.toLocaleLowerCase() === sheet.name.toLocaleLowerCase())) throw new Error(`the plan adds sheet '${sheet.name}', which the workbook already has`);
    let n = 1;
    while (taken.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const part = `xl/worksheets/sheet${n}.xml`;
    taken.add(part);
    let rid = 1;
    while (ids.has(`rId${rid}`)) rid++;
    ids.add(`rId${rid}`);
    changed.set(part, newSheetXml(sheet, styles, activate && i === 0, mainUri, rUri));
    newRels.push(`<Relationship Id="rId${rid}" Type="${relType(rUri, 'worksheet')}" Target="worksheets/sheet${n}.xml"/>`);
    newTypes.push(`<Override PartName="/${part}" ContentType="${CT_WORKSHEET}"/>`);
    const r = rPrefix === undefined ? `xmlns:r="${rUri}" r:` : rPrefix;
    newSheetTags.push(`<${rootPrefix(workbook)}sheet name="${escapeAttr(sheet.name)}" sheetId="${nextSheetId++}" ${r}id="rId${rid}"/>`);
  }
  if (styles.changed) {
    changed.set(stylesName, styles.text());
    if (!stylesRel) {
      let rid = 1;
      while (ids.has(`rId${rid}`)) rid++;
      newRels.push(`<Relationship Id="rId${rid}" Type="${relType(rUri, 'styles')}" Target="${stylesName.slice('xl/'.length)}"/>`);
      newTypes.push(`<Override PartName="/${stylesName}" ContentType="${CT_STYLES}"/>`);
    }
  }

  // the workbook: its new sheets, recalculation on load, the active sheet
  const p = rootPrefix(workbook);
  const wbEdits: { start: number; end: number; text: string }[] = [];
  if (newSheetTags.length) {
    if (sheetsBlock.empty) wbEdits.push({ start: sheetsBlock.start, end: sheetsBlock.end, text: `${sheetsBlock.tag.replace(/\s*\/>$/, '>')}${newSheetTags.join('')}</${p}sheets>` });
    else wbEdits.push({ start: sheetsBlock.innerEnd, end: sheetsBlock.innerEnd, text: newSheetTags.join('') });
  }
  if (plan.newSheets.length > 0 || plan.edits.some((e) => e.cells.some((c) => c.content?.kind === 'formula'))) {
    const calcPr = findElement(workbook, 'calcPr');
    if (calcPr) {
      wbEdits.push({ start: calcPr.start, end: calcPr.tagEnd, text: setAttr(calcPr.tag, 'fullCalcOnLoad', '1') });
    } else {
      // calcPr comes after definedNames and before oleSize ... extLst (CT_Workbook's sequence)
      const after = ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst']
        .map((n) => findElement(workbook, n))
        .filter((f): f is Found => f !== undefined)
        .sort((a, b) => a.start - b.start)[0];
      const at = after?.start ?? findElement(workbook, 'workbook')!.innerEnd;
      wbEdits.push({ start: at, end: at, text: `<${p}calcPr fullCalcOnLoad="1"/>` });
    }
  }
  let deselect: string[] = [];
  if (activate) {
    const view = findElement(workbook, 'workbookView');
    const tab = String(sheetTags.length);
    if (view) {
      wbEdits.push({ start: view.start, end: view.tagEnd, text: setAttr(view.tag, 'activeTab', tab) });
    } else {
      const bookViews = findElement(workbook, 'bookViews');
      const text = `<${p}workbookView activeTab="${tab}"/>`;
      if (bookViews && !bookViews.empty) wbEdits.push({ start: bookViews.tagEnd, end: bookViews.tagEnd, text });
      else if (bookViews) wbEdits.push({ start: bookViews.start, end: bookViews.end, text: `<${p}bookViews>${text}</${p}bookViews>` });
      else wbEdits.push({ start: sheetsBlock.start, end: sheetsBlock.start, text: `<${p}bookViews>${text}</${p}bookViews>` });
    }
    deselect = sheets.flatMap((s) => (s.part ? [s.part] : []));
  }
  if (wbEdits.length) changed.set('xl/workbook.xml', splice(workbook, wbEdits));

  for (const part of deselect) {
    const xml = changed.get(part) ?? (await partText(zip, part));
    if (xml === undefined) continue;
    const view = findElement(xml, 'sheetView');
    if (!view || !/^(1|true)$/.test(attr(view.tag, 'tabSelected') ?? '')) continue;
    changed.set(part, splice(xml, [{ start: view.start, end: view.tagEnd, text: setAttr(view.tag, 'tabSelected', undefined) }]));
  }

  // calcChain: dropped when a formula it lists may be gone
  const calcChain = relationships.find((r) => isType(r.type, 'calcChain'));
  const relEdits: { start: number; end: number; text: string }[] = [];
  const typeEdits: { start: number; end: number; text: string }[] = [];
  if (formulaReplaced && calcChain) {
    zip.remove(calcChain.part);
    removed.push(calcChain.part);
    const rel = findAll(rels, 'Relationship').find((f) => attr(f.tag, 'Id') === calcChain.id)!;
    relEdits.push({ start: rel.start, end: rel.end, text: '' });
    const type = findAll(types, 'Override').find((f) => (attr(f.tag, 'PartName') ?? '').replace(/^\//, '') === calcChain.part);
    if (type) typeEdits.push({ start: type.start, end: type.end, text: '' });
  }
  if (newRels.length || relEdits.length) {
    const root = findElement(rels, 'Relationships')!;
    if (newRels.length) relEdits.push({ start: root.innerEnd, end: root.innerEnd, text: newRels.join('') });
    rels = splice(rels, relEdits);
    changed.set(relsName, rels);
  }
  if (newTypes.length || typeEdits.length) {
    const root = findElement(types, 'Types');
    if (!root) throw new PackageEditError('[Content_Types].xml', { en: 'is not a list of content types', ru: 'не является списком типов содержимого' });
    if (newTypes.length) typeEdits.push({ start: root.innerEnd, end: root.innerEnd, text: newTypes.join('') });
    types = splice(types, typeEdits);
    changed.set('[Content_Types].xml', types);
  }

  for (const [name, text] of changed) zip.file(name, text);
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  const order = zip.file(/.*/).map((f) => f.name);
  return { data, changed: order.filter((n) => changed.has(n)), removed };
}

// ---- cells ----

/** 0-based column of the letters of an A1 reference (`AB12` → 27). */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  return col - 1;
}

function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** A cell's XML: `<c r="B2" s="3" ...>` with the plan's content. */
function cellXml(p: string, ref: string, style: number | undefined, content: CellContent): string {
  const s = style ? ` s="${style}"` : '';
  switch (content.kind) {
    case 'text':
      return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeText(excelText(content.text))}</${p}t></${p}is></${p}c>`;
    case 'number':
      if (!NUMBER.test(content.value)) throw new Error(`the plan writes '${content.value}' to ${ref}, which is not a decimal number`);
      return `<${p}c r="${ref}"${s}><${p}v>${content.value}</${p}v></${p}c>`;
    case 'formula': {
      // the result the engine computed, as the cached value: shown before the application recalculates
      const cached = content.value !== undefined && NUMBER.test(content.value) ? `<${p}v>${content.value}</${p}v>` : '';
      return `<${p}c r="${ref}"${s}><${p}f>${escapeText(fileFormula(content.formula))}</${p}f>${cached}</${p}c>`;
    }
    case 'empty':
      return `<${p}c r="${ref}"${s}/>`;
  }
}

interface ParsedCell {
  readonly col: number;
  readonly found: Found;
  readonly hasRef: boolean;
}

function cellsOf(xml: string, row: Found): ParsedCell[] {
  const out: ParsedCell[] = [];
  if (row.empty) return out;
  let col = -1;
  for (const f of findAll(xml, 'c', row.tagEnd, row.innerEnd)) {
    const ref = attr(f.tag, 'r');
    col = ref ? columnOf(ref) : col + 1;
    out.push({ col, found: f, hasRef: ref !== undefined });
  }
  return out;
}

/**
 * A sheet's XML with `writes` carried out: each written `<c>` replaced (or added in its place in
 * its row, the row added in its place when the sheet has none), everything else as it was.
 */
export function editSheet(xml: string, part: string, writes: readonly CellWrite[], styles: PackageStyles): { xml: string; formulaReplaced: boolean } {
  const p = rootPrefix(xml);
  const data = findElement(xml, 'sheetData');
  if (!data) throw new PackageEditError(part, { en: 'has no cell data', ru: 'не содержит ячеек' });
  const byRow = new Map<number, Map<number, CellWrite>>();
  for (const w of writes) {
    const a = parseA1(w.cell);
    if (!a) throw new Error(`the plan writes to '${w.cell}', which is not an A1 address`);
    let row = byRow.get(a.row);
    if (!row) byRow.set(a.row, (row = new Map()));
    row.set(a.col, w);
  }
  const rows: { number: number; found: Found; hasRef: boolean }[] = [];
  let number = -1;
  for (const f of data.empty ? [] : findAll(xml, 'row', data.tagEnd, data.innerEnd)) {
    const r = attr(f.tag, 'r');
    number = r ? Number(r) - 1 : number + 1;
    rows.push({ number, found: f, hasRef: r !== undefined });
  }
  let formulaReplaced = false;
  const edits: { start: number; end: number; text: string }[] = [];
  const newRows: { at: number; number: number; text: string }[] = [];
  const rowNumbers = [...byRow.keys()].sort((a, b) => a - b);
  for (const rowNumber of rowNumbers) {
    const writesOfRow = byRow.get(rowNumber)!;
    const row = rows.find((r) => r.number === rowNumber);
    if (!row) {
      const cells = [...writesOfRow.entries()].sort((a, b) => a[0] - b[0]).map(([col, w]) => newCell(p, `${columnLetters(col)}${rowNumber + 1}`, w, styles));
      const next = rows.find((r) => r.number > rowNumber);
      const at = next ? next.found.start : data.empty ? data.start : data.innerEnd;
      newRows.push({ at, number: rowNumber, text: `<${p}row r="${rowNumber + 1}">${cells.join('')}</${p}row>` });
      // the next row's place would be counted from this one: it gets its number written out
      if (next && !next.hasRef) edits.push({ start: next.found.start, end: next.found.tagEnd, text: setAttr(next.found.tag, 'r', String(next.number + 1)) });
      continue;
    }
    const cells = cellsOf(xml, row.found);
    const pieces: string[] = [];
    let at = row.found.tagEnd;
    const pending = [...writesOfRow.entries()].sort((a, b) => a[0] - b[0]);
    const emit = (upTo: number) => {
      while (pending.length && pending[0][0] < upTo) {
        const [col, w] = pending.shift()!;
        pieces.push(newCell(p, `${columnLetters(col)}${rowNumber + 1}`, w, styles));
      }
    };
    for (const c of cells) {
      emit(c.col);
      pieces.push(xml.slice(at, c.found.start));
      const ref = `${columnLetters(c.col)}${rowNumber + 1}`;
      const w = writesOfRow.get(c.col);
      const old = xml.slice(c.found.start, c.found.end);
      if (w) {
        pending.splice(pending.findIndex(([col]) => col === c.col), 1);
        const replaced = replaceCell(p, ref, old, c.found, w, styles);
        formulaReplaced ||= replaced.formulaReplaced;
        if (replaced.sharedMaster) throw new PackageEditError(part, { en: `holds in ${ref} the formula shared by other cells, which cannot be replaced`, ru: `содержит в ${ref} формулу, общую с другими ячейками; её нельзя заменить` });
        pieces.push(replaced.text);
      } else {
        pieces.push(c.hasRef ? old : setAttr(c.found.tag, 'r', ref) + old.slice(c.found.tag.length));
      }
      at = c.found.end;
    }
    emit(Infinity);
    if (row.found.empty) {
      edits.push({ start: row.found.start, end: row.found.end, text: `${row.found.tag.replace(/\s*\/>$/, '>')}${pieces.join('')}</${p}row>` });
    } else {
      edits.push({ start: row.found.tagEnd, end: row.found.innerEnd, text: pieces.join('') + xml.slice(at, row.found.innerEnd) });
    }
  }
  for (const r of newRows) edits.push({ start: r.at, end: r.at, text: r.text });
  if (data.empty && newRows.length) {
    // `<sheetData/>`: the rows go inside it
    const inserted = edits.filter((e) => e.start === data.start && e.end === data.start);
    for (const e of inserted) edits.splice(edits.indexOf(e), 1);
    edits.push({ start: data.start, end: data.end, text: `<${p}sheetData>${inserted.map((e) => e.text).join('')}</${p}sheetData>` });
  }
  // insertions at one place keep the rows' order: splice sorts by place, then by this order
  return { xml: splice(xml, edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.i - b.i)), formulaReplaced };
}

function newCell(p: string, ref: string, w: CellWrite, styles: PackageStyles): string {
  const style = w.style ? styles.styleOf(0, w.style) : undefined;
  return cellXml(p, ref, style, w.content ?? { kind: 'empty' });
}

function replaceCell(p: string, ref: string, old: string, found: Found, w: CellWrite, styles: PackageStyles): { text: string; formulaReplaced: boolean; sharedMaster: boolean } {
  const s = Number(attr(found.tag, 's') ?? 0) || 0;
  const style = w.style ? styles.styleOf(s, w.style) : s;
  const f = findElement(old, 'f');
  const sharedMaster = f !== undefined && w.content !== undefined && attr(f.tag, 't') === 'shared' && attr(f.tag, 'ref') !== undefined;
  if (!w.content) {
    // style only: the cell keeps its content
    const tag = style ? setAttr(found.tag, 's', String(style)) : setAttr(found.tag, 's', undefined);
    return { text: setAttr(tag, 'r', ref) + old.slice(found.tag.length), formulaReplaced: false, sharedMaster: false };
  }
  return { text: cellXml(p, ref, style, w.content), formulaReplaced: f !== undefined, sharedMaster };
}

// ---- new sheets ----

function newSheetXml(sheet: NewSheet, styles: PackageStyles, selected: boolean, mainUri: string, rUri: string): string {
  const out: string[] = [XML_DECL, `<worksheet xmlns="${mainUri}" xmlns:r="${rUri}">`];
  let view = `<sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0"`;
  const freeze = sheet.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    const pane = freeze.rows > 0 && freeze.columns > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
    const split = `${freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : ''}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ''}`;
    view += `><pane${split} topLeftCell="${columnLetters(freeze.columns)}${freeze.rows + 1}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView>`;
  } else {
    view += '/>';
  }
  out.push(`<sheetViews>${view}</sheetViews>`, '<sheetFormatPr defaultRowHeight="15"/>');
  const widths = [...(sheet.columnWidths ?? [])].sort((a, b) => a.col - b.col);
  if (widths.length) out.push(`<cols>${widths.map(({ col, width }) => `<col min="${col + 1}" max="${col + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>`);
  const rows = new Map<number, Map<number, CellWrite>>();
  for (const w of sheet.cells) {
    const a = parseA1(w.cell);
    if (!a) throw new Error(`the plan writes to '${w.cell}', which is not an A1 address`);
    let row = rows.get(a.row);
    if (!row) rows.set(a.row, (row = new Map()));
    row.set(a.col, w);
  }
  out.push('<sheetData>');
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const cells = [...rows.get(r)!.entries()].sort((a, b) => a[0] - b[0]);
    out.push(`<row r="${r + 1}">${cells.map(([c, w]) => newCell('', `${columnLetters(c)}${r + 1}`, w, styles)).join('')}</row>`);
  }
  out.push('</sheetData>');
  const merges = sheet.merges ?? [];
  for (const m of merges) if (!parseRangeA1(m)) throw new Error(`the plan merges '${m}', which is not an A1 range`);
  if (merges.length) out.push(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${escapeAttr(m)}"/>`).join('')}</mergeCells>`);
  out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>', '</worksheet>');
  return out.join('');
}
