/**
 * Types for the parts of ExcelJS 4.4 that `readSnapshot` uses below its public API: the
 * XML parsers ("xforms") of one workbook part each, and the shared-formula translator.
 * Only what is used is typed. `exceljs` is pinned to 4.4.0 in package.json, and
 * test/cli/readSnapshot.test.ts compares what these give with the public `Workbook` load.
 */

declare module 'exceljs/lib/xlsx/xform/sheet/worksheet-xform' {
  /** A cell as parsed, before ExcelJS reconciles it with shared strings and styles. */
  export interface ParsedCell {
    /** `B5`; missing when the file leaves the `r` attribute out */
    address?: string;
    /** ExcelJS's ValueType: 0 Null, 1 Merge, 2 Number, 3 String, 6 Formula, 9 Boolean, 10 Error */
    type: number;
    /** a shared string's index, a string, a number, a boolean, `{error}` or `{richText}` */
    value?: unknown;
    result?: unknown;
    formula?: string;
    shareType?: string;
    si?: string;
    ref?: string;
    styleId?: number;
    /** Kept by readSnapshot (keepRawCells): the cell's `t` attribute and the text of its value, as in the file. */
    rawType?: string;
    rawText?: string;
  }
  export interface ParsedRow {
    number: number;
    cells: (ParsedCell | undefined)[];
  }
  export interface ParsedWorksheet {
    rows?: (ParsedRow | undefined)[];
    mergeCells?: string[];
    sheetProtection?: { sheet?: boolean };
  }
  export default class WorksheetXform {
    constructor(options?: { ignoreNodes?: string[] });
    parseStream(chunks: Iterable<string> | AsyncIterable<string>): Promise<ParsedWorksheet>;
    /** Before writing: works out, among others, the sheet's merges (`model.mergeCells`) from its merged cells. */
    prepare(model: { merges?: string[]; mergeCells?: string[] }, options: unknown): void;
  }
}

declare module 'exceljs/lib/xlsx/xform/book/workbook-xform' {
  export interface ParsedWorkbook {
    sheets?: { name: string; id: number; rId: string; state?: string }[];
    properties?: { date1904?: boolean };
  }
  export default class WorkbookXform {
    parseStream(chunks: Iterable<string>): Promise<ParsedWorkbook>;
  }
}

declare module 'exceljs/lib/xlsx/xform/core/relationships-xform' {
  export default class RelationshipsXform {
    parseStream(chunks: Iterable<string>): Promise<{ Id: string; Target: string; Type: string }[]>;
  }
}

declare module 'exceljs/lib/xlsx/xform/strings/shared-strings-xform' {
  export default class SharedStringsXform {
    parseStream(chunks: Iterable<string>): Promise<unknown>;
    getString(index: number): string | { richText: { text: string }[] } | undefined;
  }
}

declare module 'exceljs/lib/xlsx/xform/style/styles-xform' {
  export default class StylesXform {
    parseStream(chunks: Iterable<string>): Promise<unknown>;
    getStyleModel(id: number): { numFmt?: string } | null;
  }
}

declare module 'exceljs/lib/utils/shared-formula' {
  export function slideFormula(formula: string, fromCell: string, toCell: string): string;
}

declare module 'exceljs/lib/xlsx/xform/sheet/data-validations-xform' {
  /** The parser of a sheet's `<dataValidations>`: it expands every `sqref` range to one entry per cell. */
  export default class DataValidationsXform {
    parseOpen(node: { name: string; attributes: Record<string, string> }): boolean;
    parseClose(name: string): boolean;
  }
}

declare module 'exceljs/lib/xlsx/xform/sheet/cell-xform' {
  /** The parser of one `<c>`; readSnapshot wraps its parseClose to keep the raw type and value text. */
  export default class CellXform {
    parseClose(name: string): boolean;
  }
}
