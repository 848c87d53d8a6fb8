/**
 * The workbook's styles part (xl/styles.xml), edited by appending only: a cell whose formatting a
 * plan sets gets a new cell format (`<xf>` in `cellXfs`) made from the one it had, with the fonts,
 * fills, borders and number formats it needs appended too. Nothing already in the part changes but
 * the `count` of the lists appended to, so every cell keeps the look it had.
 */
import type { CellStyle } from '../engine';
import { attr, escapeAttr, findAll, findElement, rootPrefix, setAttr, splice, type Found } from './xml';

/** Excel's built-in number formats (ECMA-376 18.8.30) that a plan may name. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

/** A stylesheet for a package that has none: Excel's defaults. */
export const DEFAULT_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** One of the lists appended to: its items as written, and what is appended. */
class List {
  readonly items: string[];
  readonly added: string[] = [];
  constructor(
    readonly local: string,
    readonly item: string,
    readonly found: Found | undefined,
    xml: string,
  ) {
    this.items = found && !found.empty ? findAll(xml, item, found.tagEnd, found.innerEnd).map((f) => xml.slice(f.start, f.end)) : [];
  }

  /** The index of `element`: one already in the list that is written the same, else a new one. */
  add(element: string): number {
    const at = this.items.indexOf(element);
    if (at >= 0) return at;
    this.items.push(element);
    this.added.push(element);
    return this.items.length - 1;
  }
}

export class PackageStyles {
  private readonly p: string;
  private readonly numFmts: List;
  private readonly fonts: List;
  private readonly fills: List;
  private readonly borders: List;
  private readonly cellXfs: List;
  /** number format code → id, for the formats the part defines */
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = 164;
  private readonly made = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.p = rootPrefix(xml);
    const block = (local: string) => findElement(xml, local);
    this.numFmts = new List('numFmts', 'numFmt', block('numFmts'), xml);
    this.fonts = new List('fonts', 'font', block('fonts'), xml);
    this.fills = new List('fills', 'fill', block('fills'), xml);
    this.borders = new List('borders', 'border', block('borders'), xml);
    this.cellXfs = new List('cellXfs', 'xf', block('cellXfs'), xml);
    for (const f of this.numFmts.items) {
      const id = Number(attr(f, 'numFmtId'));
      const code = attr(f, 'formatCode');
      if (!Number.isInteger(id) || code === undefined) continue;
      this.formatIds.set(code, id);
      if (id >= this.nextFormatId) this.nextFormatId = id + 1;
    }
  }

  /** True when a style was added: the part must be written. */
  get changed(): boolean {
    return this.cellXfs.added.length > 0;
  }

  /** The cell format index for a cell that had format `base` (its `s`, 0 when none) with `style` set on it. */
  styleOf(base: number, style: CellStyle): number {
    const key = `${base}\u0000${JSON.stringify(style)}`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    let xf = this.cellXfs.items[base] ?? this.cellXfs.items[0] ?? `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    // only the start tag is edited below; children (alignment, protection) are kept and edited apart
    const tagEnd = xf.indexOf('>') + 1;
    let tag = xf.slice(0, tagEnd);
    let inner = tag.endsWith('/>') ? '' : xf.slice(tagEnd, xf.lastIndexOf('</'));
    const close = `</${/^<([^\s/>]+)/.exec(tag)![1]}>`;
    tag = tag.replace(/\s*\/>$/, '>');
    if (style.numberFormat !== undefined) {
      tag = setAttr(setAttr(tag, 'numFmtId', String(this.formatId(style.numberFormat))), 'applyNumberFormat', '1');
    }
    if (style.bold !== undefined || style.italic !== undefined || style.fontColor !== undefined) {
      const font = this.fonts.items[Number(attr(tag, 'fontId') ?? 0)] ?? `<${this.p}font/>`;
      tag = setAttr(setAttr(tag, 'fontId', String(this.fonts.add(this.fontWith(font, style)))), 'applyFont', '1');
    }
    if (style.fill !== undefined) {
      const fill = `<${this.p}fill><${this.p}patternFill patternType="solid"><${this.p}fgColor rgb="${argb(style.fill)}"/><${this.p}bgColor indexed="64"/></${this.p}patternFill></${this.p}fill>`;
      tag = setAttr(setAttr(tag, 'fillId', String(this.fills.add(fill))), 'applyFill', '1');
    }
    if (style.border) {
      const side = (s: string) => `<${this.p}${s} style="thin"><${this.p}color indexed="64"/></${this.p}${s}>`;
      const border = `<${this.p}border>${['left', 'right', 'top', 'bottom'].map(side).join('')}<${this.p}diagonal/></${this.p}border>`;
      tag = setAttr(setAttr(tag, 'borderId', String(this.borders.add(border))), 'applyBorder', '1');
    }
    if (style.indent !== undefined || style.wrap !== undefined || style.horizontal !== undefined) {
      const found = findElement(inner, 'alignment');
      let alignment = found ? found.tag.replace(/\s*\/?>$/, '/>') : `<${this.p}alignment/>`;
      // Excel indents only left-, right- or distributed-aligned text
      const horizontal = style.horizontal ?? (style.indent ? (attr(alignment, 'horizontal') ?? 'left') : undefined);
      if (horizontal !== undefined) alignment = setAttr(alignment, 'horizontal', horizontal);
      if (style.indent !== undefined) alignment = setAttr(alignment, 'indent', String(style.indent));
      if (style.wrap !== undefined) alignment = setAttr(alignment, 'wrapText', style.wrap ? '1' : '0');
      inner = found ? splice(inner, [{ start: found.start, end: found.end, text: alignment }]) : alignment + inner;
      tag = setAttr(tag, 'applyAlignment', '1');
    }
    xf = inner ? `${tag}${inner}${close}` : tag.replace(/>$/, '/>');
    const index = this.cellXfs.add(xf);
    this.made.set(key, index);
    return index;
  }

  private formatId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.formatIds.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formatIds.set(code, id);
      this.numFmts.add(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    }
    return id;
  }

  private fontWith(font: string, style: CellStyle): string {
    const open = /^<[^>]*?(\/?)>/.exec(font)!;
    const name = /^<([^\s/>]+)/.exec(font)![1];
    let inner = open[1] === '/' ? '' : font.slice(open[0].length, font.lastIndexOf('</'));
    const drop = (local: string) => {
      for (let f = findElement(inner, local); f; f = findElement(inner, local)) inner = inner.slice(0, f.start) + inner.slice(f.end);
    };
    const lead: string[] = [];
    if (style.bold !== undefined) {
      drop('b');
      if (style.bold) lead.push(`<${this.p}b/>`);
    }
    if (style.italic !== undefined) {
      drop('i');
      if (style.italic) lead.push(`<${this.p}i/>`);
    }
    if (style.fontColor !== undefined) {
      drop('color');
      const color = `<${this.p}color rgb="${argb(style.fontColor)}"/>`;
      // the colour goes before the font's name, where Excel writes it
      const sz = findElement(inner, 'sz');
      inner = sz ? inner.slice(0, sz.end) + color + inner.slice(sz.end) : color + inner;
    }
    return `${open[0].replace(/\s*\/>$/, '>')}${lead.join('')}${inner}</${name}>`;
  }

  /** The part with what was added, or the part as it was when nothing was. */
  text(): string {
    if (!this.changed) return this.xml;
    const edits: { start: number; end: number; text: string }[] = [];
    // lists that the part does not have yet go where the schema puts them: numFmts first, then fonts, fills, borders
    const order = [this.numFmts, this.fonts, this.fills, this.borders, this.cellXfs];
    const root = findElement(this.xml, 'styleSheet')!;
    for (const [i, list] of order.entries()) {
      if (list.added.length === 0) continue;
      const count = String(list.items.length);
      const f = list.found;
      if (!f) {
        const next = order.slice(i + 1).find((l) => l.found)?.found ?? findElement(this.xml, 'cellStyleXfs') ?? findElement(this.xml, 'cellXfs');
        const at = next?.start ?? root.tagEnd;
        edits.push({ start: at, end: at, text: `<${this.p}${list.local} count="${count}">${list.added.join('')}</${this.p}${list.local}>` });
      } else if (f.empty) {
        edits.push({ start: f.start, end: f.end, text: `${setAttr(f.tag.replace(/\s*\/>$/, '>'), 'count', count)}${list.added.join('')}</${qnameOf(f.tag)}>` });
      } else {
        edits.push({ start: f.start, end: f.tagEnd, text: setAttr(f.tag, 'count', count) });
        edits.push({ start: f.innerEnd, end: f.innerEnd, text: list.added.join('') });
      }
    }
    return splice(this.xml, edits);
  }
}

function qnameOf(tag: string): string {
  return /^<([^\s/>]+)/.exec(tag)![1];
}

/** `#RRGGBB` → `FFRRGGBB`. */
function argb(colour: string): string {
  return `FF${colour.replace(/^#/, '').toUpperCase()}`;
}
