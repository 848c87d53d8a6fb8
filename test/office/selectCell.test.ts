import { OfficeMockObject } from 'office-addin-mock';
import { selectCell } from '../../src/office';

describe('selectCell', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const calls: string[] = [];
    const mock = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItem: (name: string) => ({
            activate: () => calls.push(`activate ${name}`),
            getRange: (address: string) => ({ select: () => calls.push(`select ${address}`) }),
          }),
        },
      },
    });
    let syncs = 0;
    const sync = mock.sync.bind(mock);
    (mock as unknown as { sync: () => Promise<void> }).sync = async () => {
      syncs++;
      await sync();
    };
    await selectCell(mock as unknown as Excel.RequestContext, 'Приложение 2', 'D51');
    expect(calls).toEqual(['activate Приложение 2', 'select D51']);
    expect(syncs).toBe(1);
  });

  it('turns cell-edit mode into a clear problem', async () => {
    const mock = new OfficeMockObject({
      workbook: { worksheets: { getItem: () => ({ activate: () => undefined, getRange: () => ({ select: () => undefined }) }) } },
    });
    (mock as unknown as { sync: () => Promise<void> }).sync = async () => {
      throw Object.assign(new Error('busy'), { code: 'InvalidOperationInCellEditMode' });
    };
    await expect(selectCell(mock as unknown as Excel.RequestContext, 'S', 'A1')).rejects.toMatchObject({ code: 'cell-edit-mode' });
  });
});
