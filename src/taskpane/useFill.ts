import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContentPlan, FillResult, Lang, SourceTableSummary, TemplateSummary } from '../engine';
import { inlineRunner, type EngineRunner } from './engineRunner';
import { defaultYear, fillOptions, keptChoice, parseYear, type FillChoice } from './fillChoice';
import type { ApplyOutcome } from './useContentPlans';
import { useLatestWork } from './useLatestWork';
import type { ContentRecord, HostProblem, WorkbookHost } from './WorkbookHost';

export { parseYear, templateYears } from './fillChoice';
export type { FillChoice } from './fillChoice';

export interface FillPreview {
  readonly choice: FillChoice;
  readonly result: FillResult;
}

export interface FillState {
  /** Reading the workbook, working out the fill (in the engine's worker: it can be stopped), or writing. */
  readonly busy: 'reading' | 'planning' | 'writing' | null;
  /** Undefined until the workbook is read. */
  readonly templates?: readonly TemplateSummary[];
  readonly sources?: readonly SourceTableSummary[];
  readonly choice: FillChoice;
  readonly preview?: FillPreview;
  /** The last fill: its record (undone from the list of changes) and the preview it carried out. */
  readonly filled?: { readonly recordId: string; readonly written: number; readonly preview: FillPreview };
  readonly problem?: HostProblem;
  /** The year field holds something that is not a year (its text). */
  readonly badYear?: string;
  /** The sheet changed between the preview and Fill: the preview was made again, nothing written. */
  readonly changed: boolean;
  /** The user stopped the last preview or fill: nothing was written. */
  readonly cancelled?: boolean;
}

const sameEdits = (a: ContentPlan, b: ContentPlan) => JSON.stringify(a.edits) === JSON.stringify(b.edits);

/**
 * The fill panel's behaviour over a host: read the report forms and indicator tables, preview
 * the engine's fill (planFill) for the user's choice, and fill: the workbook is read and the
 * fill planned again first, and written (one content plan) only when it is what the preview
 * showed; otherwise the new preview is shown and nothing is written. After a fill the report's
 * first filled cell is selected. The engine's work runs through `engine` (a Web Worker in the
 * browser); `cancel` stops it, and nothing is written.
 */
export function useFill(host: WorkbookHost, apply: (plan: ContentPlan) => Promise<ApplyOutcome>, lang: Lang, records: readonly ContentRecord[], revision = 0, engine: EngineRunner = inlineRunner) {
  const [state, setState] = useState<FillState>({ busy: null, choice: { source: '', year: '', overwrite: false }, changed: false });
  const update = (patch: Partial<FillState>) => setState((s) => ({ ...s, ...patch }));
  const ref = useRef(state);
  ref.current = state;

  const { running, begin, failed } = useLatestWork(update);

  const read = useCallback(async () => {
    const signal = begin();
    update({ busy: 'reading', problem: undefined, changed: false, cancelled: false });
    try {
      const { snapshot } = await host.readSnapshot('workbook');
      update({ busy: 'planning' });
      const lists = await engine.run('fill-lists', { snapshot }, signal);
      setState((s) => {
        const choice = keptChoice(s.choice, lists);
        return { ...s, busy: null, ...lists, choice, preview: choice.template === s.choice.template ? s.preview : undefined };
      });
    } catch (error) {
      failed(error, signal);
    }
  }, [host, engine]);

  /** A new choice: the preview no longer shows it. */
  const choose = useCallback((patch: Partial<FillChoice>) => {
    setState((s) => {
      const choice = { ...s.choice, ...patch };
      if (patch.template !== undefined && patch.template !== s.choice.template && patch.year === undefined) {
        return { ...s, choice: { ...choice, year: defaultYear(s.templates?.find((t) => t.sheet === patch.template)) }, preview: undefined, badYear: undefined, changed: false };
      }
      return { ...s, choice, preview: undefined, badYear: undefined, changed: false, cancelled: false };
    });
  }, []);

  const preview = useCallback(async () => {
    const s = ref.current;
    if (parseYear(s.choice.year) === null) return update({ badYear: s.choice.year, preview: undefined });
    const signal = begin();
    update({ busy: 'reading', problem: undefined, badYear: undefined, changed: false, cancelled: false });
    try {
      const { snapshot } = await host.readSnapshot('workbook');
      update({ busy: 'planning' });
      const { templates, sources, choice, result } = await engine.run('fill-preview', { snapshot, choice: ref.current.choice, lang }, signal);
      if (!result) return update({ busy: null, templates, sources, choice, preview: undefined });
      update({ busy: null, templates, sources, choice, preview: { choice, result }, filled: undefined });
    } catch (error) {
      failed(error, signal);
    }
  }, [host, lang, engine]);

  const fill = useCallback(async () => {
    const shown = ref.current.preview;
    if (!shown || !shown.result.ok) return;
    const signal = begin();
    update({ busy: 'reading', problem: undefined, changed: false, cancelled: false });
    try {
      const { snapshot } = await host.readSnapshot('workbook');
      update({ busy: 'planning' });
      const result = await engine.run('fill-plan', { snapshot, options: fillOptions(shown.choice, lang) }, signal);
      if (!result.ok || !sameEdits(result.plan, shown.result.plan)) return update({ busy: null, preview: { choice: shown.choice, result }, changed: true });
      if (result.plan.edits.length === 0) return update({ busy: null });
      update({ busy: 'writing' });
      const outcome = await apply(result.plan);
      if (outcome.problem) return update({ busy: null, problem: outcome.problem });
      update({ busy: null, filled: { recordId: outcome.record.id, written: result.written, preview: shown } });
      // the report is shown with its first filled cell selected (a failure here changes nothing written)
      const first = result.plan.edits[0];
      await host.selectCell(first.sheet, first.cells[0].cell).catch(() => undefined);
    } catch (error) {
      failed(error, signal);
    }
  }, [host, apply, lang, engine]);

  /** Stops the engine's work under way (a preview, or the plan made again before a fill): nothing is written. */
  const cancel = useCallback(() => running.current?.abort(), []);

  // the pane changed the workbook (a fill, a rollup, an undo, a highlight): a preview shown is made
  // again from the workbook as it is now, unless it is the fill just carried out and still there
  const recordsRef = useRef(records);
  recordsRef.current = records;
  const seen = useRef(revision);
  useEffect(() => {
    if (seen.current === revision) return;
    seen.current = revision;
    const s = ref.current;
    if (s.busy !== null) return; // its own fill, still being written
    const live = s.filled && recordsRef.current.some((r) => r.id === s.filled!.recordId);
    if (live && s.filled!.preview === s.preview) return;
    if (s.preview) void preview();
    else if (s.templates) void read();
  }, [revision, preview, read]);

  // a fill is reported while it is in the workbook (an undo takes it away)
  const filled = state.filled && records.some((r) => r.id === state.filled!.recordId) ? state.filled : undefined;
  return { state: { ...state, filled }, read, choose, preview, fill, cancel };
}
