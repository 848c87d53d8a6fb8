import { useCallback, useEffect, useRef, useState } from 'react';
import { correctionPlan, correctionPreviewPlan, highlightPlan, langFromTag, type CheckProgress, type ContentPlan, type Finding, type HighlightPlan, type Lang, type TableCorrection } from '../engine';
import type { ApplyOutcome } from './useContentPlans';
import type { PlainCheckResult } from '../worker/engineProtocol';
import { CheckCancelled, inlineRunner, type EngineRunner } from './engineRunner';
import type { Busy } from './components/CheckPanel';
import { PANE_STRINGS } from './paneStrings';
import { tableNumbers, withWorkbookNumbers } from './tableNumbers';
import { asHostProblem, type CheckScope, type HostProblem, type WorkbookHost } from './WorkbookHost';

export interface PaneState {
  readonly lang: Lang;
  readonly busy: Busy;
  /** How far the check under way is (the engine tells). */
  readonly progress?: CheckProgress;
  readonly result?: PlainCheckResult;
  readonly problem?: HostProblem;
  readonly notice?: string;
  readonly highlighted: boolean;
  readonly selected?: Finding;
  /** The workbook's figures were changed by the pane (a fill, a rollup, an undo) since this check. */
  readonly stale?: boolean;
  /** Counts the highlights made and cleared (the other panels look again). */
  readonly marks: number;
}

/**
 * The pane's behaviour over a host: check (read, then the engine), select a finding's cell,
 * highlight and clear. Every problem becomes state for a MessageBar.
 */
export function usePane(host: WorkbookHost, revision = 0, engine: EngineRunner = inlineRunner, apply?: (plan: ContentPlan) => Promise<ApplyOutcome>) {
  const [state, setState] = useState<PaneState>({ lang: langFromTag(host.displayLanguage), busy: null, highlighted: false, marks: 0 });
  const update = (patch: Partial<PaneState>) => setState((s) => ({ ...s, ...patch }));
  const langRef = useRef(state.lang);
  langRef.current = state.lang;
  const resultRef = useRef<PlainCheckResult | undefined>(undefined);
  resultRef.current = state.result;
  const numbersRef = useRef<Map<string, string> | undefined>(undefined);

  // a change the pane made to the figures: the findings shown may no longer be the workbook's
  const seen = useRef(revision);
  useEffect(() => {
    if (seen.current === revision) return;
    seen.current = revision;
    setState((s) => (s.result ? { ...s, stale: true } : s));
  }, [revision]);

  useEffect(() => {
    let live = true;
    host.hasHighlights().then(
      (highlighted) => live && update({ highlighted }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);

  const running = useRef<AbortController | undefined>(undefined);

  const check = useCallback(
    async (scope: CheckScope) => {
      running.current?.abort();
      const stop = new AbortController();
      running.current = stop;
      update({ busy: 'reading', progress: undefined, problem: undefined, notice: undefined, selected: undefined });
      try {
        // a sheet checked before the workbook: the whole workbook is read for its table numbers
        const number = scope === 'active-sheet' && numbersRef.current === undefined;
        const read = await host.readSnapshot(scope, number ? { wholeWorkbook: true } : undefined);
        if (stop.signal.aborted) throw new CheckCancelled();
        update({ busy: 'checking' });
        const checked = await engine.run('check', { snapshot: read.snapshot, ...(read.sheets ? { sheets: read.sheets } : {}), number }, stop.signal, (progress) => {
          if (running.current === stop) update({ progress });
        });
        if (checked.numbers) numbersRef.current = new Map(checked.numbers);
        const plain = { tables: checked.tables, findings: checked.findings, corrections: checked.corrections ?? [] };
        // a sheet's tables keep the numbers the workbook gives them (T3 stays T3)
        const result = scope === 'workbook' ? plain : withWorkbookNumbers(plain, numbersRef.current);
        if (scope === 'workbook') numbersRef.current = tableNumbers(result);
        update({ busy: null, progress: undefined, result, stale: false });
      } catch (error) {
        if (error instanceof CheckCancelled) update({ busy: null, progress: undefined, notice: PANE_STRINGS[langRef.current].cancelled });
        else update({ busy: null, progress: undefined, problem: asHostProblem(error) });
      } finally {
        if (running.current === stop) running.current = undefined;
      }
    },
    [host, engine],
  );

  /** Stops a check under way: the engine's worker is ended, the findings shown stay as they were. */
  const cancel = useCallback(() => running.current?.abort(), []);

  const select = useCallback(
    async (finding: Finding) => {
      update({ selected: finding, problem: undefined, notice: undefined });
      try {
        await host.selectCell(finding.sheet, finding.cell);
      } catch (error) {
        update({ problem: asHostProblem(error) });
      }
    },
    [host],
  );

  const mark = useCallback(
    async (plan: HighlightPlan, notice: string) => {
      update({ busy: 'writing', problem: undefined, notice: undefined });
      try {
        await host.applyHighlights(plan);
        setState((s) => ({ ...s, busy: null, highlighted: true, marks: s.marks + 1, notice }));
      } catch (error) {
        const highlighted = await host.hasHighlights().catch(() => false);
        setState((s) => ({ ...s, busy: null, problem: asHostProblem(error), highlighted, marks: s.marks + 1 }));
      }
    },
    [host],
  );

  /** Marks the cells a table's correction would change (their new figures in the notes), and goes to the first. */
  const previewCorrection = useCallback(
    async (c: Extract<TableCorrection, { status: 'found' }>) => {
      await mark(correctionPreviewPlan(c.sheet, c.tableId, c.correction, langRef.current), PANE_STRINGS[langRef.current].correctionPreviewed(c.correction.cells.length));
      if (c.correction.cells[0]) await host.selectCell(c.sheet, c.correction.cells[0].cell).catch(() => undefined);
    },
    [host, mark],
  );

  /** Writes a table's correction as one content change (listed with its undo); the check shown is then stale. */
  const applyCorrection = useCallback(
    async (c: Extract<TableCorrection, { status: 'found' }>) => {
      if (!apply) return;
      update({ busy: 'writing', problem: undefined, notice: undefined });
      const outcome = await apply(correctionPlan(c.sheet, c.tableId, c.correction, langRef.current));
      if (outcome.problem) update({ busy: null, problem: outcome.problem });
      else update({ busy: null, notice: PANE_STRINGS[langRef.current].correctionApplied(c.tableId) });
    },
    [apply],
  );

  const highlight = useCallback(async () => {
    const result = resultRef.current;
    if (!result) return;
    const plan = highlightPlan(result.findings, langRef.current);
    update({ busy: 'writing', problem: undefined, notice: undefined });
    try {
      await host.applyHighlights(plan);
      setState((s) => ({ ...s, busy: null, highlighted: true, marks: s.marks + 1, notice: PANE_STRINGS[langRef.current].highlighted(plan.marks.length) }));
    } catch (error) {
      const highlighted = await host.hasHighlights().catch(() => false);
      setState((s) => ({ ...s, busy: null, problem: asHostProblem(error), highlighted, marks: s.marks + 1 }));
    }
  }, [host]);

  const clear = useCallback(async () => {
    update({ busy: 'writing', problem: undefined, notice: undefined });
    try {
      await host.clearHighlights();
      setState((s) => ({ ...s, busy: null, highlighted: false, marks: s.marks + 1, notice: PANE_STRINGS[langRef.current].cleared }));
    } catch (error) {
      update({ busy: null, problem: asHostProblem(error) });
    }
  }, [host]);

  const setLang = useCallback((lang: Lang) => update({ lang, notice: undefined }), []);

  return { state, check, cancel, select, highlight, clear, setLang, previewCorrection, applyCorrection };
}
