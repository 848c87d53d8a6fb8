import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../engine';
import { notReadable, readWorkbookFile } from './readWorkbookFile';

export { UnreadableFileError } from './readWorkbookFile';

/**
 * Reads an .xlsx file into ExcelJS's editable workbook and the engine's snapshot of it, for the
 * commands that write a copy. Checking needs only the snapshot: `readSnapshot` is faster.
 * Rejects with UnreadableFileError when the file cannot be read.
 */
export async function readXlsx(path: string): Promise<{ workbook: ExcelJS.Workbook; snapshot: WorkbookSnapshot }> {
  const buffer = await readWorkbookFile(path);
  // loaded on first use, not when the command line starts: `check` never needs it
  const { default: Excel } = await import('exceljs');
  const { workbookSnapshot } = await import('./workbookSnapshot');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    throw notReadable(path, e);
  }
  return { workbook, snapshot: workbookSnapshot(workbook) };
}
