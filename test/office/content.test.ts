import { OfficeMockObject } from 'office-addin-mock';
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/readXlsx';
import { checkWorkbook, correctionPlan, planRollups, type ContentPlan } from '../../src/engine';
import { applyContentPlan, charsToPoints, revertContentPlan } from '../../src/office';

type Border = { style: string; weight: string | null; color: string | null };
interface CellState {
  formulas: unknown[][];
  values?: unknown[][];
  numberFormat: unknown[][];
  format: {
    horizontalAlignment: string;
    indentLevel: number;
    wrapText: boolean;
    font: { bold: boolean; italic: boolean; color: string };
    fill: { color: string; pattern: string; patternColor: string; tintAndShade: number };
  };
  borders: Record<string, Border>;
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
const plainCell = (formula: unknown, numberFormat = 'General'): CellState => ({
  formulas: [[formula]],
  numberFormat: [[numberFormat]],
  format: {
    horizontalAlignment: 'General',
    indentLevel: 0,
    wrapText: false,
    font: { bold: false, italic: false, color: '#000000' },
    fill: { color: '#FFFFFF', pattern: 'None', patternColor: '#000000', tintAndShade: 0 },
  },
  borders: Object.fromEntries(EDGES.map((e) => [e, { style: 'None', weight: 'Thin', color: '#000000' }])),
});

/** A new sheet's writes, as plain records (the adapter only writes to a sheet it adds). */
function newSheetRecorder(name: string, log: { added: string[]; deleted: string[]; activated: string[]; syncs: number; touchedAt: number[] }) {
  const ranges: Record<string, Record<string, unknown>> = {};
  const range = (address: string) => {
    log.touchedAt.push(log.syncs);
    return (ranges[address] ??= {
      format: { font: {}, fill: {}, borders: { items: {} as Record<string, object>, getItem(edge: string) { return (this.items[edge] ??= {}); } } },
      merged: false,
      merge() {
        (this as { merged: boolean }).merged = true;
      },
    });
  };
  return {
    name,
    ranges,
    frozen: [] as unknown[],
    getRange: (address: string) => range(address),
    getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => range(`R${row}C${col}:${rows}x${cols}`),
    freezePanes: {
      freezeRows(n: number) {
        sheetsAdded[name].frozen.push(n);
      },
      freezeAt(r: unknown) {
        sheetsAdded[name].frozen.push(r);
      },
      freezeColumns(n: number) {
        sheetsAdded[name].frozen.push(n);
      },
    },
    activate: () => log.activated.push(name),
    delete: () => log.deleted.push(name),
  };
}
const sheetsAdded: Record<string, ReturnType<typeof newSheetRecorder>> = {};

function excelMock(sheets: Record<string, { protected?: boolean; cells: Record<string, CellState> }>) {
  // syncs so far, and when (after how many syncs) each write to a new sheet was queued
  const log = { added: [] as string[], deleted: [] as string[], activated: [] as string[], syncs: 0, touchedAt: [] as number[] };
  const extra: OfficeMockObject[] = [];
  const byName: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(sheets)) {
    const cells: Record<string, unknown> = {};
    for (const [address, c] of Object.entries(s.cells)) {
      cells[address] = {
        ...c,
        values: [['']],
        format: {
          ...c.format,
          fill: {
            ...c.format.fill,
            clear: function (this: CellState['format']['fill']) {
              Object.assign(this, { color: '#FFFFFF', pattern: 'None', patternColor: '#000000', tintAndShade: 0 });
            },
          },
          borders: { items: c.borders, getItem: function (this: { items: Record<string, unknown> }, edge: string) { return this.items[edge]; } } },
      };
    }
    byName[name] = {
      name,
      isNullObject: false,
      protection: { protected: s.protected ?? false },
      cells,
      getRange: function (this: { cells: Record<string, unknown> }, address: string) {
        const cell = this.cells[address];
        if (!cell) throw new Error(`the test declared no cell ${address}`);
        return cell;
      },
      delete: () => log.deleted.push(name),
    };
  }
  const mock = new OfficeMockObject({
    workbook: {
      worksheets: {
        items: Object.keys(sheets).map((name) => ({ name })),
        byName,
        getItem: function (this: { byName: Record<string, unknown> }, name: string) {
          return this.byName[name] ?? sheetsAdded[name];
        },
        getItemOrNullObject: function (this: { byName: Record<string, unknown> }, name: string) {
          if (this.byName[name]) return this.byName[name];
          const m = new OfficeMockObject({ isNullObject: !sheetsAdded[name] || log.deleted.includes(name), protection: { protected: false }, delete: () => log.deleted.push(name) });
          extra.push(m);
          return m;
        },
        add: (name: string) => {
          log.added.push(name);
          sheetsAdded[name] = newSheetRecorder(name, log);
          return sheetsAdded[name];
        },
      },
    },
  });
  let syncs = 0;
  const sync = mock.sync.bind(mock);
  (mock as unknown as { sync: () => Promise<void> }).sync = async () => {
    syncs++;
    log.syncs = syncs;
    await sync();
    for (const m of extra) await m.sync();
  };
  const cell = (sheet: string, address: string) =>
    (mock as unknown as { workbook: { worksheets: { byName: Record<string, { cells: Record<string, CellState & { format: { borders: { items: Record<string, Border> } } }> }> } } }).workbook.worksheets.byName[sheet].cells[address];
  return { context: mock as unknown as Excel.RequestContext, syncs: () => syncs, log, cell };
}

const plan: ContentPlan = {
  kind: 'content',
  title: 'Rollup by year',
  newSheets: [
    {
      name: 'Свод',
      cells: [
        { cell: 'A1', content: { kind: 'text', text: '=not a formula' }, style: { bold: true } },
        { cell: 'A2', content: { kind: 'text', text: '2024' } },
        { cell: 'B2', content: { kind: 'formula', formula: "=SUM('Приложение 2'!D9:D14)" }, style: { numberFormat: '#,##0.0', border: true } },
        { cell: 'C2', content: { kind: 'number', value: '4084.477' }, style: { fill: '#FFF2CC', indent: 1, horizontal: 'right' } },
      ],
      merges: ['A3:C3'],
      columnWidths: [{ col: 0, width: 40 }],
      freeze: { rows: 1, columns: 1 },
    },
  ],
  edits: [
    {
      sheet: 'Приложение 2',
      cells: [
        { cell: 'D5', content: { kind: 'number', value: '12.5' }, style: { bold: true, fill: '#FFFF00', numberFormat: '0.0' } },
        { cell: 'E5', content: { kind: 'text', text: '-5' } },
      ],
    },
  ],
};

beforeEach(() => {
  for (const k of Object.keys(sheetsAdded)) delete sheetsAdded[k];
});

describe('content plans in Excel', () => {
  it('are written in one batch after one read, text as text, and undone exactly from a plain-JSON record', async () => {
    const user = plainCell('=D3+D4', '#,##0.000');
    user.format.fill = { color: '#C6EFCE', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0 };
    user.format.font.italic = true;
    user.borders.EdgeTop = { style: 'Continuous', weight: 'Medium', color: '#FF0000' };
    const x = excelMock({ 'Приложение 2': { cells: { D5: user, E5: plainCell('') } } });
    const record = await applyContentPlan(x.context, plan, 'r1');
    expect(x.syncs()).toBe(3); // sheets and protection; the edited cells as they are; all the writes

    // new sheet: added after the others, text with Excel's text prefix, formula, styles, merge, width, freeze, activated
    expect(x.log.added).toEqual(['Свод']);
    const added = sheetsAdded['Свод'];
    expect(added.ranges.A1).toMatchObject({ values: [["'=not a formula"]], format: { font: { bold: true } } });
    expect(added.ranges.A2).toMatchObject({ values: [["'2024"]] });
    expect(added.ranges.B2).toMatchObject({ formulas: [["=SUM('Приложение 2'!D9:D14)"]], numberFormat: [['#,##0.0']] });
    expect((added.ranges.B2.format as { borders: { items: Record<string, Border> } }).borders.items.EdgeLeft).toEqual({ style: 'Continuous', weight: 'Thin' });
    expect(added.ranges.C2).toMatchObject({ values: [[4084.477]], format: { fill: { color: '#FFF2CC' }, indentLevel: 1, horizontalAlignment: 'Right' } });
    expect(added.ranges['A3:C3'].merged).toBe(true);
    expect(added.ranges['R0C0:1x1'].format).toMatchObject({ columnWidth: charsToPoints(40) });
    expect(added.frozen).toHaveLength(1);
    expect(x.log.activated).toEqual(['Свод']);

    // the edit
    const d5 = x.cell('Приложение 2', 'D5');
    expect(d5.values).toEqual([[12.5]]);
    expect(d5.format.font.bold).toBe(true);
    expect(d5.format.fill.color).toBe('#FFFF00');
    expect(x.cell('Приложение 2', 'E5').values).toEqual([["'-5"]]);

    // the record: plain JSON, what was there before
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
    expect(record).toMatchObject({ id: 'r1', title: 'Rollup by year', addedSheets: ['Свод'] });
    expect(record.cells[0]).toMatchObject({ sheet: 'Приложение 2', cell: 'D5', formula: '=D3+D4', numberFormat: '#,##0.000', font: { bold: false, italic: true }, fill: { color: '#C6EFCE', pattern: 'Solid' } });

    const y = excelMock({ 'Приложение 2': { cells: { D5: { ...plainCell(12.5, '0.0') }, E5: plainCell("'-5") } } });
    sheetsAdded['Свод'] = newSheetRecorder('Свод', y.log);
    await revertContentPlan(y.context, record);
    expect(y.syncs()).toBe(2);
    expect(y.log.deleted).toEqual(['Свод']);
    const back = y.cell('Приложение 2', 'D5');
    expect(back.formulas).toEqual([['=D3+D4']]);
    expect(back.numberFormat).toEqual([['#,##0.000']]);
    expect(back.format.font).toMatchObject({ bold: false, italic: true });
    expect(back.format.fill).toMatchObject({ color: '#C6EFCE', pattern: 'Solid' });
    expect(back.format.borders.items.EdgeTop).toMatchObject({ style: 'Continuous', weight: 'Medium', color: '#FF0000' });
    expect(y.cell('Приложение 2', 'E5').formulas).toEqual([['']]);
  });

  it('write a table’s correction: the sample’s six figures in one batch, formats kept, undone to the figures typed before', async () => {
    const { snapshot } = await readXlsx(join(__dirname, '..', '..', 'samples', 'programme-sample.xlsx'));
    const [c] = checkWorkbook(snapshot).corrections;
    if (c.status !== 'found') throw new Error('no correction');
    const before: Record<string, CellState> = Object.fromEntries(c.correction.cells.map((x) => [x.cell, plainCell(Number(x.from), '#,##0.000')]));
    const x = excelMock({ 'Приложение 2': { cells: before } });
    const record = await applyContentPlan(x.context, correctionPlan(c.sheet, c.tableId, c.correction, 'ru'), 'c1');
    expect(x.syncs()).toBe(3);
    for (const change of c.correction.cells) {
      expect(x.cell('Приложение 2', change.cell).values).toEqual([[Number(change.to)]]);
      expect(x.cell('Приложение 2', change.cell).numberFormat).toEqual([['#,##0.000']]);
    }
    expect(record).toMatchObject({ id: 'c1', title: 'Исправление таблицы T3', addedSheets: [] });
    const after: Record<string, CellState> = Object.fromEntries(c.correction.cells.map((x) => [x.cell, plainCell(Number(x.to), '#,##0.000')]));
    const y = excelMock({ 'Приложение 2': { cells: after } });
    await revertContentPlan(y.context, record);
    for (const change of c.correction.cells) expect(y.cell('Приложение 2', change.cell).formulas).toEqual([[Number(change.from)]]);
  });

  it('refuse a protected sheet before changing anything', async () => {
    const x = excelMock({ 'Приложение 2': { protected: true, cells: { D5: plainCell(1), E5: plainCell(2) } } });
    await expect(applyContentPlan(x.context, plan, 'r1')).rejects.toMatchObject({ code: 'sheet-protected' });
    expect(x.log.added).toEqual([]);
    expect(x.syncs()).toBe(1); // the read only: no write was ever sent
  });

  it('refuse a new sheet whose name is taken (the workbook changed since the plan)', async () => {
    const x = excelMock({ 'Приложение 2': { cells: { D5: plainCell(1), E5: plainCell(2) } }, свод: { cells: {} } });
    await expect(applyContentPlan(x.context, plan, 'r1')).rejects.toMatchObject({ code: 'not-found' });
    expect(x.log.added).toEqual([]);
  });

  it('write a rollup of the sample in one batch: one read of the sheets, then every write in one sync, the first new sheet activated', async () => {
    const { snapshot } = await readXlsx(join(__dirname, '..', '..', 'samples', 'programme-sample.xlsx'));
    const { plan } = planRollups(snapshot, { tables: ['T3'], lang: 'ru' });
    expect(plan!.newSheets.map((s) => s.name)).toEqual(['Свод по годам', 'Свод по источникам', 'Свод по мероприятиям']);
    const x = excelMock(Object.fromEntries(snapshot.sheets.map((s) => [s.name, { cells: {} }])));
    const record = await applyContentPlan(x.context, plan!, 'r1');
    expect(x.syncs()).toBe(2); // the sheets there are; all the writes
    expect(x.log.added).toEqual(plan!.newSheets.map((s) => s.name));
    // every write queued after the read and sent with the last sync
    const writes = plan!.newSheets.reduce((n, s) => n + s.cells.length + (s.merges?.length ?? 0), 0);
    expect(x.log.touchedAt.length).toBeGreaterThanOrEqual(writes);
    expect(new Set(x.log.touchedAt)).toEqual(new Set([1]));
    expect(x.log.activated).toEqual(['Свод по годам']);
    // what was written is the plan: each formula as it is
    const sheet = plan!.newSheets[0];
    for (const w of sheet.cells.filter((c) => c.content?.kind === 'formula')) {
      expect(sheetsAdded[sheet.name].ranges[w.cell]).toMatchObject({ formulas: [[(w.content as { formula: string }).formula]] });
    }
    expect(record).toMatchObject({ addedSheets: plan!.newSheets.map((s) => s.name), cells: [] });
  });
});
