/**
 * String-level XML helpers for editing the parts of an .xlsx package in place: find an element,
 * read or set an attribute of a start tag, escape text. Nothing here parses a whole document into a
 * tree and writes it back, so the bytes of everything not edited stay as they were.
 */

/** A start tag's attributes, quoted either way (`>` may stand in a quoted value). */
const ATTRS = `(?:\\s+[^\\s=>/]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*\\s*`;

/** An element found in a document: where its start tag and the whole element begin and end. */
export interface Found {
  /** Index of `<`. */
  readonly start: number;
  /** Index just past the start tag's `>`. */
  readonly tagEnd: number;
  /** Index just past the element (its end tag, or the start tag when it is empty `<x/>`). */
  readonly end: number;
  /** The start tag, `<x a="1">`. */
  readonly tag: string;
  /** True for `<x/>`. */
  readonly empty: boolean;
  /** Index of the end tag's `<` (= end for an empty element). */
  readonly innerEnd: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression for the start tags of `local` with any namespace prefix (or none). */
export function startTagPattern(local: string, flags = 'g'): RegExp {
  return new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${escapeRegExp(local)}(?=[\\s/>])${ATTRS}(/?)>`, flags);
}

/** The name (with its prefix) of a start tag. */
function qname(tag: string): string {
  return /^<([^\s/>]+)/.exec(tag)![1];
}

/**
 * The first element `local` (any prefix) at or after `from` and before `to`. Elements of that name
 * nested inside one another are not expected (none of the SpreadsheetML elements edited here nest).
 */
export function findElement(xml: string, local: string, from = 0, to = xml.length): Found | undefined {
  const re = startTagPattern(local);
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m || m.index >= to) return undefined;
  const tag = m[0];
  const tagEnd = m.index + tag.length;
  if (m[1] === '/') return { start: m.index, tagEnd, end: tagEnd, tag, empty: true, innerEnd: tagEnd };
  const close = `</${qname(tag)}`;
  let i = xml.indexOf(close, tagEnd);
  while (i >= 0 && !/[\s>]/.test(xml[i + close.length] ?? '')) i = xml.indexOf(close, i + 1);
  if (i < 0) return undefined;
  const gt = xml.indexOf('>', i);
  return { start: m.index, tagEnd, end: gt + 1, tag, empty: false, innerEnd: i };
}

/** Every element `local` between `from` and `to`, in order. */
export function findAll(xml: string, local: string, from = 0, to = xml.length): Found[] {
  const out: Found[] = [];
  for (let at = from; ; ) {
    const f = findElement(xml, local, at, to);
    if (!f || f.end > to) return out;
    out.push(f);
    at = f.end;
  }
}

/** An attribute's value, unescaped; undefined when the tag does not have it. `name` may be `r:id`. */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

/** The tag with the attribute set (replaced where it is, else added at the end), or removed when `value` is undefined. */
export function setAttr(tag: string, name: string, value: string | undefined): string {
  const re = new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  if (value === undefined) return tag.replace(re, '');
  const text = ` ${name}="${escapeAttr(value)}"`;
  if (re.test(tag)) return tag.replace(re, () => text);
  return tag.replace(/\s*(\/?)>$/, (_, slash: string) => `${text}${slash}>`);
}

/** The prefix (with its colon) of the document's root element: `''` or `'x:'`. */
export function rootPrefix(xml: string): string {
  const m = /<(?![?!])([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s/>]/.exec(xml);
  return m?.[1] ?? '';
}

/** The prefix (with colon) bound to a namespace URI in the document, `''` for the default one, undefined when not declared. */
export function prefixOf(xml: string, uri: string): string | undefined {
  const m = new RegExp(`\\sxmlns(?::([\\w.-]+))?\\s*=\\s*["']${escapeRegExp(uri)}["']`).exec(xml);
  if (!m) return undefined;
  return m[1] ? `${m[1]}:` : '';
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/**
 * Cell text as SpreadsheetML stores it: characters XML 1.0 cannot hold (control characters other
 * than tab, line feed and carriage return, U+FFFE, U+FFFF, lone surrogates) as Excel's `_xHHHH_`,
 * and a literal `_xHHHH_` in the text escaped (`_x005F_`) so that it reads back as typed.
 */
export function excelText(s: string): string {
  const hex = (c: number) => `_x${c.toString(16).toUpperCase().padStart(4, '0')}_`;
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) => hex(c.charCodeAt(0)));
}

/** Splices several replacements (non-overlapping ranges of the original) into a string at once. */
export function splice(xml: string, edits: readonly { start: number; end: number; text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error('overlapping XML edits');
    out += xml.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + xml.slice(at);
}
