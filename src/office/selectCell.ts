import { toOfficeProblem } from './officeErrors';

/**
 * Shows a finding's cell: activates its sheet and selects the cell (Excel scrolls to the
 * selection). One sync.
 */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  try {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  } catch (error) {
    throw toOfficeProblem(error);
  }
}
