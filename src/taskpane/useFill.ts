import { useCallback, useEffect, useRef, useState } from 'react';
import { detectTables, listIndicatorTables, listTemplates, planFill, type ContentPlan, type FillOptions, type FillResult, type Lang, type SourceTableSummary, type TemplateSummary, type WorkbookSnapshot } from '../engine';
import type { ApplyOutcome } from './useContentPlans';
import { asHostProblem, type ContentRecord, type HostProblem, type WorkbookHost } from './WorkbookHost';

/** What the user chose: the report sheet, the source table ('' lets the engine take the only one), the year as typed, overwrite. */
export interface FillChoice {
  readonly template?: string;
  readonly source: string;
  readonly year: string;
  readonly overwrite: boolean;
}

export interface FillPreview {
  readonly choice: FillChoice;
  readonly result: FillResult;
}

export interface FillState {
  readonly busy: 'reading' | 'writing' | null;
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
}

/** The years a report's plan and fact columns name, else its title's. */
export function templateYears(t: TemplateSummary | undefined): number[] {
  if (!t) return [];
  const years = [...new Set(t.columns.filter((c) => c.role === 'plan' || c.role === 'fact').flatMap((c) => (c.year === null ? [] : [c.year])))].sort((a, b) => a - b);
  return years.length > 0 ? years : t.titleYear !== null ? [t.titleYear] : [];
}

/** The year field's default: the report's year when it names one. */
function defaultYear(t: TemplateSummary | undefined): string {
  const years = templateYears(t);
  return years.length === 1 ? String(years[0]) : '';
}

/** The year as typed: undefined when empty, null when it is not a year. */
export function parseYear(text: string): number | undefined | null {
  const t = text.trim();
  if (t === '') return undefined;
  const year = /^\d{4}$/.test(t) ? Number(t) : NaN;
  return year >= 1990 && year <= 2100 ? year : null;
}

function options(choice: FillChoice, lang: Lang): FillOptions {
  return { template: choice.template ?? '', source: choice.source || undefined, year: parseYear(choice.year) ?? undefined, overwrite: choice.overwrite, lang };
}

const sameEdits = (a: ContentPlan, b: ContentPlan) => JSON.stringify(a.edits) === JSON.stringify(b.edits);

/**
 * The fill panel's behaviour over a host: read the report forms and indicator tables, preview
 * the engine's fill (planFill) for the user's choice, and fill: the workbook is read and the
 * fill planned again first, and written (one content plan) only when it is what the preview
 * showed; otherwise the new preview is shown and nothing is written. After a fill the report's
 * first filled cell is selected.
 */
export function useFill(host: WorkbookHost, apply: (plan: ContentPlan) => Promise<ApplyOutcome>, lang: Lang, records: readonly ContentRecord[], revision = 0) {
  const [state, setState] = useState<FillState>({ busy: null, choice: { source: '', year: '', overwrite: false }, changed: false });
  const update = (patch: Partial<FillState>) => setState((s) => ({ ...s, ...patch }));
  const ref = useRef(state);
  ref.current = state;

  /** The lists from a snapshot, keeping the user's choice where it still names something. */
  const lists = (snapshot: WorkbookSnapshot, s: FillState) => {
    const detection = detectTables(snapshot);
    const templates = listTemplates(snapshot, detection);
    const sources = listIndicatorTables(snapshot, detection);
    const kept = templates.find((t) => t.sheet === s.choice.template);
    const choice: FillChoice = kept
      ? { ...s.choice, source: sources.some((x) => x.id === s.choice.source) ? s.choice.source : '' }
      : { template: templates[0]?.sheet, source: sources.some((x) => x.id === s.choice.source) ? s.choice.source : '', year: defaultYear(templates[0]), overwrite: s.choice.overwrite };
    return { detection, templates, sources, choice };
  };

  const read = useCallback(async () => {
    update({ busy: 'reading', problem: undefined, changed: false });
    try {
      const { snapshot } = await host.readSnapshot('workbook');
      setState((s) => {
        const { templates, sources, choice } = lists(snapshot, s);
        return { ...s, busy: null, templates, sources, choice, preview: choice.template === s.choice.template ? s.preview : undefined };
      });
    } catch (error) {
      update({ busy: null, problem: asHostProblem(error) });
    }
  }, [host]);

  /** A new choice: the preview no longer shows it. */
  const choose = useCallback((patch: Partial<FillChoice>) => {
    setState((s) => {
      const choice = { ...s.choice, ...patch };
      if (patch.template !== undefined && patch.template !== s.choice.template && patch.year === undefined) {
        return { ...s, choice: { ...choice, year: defaultYear(s.templates?.find((t) => t.sheet === patch.template)) }, preview: undefined, badYear: undefined, changed: false };
      }
      return { ...s, choice, preview: undefined, badYear: undefined, changed: false };
    });
  }, []);

  const preview = useCallback(async () => {
    const s = ref.current;
    if (parseYear(s.choice.year) === null) return update({ badYear: s.choice.year, preview: undefined });
    update({ busy: 'reading', problem: undefined, badYear: undefined, changed: false });
    try {
      const { snapshot } = await host.readSnapshot('workbook');
      const { detection, templates, sources, choice } = lists(snapshot, ref.current);
      if (!choice.template) return update({ busy: null, templates, sources, choice, preview: undefined });
      const result = planFill(snapshot, options(choice, lang), detection);
      update({ busy: null, templates, sources, choice, preview: { choice, result }, filled: undefined });
    } catch (error) {
      update({ busy: null, problem: asHostProblem(error) });
    }
  }, [host, lang]);

  const fill = useCallback(async () => {
    const shown = ref.current.preview;
    if (!shown || !shown.result.ok) return;
    update({ busy: 'reading', problem: undefined, changed: false });
    try {
      const { snapshot } = await host.readSnapshot('workbook');
      const result = planFill(snapshot, options(shown.choice, lang));
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
      update({ busy: null, problem: asHostProblem(error) });
    }
  }, [host, apply, lang]);

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
  return { state: { ...state, filled }, read, choose, preview, fill };
}
