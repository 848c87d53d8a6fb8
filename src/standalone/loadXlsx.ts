import type ExcelJS from 'exceljs';
import { countSheetParts } from './sheetParts';

/** How far the opening of a file is: unpacking it, reading its sheets one by one, then building the workbook. */
export type OpenProgress = { readonly stage: 'unzipping' } | { readonly stage: 'sheet'; readonly done: number; readonly total: number } | { readonly stage: 'building' };

/** Opening stopped by the user: the workbook shown stays. */
export class OpenCancelled extends Error {
  constructor() {
    super('Opening was cancelled.');
    this.name = 'OpenCancelled';
  }
}

/** At most this long between two chances for the page to paint its progress (ms). */
const PAINT_EVERY_MS = 100;

/**
 * Loads an .xlsx into an ExcelJS workbook, telling how far it is ("sheet 12 of 102") and letting
 * the page paint between sheets, so that opening a big workbook shows its progress and can be
 * stopped between sheets. ExcelJS reads the package's parts one by one; the loader counts the
 * sheets' parts first, then hears of each sheet as ExcelJS reads it (its `_processWorksheetEntry`,
 * wrapped on this workbook's reader only: ExcelJS is pinned to 4.4.0).
 */
export async function loadXlsx(workbook: ExcelJS.Workbook, data: ArrayBuffer | Uint8Array, onProgress?: (progress: OpenProgress) => void, signal?: AbortSignal): Promise<void> {
  let painted = Date.now();
  const pause = async (force = false) => {
    if (force || Date.now() - painted >= PAINT_EVERY_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      painted = Date.now();
    }
    if (signal?.aborted) throw new OpenCancelled();
  };
  onProgress?.({ stage: 'unzipping' });
  await pause(true);
  const total = countSheetParts(data);
  const reader = workbook.xlsx as unknown as { _processWorksheetEntry?: (...args: unknown[]) => Promise<void> };
  const read = reader._processWorksheetEntry;
  let done = 0;
  if (typeof read === 'function') {
    reader._processWorksheetEntry = async (...args: unknown[]) => {
      onProgress?.({ stage: 'sheet', done, total });
      await pause(done === 0);
      await read.apply(workbook.xlsx, args);
      done++;
      // the last sheet read: what is left (the styles, building the workbook) is one piece
      if (done === total) {
        onProgress?.({ stage: 'building' });
        await pause(true);
      }
    };
  }
  try {
    await workbook.xlsx.load(data as ArrayBuffer);
  } finally {
    delete reader._processWorksheetEntry;
  }
  if (signal?.aborted) throw new OpenCancelled();
}
