import { highlightPlan, HIGHLIGHT_FILLS, type Finding } from '../../src/engine';
import { applyHighlights, clearHighlights, type HighlightRecord } from '../../src/office';
import { NO_FILL, workbookMock, type Fill } from '../support/excelMocks';

const finding = (cell: string, severity: Finding['severity']): Finding => ({
  code: severity === 'error' ? 'sum-mismatch' : severity === 'warning' ? 'unparsable-number' : 'rounding-difference',
  severity,
  sheet: 'Приложение 2',
  cell,
  tableId: 'T3',
  expected: '1',
  actual: '2',
  difference: '1',
  parts: ['D1:D2'],
  params: { text: '2600,,0' },
});

const USER_FILL: Fill = { color: '#FFF2CC', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0 };

describe('highlights', () => {
  const plan = highlightPlan([finding('D51', 'error'), finding('G79', 'warning'), finding('D146', 'info')], 'ru');

  it('marks the cells in one batch of writes, with notes where the user has no comment, and clears them back exactly', async () => {
    const wb = workbookMock({ 'Приложение 2': { cells: { D51: NO_FILL, G79: USER_FILL, D146: NO_FILL } } }, [{ id: 'user-1', address: "'Приложение 2'!$D$146" }]);
    const record: HighlightRecord = await applyHighlights(wb.context, plan, { commentsSupported: true });
    // read fills and comments, read where the user's comments are, write: three syncs, one of writes
    expect(wb.syncs()).toBe(3);
    expect(wb.fillOf('Приложение 2', 'D51').color).toBe(HIGHLIGHT_FILLS.error);
    expect(wb.fillOf('Приложение 2', 'G79').color).toBe(HIGHLIGHT_FILLS.warning);
    expect(wb.added.map((a) => a.address)).toEqual(["'Приложение 2'!D51", "'Приложение 2'!G79"]);
    expect(wb.added[0].content).toMatch(/^budget-check: /);
    expect(record.cells.map((c) => [c.cell, c.fill.color, c.commentId ?? null])).toEqual([
      ['D51', '#FFFFFF', 'bc-1'],
      ['G79', '#FFF2CC', 'bc-2'],
      ['D146', '#FFFFFF', null],
    ]);
    // the record survives as plain JSON (the pane keeps it in the document's settings)
    await clearHighlights(wb.context, JSON.parse(JSON.stringify(record)));
    expect(wb.fillOf('Приложение 2', 'D51')).toEqual(NO_FILL);
    expect(wb.fillOf('Приложение 2', 'G79')).toEqual(USER_FILL);
    expect(wb.fillOf('Приложение 2', 'D146')).toEqual(NO_FILL);
    expect(wb.deleted.sort()).toEqual(['bc-1', 'bc-2']);
  });

  it('refuses a protected sheet with a clear problem, changing nothing', async () => {
    const wb = workbookMock({ 'Приложение 2': { protected: true, cells: { D51: NO_FILL, G79: USER_FILL, D146: NO_FILL } } }, []);
    await expect(applyHighlights(wb.context, plan, { commentsSupported: true })).rejects.toMatchObject({ code: 'sheet-protected' });
    expect(wb.fillOf('Приложение 2', 'G79')).toEqual(USER_FILL);
    expect(wb.added).toEqual([]);
  });

  it('changes only fills where comments are not supported', async () => {
    const wb = workbookMock({ 'Приложение 2': { cells: { D51: NO_FILL, G79: USER_FILL, D146: NO_FILL } } }, []);
    const record = await applyHighlights(wb.context, plan);
    expect(wb.syncs()).toBe(2);
    expect(wb.added).toEqual([]);
    expect(record.cells.every((c) => c.commentId === undefined)).toBe(true);
  });

  it('clears what it can when the user deleted a highlighted sheet since', async () => {
    const wb = workbookMock({ 'Приложение 2': { cells: { D51: NO_FILL, G79: USER_FILL, D146: NO_FILL } } }, []);
    const record = await applyHighlights(wb.context, plan);
    const withGoneSheet: HighlightRecord = { ...record, cells: [...record.cells, { sheet: 'Удалённый', cell: 'A1', fill: { color: '#FFFFFF', pattern: 'None', patternColor: null, tintAndShade: null } }] };
    await clearHighlights(wb.context, withGoneSheet);
    expect(wb.fillOf('Приложение 2', 'G79')).toEqual(USER_FILL);
    expect(wb.fillOf('Приложение 2', 'D51')).toEqual(NO_FILL);
  });
});
