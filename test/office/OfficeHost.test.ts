import { checkWorkbook, highlightPlan, HIGHLIGHT_FILLS, type ContentPlan, type Finding } from '../../src/engine';
import { createOfficeHost, HIGHLIGHT_KEY, officeSettingsStore } from '../../src/office';
import { documentSettings } from '../support/documentSettings';
import { excelContext, NO_FILL, PASSPORT_VALUES, workbookMock, type MockSheet } from '../support/excelMocks';

const sheets: MockSheet[] = [
  {
    name: 'Паспорт',
    used: {
      rowIndex: 1,
      columnIndex: 0,
      values: PASSPORT_VALUES,
    },
  },
  { name: 'Пусто', used: null },
  { name: 'Notes', used: { rowIndex: 0, columnIndex: 0, values: [['Meeting minutes']] } },
];

const allSets = () => true;

describe('the Office host', () => {
  it('checks a three-sheet workbook in at most two syncs', async () => {
    const { context, syncs } = excelContext(sheets);
    const host = createOfficeHost({ run: (batch) => batch(context), store: officeSettingsStore(documentSettings().settings), isSetSupported: allSets, displayLanguage: 'ru-RU' });
    expect(host.displayLanguage).toBe('ru-RU');
    const read = await host.readSnapshot('workbook');
    expect(syncs()).toBeLessThanOrEqual(2);
    expect(read.snapshot.sheets.map((s) => s.name)).toEqual(['Паспорт', 'Пусто', 'Notes']);
    const result = checkWorkbook(read.snapshot);
    expect(result.tables).toHaveLength(1);
    expect(result.findings.map((f) => `${f.severity} ${f.cell}`)).toContain('error D4'); // 60 + 70 is not 135
  });

  it('checks the sheet the user is on, also in two syncs', async () => {
    const { context, syncs } = excelContext(sheets, undefined, 'Notes');
    const host = createOfficeHost({ run: (batch) => batch(context), store: officeSettingsStore(documentSettings().settings), isSetSupported: allSets, displayLanguage: 'en-US' });
    const read = await host.readSnapshot('active-sheet');
    expect(syncs()).toBe(2);
    expect(read.sheets).toEqual(['Notes']);
    expect(read.snapshot.sheets.map((s) => s.name)).toEqual(['Notes']);
  });

  it('reads the whole workbook for a sheet’s check when asked (the workbook’s table numbers), naming the sheet the user is on', async () => {
    const { context, syncs } = excelContext(sheets, undefined, 'Notes');
    const host = createOfficeHost({ run: (batch) => batch(context), store: officeSettingsStore(documentSettings().settings), isSetSupported: allSets, displayLanguage: 'en-US' });
    const read = await host.readSnapshot('active-sheet', { wholeWorkbook: true });
    expect(read.sheets).toEqual(['Notes']);
    expect(read.snapshot.sheets.map((s) => s.name)).toEqual(['Паспорт', 'Пусто', 'Notes']);
    expect(syncs()).toBeLessThanOrEqual(3);
  });

  it('keeps the highlight’s record in the document: a pane opened again clears it back exactly', async () => {
    const finding = (cell: string, severity: Finding['severity']): Finding => ({ code: 'sum-mismatch', severity, sheet: 'Приложение 2', cell, tableId: 'T1', expected: '1', actual: '2', difference: '1', parts: [], params: {} });
    const user = { color: '#FFF2CC', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0 };
    const wb = workbookMock({ 'Приложение 2': { cells: { D51: NO_FILL, G79: user } } }, []);
    const doc = documentSettings();
    const first = createOfficeHost({ run: (batch) => batch(wb.context), store: officeSettingsStore(doc.settings), isSetSupported: allSets, displayLanguage: 'en-US' });
    expect(await first.hasHighlights()).toBe(false);
    await first.applyHighlights(highlightPlan([finding('D51', 'error'), finding('G79', 'warning')], 'en'));
    expect(wb.fillOf('Приложение 2', 'G79').color).toBe(HIGHLIGHT_FILLS.warning);
    expect(JSON.parse(doc.saved[HIGHLIGHT_KEY]).cells).toHaveLength(2);

    // highlighting again keeps the user's own fill as the one to put back
    await first.applyHighlights(highlightPlan([finding('G79', 'error')], 'en'));
    expect(wb.fillOf('Приложение 2', 'D51')).toEqual(NO_FILL);

    const reopened = doc.reopen();
    const second = createOfficeHost({ run: (batch) => batch(wb.context), store: officeSettingsStore(reopened.settings), isSetSupported: allSets, displayLanguage: 'en-US' });
    expect(await second.hasHighlights()).toBe(true);
    await second.clearHighlights();
    expect(wb.fillOf('Приложение 2', 'G79')).toEqual(user);
    expect(wb.fillOf('Приложение 2', 'D51')).toEqual(NO_FILL);
    expect(wb.deleted).toEqual(wb.added.map((a) => a.id)); // every comment of ours, and only those
    expect(await second.hasHighlights()).toBe(false);
    expect(reopened.saved[HIGHLIGHT_KEY]).toBeUndefined();
  });

  it('tries once more when Excel is in cell-edit mode, then asks the user to leave the cell', async () => {
    const { context } = excelContext(sheets);
    const editing = Object.assign(new Error('InvalidOperationInCellEditMode'), { code: 'InvalidOperationInCellEditMode' });
    let runs = 0;
    const flaky = createOfficeHost({
      run: async (batch) => {
        runs++;
        if (runs === 1) throw editing;
        return batch(context);
      },
      store: officeSettingsStore(documentSettings().settings),
      isSetSupported: allSets,
      displayLanguage: 'en-US',
      editModeRetryMs: 1,
    });
    await expect(flaky.readSnapshot('workbook')).resolves.toMatchObject({ snapshot: { sheets: expect.any(Array) } });
    expect(runs).toBe(2);

    const stuck = createOfficeHost({ run: async () => Promise.reject(editing), store: officeSettingsStore(documentSettings().settings), isSetSupported: allSets, displayLanguage: 'en-US', editModeRetryMs: 1 });
    await expect(stuck.selectCell('Паспорт', 'A1')).rejects.toMatchObject({ code: 'cell-edit-mode' });
  });

  it('keeps the records of content plans in the document, and drops one when it is reverted', async () => {
    const plan: ContentPlan = { kind: 'content', title: 'Rollup', newSheets: [], edits: [] };
    const doc = documentSettings();
    const { context } = excelContext(sheets);
    const host = createOfficeHost({ run: (batch) => batch(context), store: officeSettingsStore(doc.settings), isSetSupported: allSets, displayLanguage: 'en-US' });
    const record = await host.applyContent(plan);
    expect(record.title).toBe('Rollup');
    const again = createOfficeHost({ run: (batch) => batch(context), store: officeSettingsStore(doc.reopen().settings), isSetSupported: allSets, displayLanguage: 'en-US' });
    expect(await again.contentRecords()).toEqual([record]);
    await again.revertContent(record);
    expect(await again.contentRecords()).toEqual([]);
  });
});
