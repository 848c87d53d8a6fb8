import type { ContentPlan, HighlightPlan } from '../engine';
import type { CheckScope, ContentRecord, SnapshotOptions, ReadResult, WorkbookHost } from '../taskpane/WorkbookHost';
import { applyContentPlan, revertContentPlan } from './content';
import { officeSettingsStore, type DocumentStore } from './documentSettings';
import { applyHighlights, clearHighlights, type HighlightRecord } from './highlights';
import { toOfficeProblem } from './officeErrors';
import { readWorkbookSnapshot } from './readWorkbookSnapshot';
import { selectCell } from './selectCell';

export const HIGHLIGHT_KEY = 'budget-check.highlight';
export const CONTENT_KEY = 'budget-check.content';

export interface OfficeHostOptions {
  /** Runs a batch against the workbook (Excel.run; a mock context in tests). */
  readonly run?: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  readonly store?: DocumentStore;
  readonly isSetSupported?: (name: string, version: string) => boolean;
  readonly displayLanguage?: string;
  /** Waits before the one retry of a batch refused in cell-edit mode (ms; default 1500). */
  readonly editModeRetryMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The task pane's workbook in Excel. Every call is one Excel.run; a call refused because the
 * user is editing a cell is tried once more after a moment, then reported (leave the cell).
 * Records of highlights and content plans live in the document's settings.
 */
export function createOfficeHost(options: OfficeHostOptions = {}): WorkbookHost {
  const excelRun = options.run ?? (<T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(batch));
  const store = options.store ?? officeSettingsStore();
  const isSetSupported = options.isSetSupported ?? ((name: string, version: string) => Office.context.requirements.isSetSupported(name, version));
  const retryMs = options.editModeRetryMs ?? 1500;

  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return await excelRun(batch);
    } catch (error) {
      const problem = toOfficeProblem(error);
      if (problem.code !== 'cell-edit-mode') throw problem;
      await sleep(retryMs);
      try {
        return await excelRun(batch);
      } catch (again) {
        throw toOfficeProblem(again);
      }
    }
  };

  const records = () => store.get<ContentRecord[]>(CONTENT_KEY) ?? [];

  return {
    displayLanguage: options.displayLanguage ?? Office.context.displayLanguage,
    async readSnapshot(scope: CheckScope, read: SnapshotOptions = {}): Promise<ReadResult> {
      if (scope === 'active-sheet' && read.wholeWorkbook) {
        return run(async (context) => {
          const active = context.workbook.worksheets.getActiveWorksheet();
          active.load('name');
          await context.sync();
          const snapshot = await readWorkbookSnapshot(context, { isSetSupported });
          return { snapshot, sheets: [active.name] };
        });
      }
      const snapshot = await run((context) => readWorkbookSnapshot(context, { isSetSupported, activeSheetOnly: scope === 'active-sheet' }));
      return scope === 'active-sheet' ? { snapshot, sheets: snapshot.sheets.map((s) => s.name) } : { snapshot };
    },
    selectCell: (sheet, cell) => run((context) => selectCell(context, sheet, cell)),
    async applyHighlights(plan: HighlightPlan): Promise<void> {
      // a highlight already there is taken off first, so that the new record holds the cells' own state
      const previous = store.get<HighlightRecord>(HIGHLIGHT_KEY);
      if (previous) {
        await run((context) => clearHighlights(context, previous));
        await store.remove(HIGHLIGHT_KEY);
      }
      const record = await run((context) => applyHighlights(context, plan, { commentsSupported: isSetSupported('ExcelApi', '1.10') }));
      await store.set(HIGHLIGHT_KEY, record);
    },
    async clearHighlights(): Promise<void> {
      const record = store.get<HighlightRecord>(HIGHLIGHT_KEY);
      if (!record) return;
      await run((context) => clearHighlights(context, record));
      await store.remove(HIGHLIGHT_KEY);
    },
    hasHighlights: async () => store.get<HighlightRecord>(HIGHLIGHT_KEY) !== undefined,
    async applyContent(plan: ContentPlan): Promise<ContentRecord> {
      const id = `c${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
      const record = await run((context) => applyContentPlan(context, plan, id));
      await store.set(CONTENT_KEY, [...records(), record]);
      return record;
    },
    async revertContent(record: ContentRecord): Promise<void> {
      await run((context) => revertContentPlan(context, record));
      await store.set(CONTENT_KEY, records().filter((r) => r.id !== record.id));
    },
    contentRecords: async () => records(),
  };
}
