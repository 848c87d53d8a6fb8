import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../engine';
import { boundDataValidations, keepMergesWhole } from './exceljsBounds';
import { boundExcelJsMerges } from './exceljsMerges';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { notReadable, readWorkbookFile } from './readWorkbookFile';
import { EXCEL_COLUMNS, EXCEL_ROWS } from './SheetRows';
import { pastExcel, XlsxPackage } from './xlsxPackage';

export { UnreadableFileError } from './readWorkbookFile';

/**
 * Reads an .xlsx file into ExcelJS's editable workbook and the engine's snapshot of it, for the
 * commands that write a copy. Checking needs only the snapshot: `readSnapshot` is faster.
 * Rejects with UnreadableFileError when the file cannot be read, or is larger than `limits`
 * allow (`too-large`): the package's declared sizes are checked first, then every part is
 * inflated once, bounded by its declared size, and the sheets' cells counted, all before
 * ExcelJS (whose inflater and workbook are not bounded) sees the file.
 */
export async function readXlsx(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<{ workbook: ExcelJS.Workbook; snapshot: WorkbookSnapshot }> {
  const buffer = await readWorkbookFile(path, limits.fileBytes);
  // loaded on first use, not when the command line starts: `check` never needs it
  const { default: Excel } = await import('exceljs');
  const { workbookSnapshot } = await import('./workbookSnapshot');
  boundExcelJsMerges();
  boundDataValidations();
  keepMergesWhole();
  const workbook = new Excel.Workbook();
  try {
    const pkg = await XlsxPackage.open(buffer, path, limits);
    const names = [...pkg.names()];
    const countCells = pkg.cellCounter(names.filter(isSheetPart));
    for (const name of names) {
      const bytes = pkg.bytes(name);
      if (bytes && isSheetPart(name)) countCells(bytes.toString('utf8'));
    }
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    for (const ws of workbook.worksheets) {
      if (ws.rowCount > EXCEL_ROWS) throw pastExcel(path, ws.name, `row ${ws.rowCount}`);
      let columns = 0;
      ws.eachRow((row) => {
        if (row.cellCount > columns) columns = row.cellCount;
      });
      if (columns > EXCEL_COLUMNS) throw pastExcel(path, ws.name, `column ${columns}`);
    }
  } catch (e) {
    throw notReadable(path, e);
  }
  return { workbook, snapshot: workbookSnapshot(workbook) };
}

function isSheetPart(name: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/.test(name);
}
