import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../engine';
import { notReadable, readWorkbookFile } from './readWorkbookFile';
import { workbookSnapshot } from './workbookSnapshot';

export { UnreadableFileError } from './readWorkbookFile';

/**
 * Reads an .xlsx file into ExcelJS's editable workbook and the engine's snapshot of it, for the
 * commands that write a copy. Checking needs only the snapshot: `readSnapshot` is faster.
 * Rejects with UnreadableFileError when the file cannot be read.
 */
export async function readXlsx(path: string): Promise<{ workbook: ExcelJS.Workbook; snapshot: WorkbookSnapshot }> {
  const buffer = await readWorkbookFile(path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    throw notReadable(path, e);
  }
  return { workbook, snapshot: workbookSnapshot(workbook) };
}
