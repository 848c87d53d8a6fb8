import type { WorkbookHost } from '../taskpane/WorkbookHost';
import { OfficeProblem } from './officeErrors';
import { createOfficeHost } from './OfficeHost';

/** Waits for Office.js, then gives the pane its workbook: Excel only, ExcelApi 1.9 at least (as the manifest asks). */
export async function officeHost(): Promise<WorkbookHost> {
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) throw new OfficeProblem('api-not-supported', 'budget-check runs in Excel only.');
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.9')) throw new OfficeProblem('api-not-supported', 'budget-check needs ExcelApi 1.9.');
  return createOfficeHost();
}
