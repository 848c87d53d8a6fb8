import { OfficeMockObject } from 'office-addin-mock';

// Excel request contexts over office-addin-mock, for the Office adapter's tests: sheets reached by
// getItem(name) as the adapter does, every sync counted.

/** A passport used range (from B2 down): two sources by 2024 and 2025, with its totals; 135 is not 60 + 70. */
export const PASSPORT_VALUES: (string | number)[][] = [
  ['Источники', '2024 год', '2025 год', 'Всего'],
  ['областной бюджет', 60, 60, 120],
  ['местный бюджет', 60, 70, 135],
  ['ВСЕГО:', 120, 130, 255],
];

export interface MockSheet {
  name: string;
  /** null: an empty sheet (the used range is a null object). */
  used: null | { rowIndex: number; columnIndex: number; values: unknown[][]; valueTypes?: string[][]; formulas?: unknown[][]; numberFormat?: unknown[][] };
  merged?: string;
  protected?: boolean;
}

/** An Excel context whose worksheets are reached by getItem(name), as the adapter does. */
export function excelContext(sheets: MockSheet[], syncError?: { code: string }, active?: string): { context: Excel.RequestContext; syncs: () => number } {
  const byName: Record<string, unknown> = {};
  for (const s of sheets) {
    const values = s.used?.values ?? [[]];
    byName[s.name] = {
      protection: { protected: s.protected ?? false },
      usedRange: {
        isNullObject: s.used === null,
        rowIndex: s.used?.rowIndex ?? 0,
        columnIndex: s.used?.columnIndex ?? 0,
        rowCount: values.length,
        columnCount: values[0]?.length ?? 0,
        values,
        valueTypes: s.used?.valueTypes ?? values.map((row) => row.map((v) => (v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : 'String'))),
        formulas: s.used?.formulas ?? values,
        numberFormat: s.used?.numberFormat ?? values.map((row) => row.map(() => 'General')),
        mergedAreas: { isNullObject: !s.merged, address: s.merged ?? '' },
        // row chunks for the fallback read: `start:count` holds rows start .. start+count-1
        chunks: Object.fromEntries(
          values.flatMap((_, start) =>
            values.slice(start).map((__, k) => {
              const part = values.slice(start, start + k + 1);
              return [`${start}:${k + 1}`, { values: part, valueTypes: part.map((row) => row.map(() => 'Double')), formulas: part, numberFormat: part.map((row) => row.map(() => 'General')) }];
            }),
          ),
        ),
        getCell: function (this: { chunks: Record<string, unknown> }, row: number) {
          return { getResizedRange: (rows: number) => this.chunks[`${row}:${rows + 1}`] };
        },
        getMergedAreasOrNullObject: function (this: { mergedAreas: unknown }) {
          return this.mergedAreas;
        },
      },
      getUsedRangeOrNullObject: function (this: { usedRange: unknown }) {
        return this.usedRange;
      },
    };
  }
  const mock = new OfficeMockObject({
    workbook: {
      worksheets: {
        items: sheets.map((s) => ({ name: s.name })),
        active: { name: active ?? sheets[0]?.name ?? '' },
        getActiveWorksheet: function (this: { active: unknown }) {
          return this.active;
        },
        byName,
        getItem: function (this: { byName: Record<string, unknown> }, name: string) {
          return this.byName[name];
        },
      },
    },
  });
  let syncs = 0;
  const sync = mock.sync.bind(mock);
  (mock as unknown as { sync: () => Promise<void> }).sync = async () => {
    syncs++;
    if (syncError && syncs === 2) throw Object.assign(new Error(syncError.code), syncError);
    await sync();
  };
  return { context: mock as unknown as Excel.RequestContext, syncs: () => syncs };
}

export type Fill = { color: string; pattern: string; patternColor: string | null; tintAndShade: number };
export const NO_FILL: Fill = { color: '#FFFFFF', pattern: 'None', patternColor: '#000000', tintAndShade: 0 };

/** A workbook with cells (by sheet and address), their fills, comments, and sheet protection. */
export function workbookMock(sheets: Record<string, { protected?: boolean; cells: Record<string, Fill> }>, userComments: { id: string; address: string }[]) {
  const extra: OfficeMockObject[] = [];
  const track = (data: object) => {
    const m = new OfficeMockObject(data);
    extra.push(m);
    return m;
  };
  const added: { address: string; content: string; id: string }[] = [];
  const deleted: string[] = [];
  const byName: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(sheets)) {
    const cells: Record<string, unknown> = {};
    for (const [address, fill] of Object.entries(s.cells)) {
      cells[address] = {
        format: {
          fill: {
            ...fill,
            clear: function (this: Fill) {
              Object.assign(this, NO_FILL);
            },
          },
        },
      };
    }
    byName[name] = {
      isNullObject: false,
      protection: { protected: s.protected ?? false },
      cells,
      getRange: function (this: { cells: Record<string, unknown> }, address: string) {
        return this.cells[address];
      },
    };
  }
  const missing = track({ isNullObject: true, getRange: () => undefined });
  const mock = new OfficeMockObject({
    workbook: {
      worksheets: {
        byName,
        getItem: function (this: { byName: Record<string, unknown> }, name: string) {
          return this.byName[name];
        },
        getItemOrNullObject: function (this: { byName: Record<string, unknown> }, name: string) {
          return this.byName[name] ?? missing;
        },
      },
      comments: {
        items: userComments.map((c) => ({ id: c.id, getLocation: () => track({ address: c.address }) })),
        add: (address: string, content: string) => {
          const id = `bc-${added.length + 1}`;
          added.push({ address, content, id });
          return track({ id });
        },
        getItemOrNullObject: (id: string) =>
          track({
            isNullObject: !added.some((a) => a.id === id),
            delete: () => {
              deleted.push(id);
            },
          }),
      },
    },
  });
  let syncs = 0;
  const sync = mock.sync.bind(mock);
  (mock as unknown as { sync: () => Promise<void> }).sync = async () => {
    syncs++;
    await sync();
    for (const m of extra) await m.sync();
  };
  const fillOf = (sheet: string, address: string) => {
    const f = (mock as unknown as { workbook: { worksheets: { byName: Record<string, { cells: Record<string, { format: { fill: Fill } }> }> } } }).workbook.worksheets.byName[sheet].cells[address].format.fill;
    return { color: f.color, pattern: f.pattern, patternColor: f.patternColor, tintAndShade: f.tintAndShade };
  };
  return { context: mock as unknown as Excel.RequestContext, syncs: () => syncs, added, deleted, fillOf };
}

