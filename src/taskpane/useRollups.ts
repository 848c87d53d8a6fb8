import { useCallback, useEffect, useRef, useState } from 'react';
import { detectTables, localizeFinding, planRollups, ROLLUP_KINDS, type ContentPlan, type Detection, type Lang, type RollupKind, type RollupPlan, type RollupSheet, type WorkbookSnapshot } from '../engine';
import type { RollupChoice, RollupTable } from '../worker/engineProtocol';
import { inlineRunner, type EngineRunner } from './engineRunner';
import type { ApplyOutcome } from './useContentPlans';
import { useLatestWork } from './useLatestWork';
import type { ContentRecord, HostProblem, WorkbookHost } from './WorkbookHost';

export { rollupTables } from './rollupTables';
export type { RollupChoice, RollupTable } from '../worker/engineProtocol';

/** The rollups the pane last created: their sheets and the record that undoes them. */
export interface RollupsMade {
  readonly recordId: string;
  readonly sheets: readonly RollupSheet[];
  /** What the check says of the tables' columns (a table's years skip some), in its words; also the sheets' first note. */
  readonly notes?: readonly string[];
}

export interface RollupState {
  /** Reading the workbook, working out the rollups (in the engine's worker: it can be stopped), or writing. */
  readonly busy: 'reading' | 'planning' | 'writing' | null;
  /** Undefined until the workbook is read. */
  readonly tables?: readonly RollupTable[];
  readonly chosen: RollupChoice;
  readonly made?: RollupsMade;
  readonly problem?: HostProblem;
  /** The workbook changed between reading its tables and creating: the tables were read again. */
  readonly changed: boolean;
  /** The user stopped the last piece of work: nothing was written. */
  readonly cancelled?: boolean;
}

/** The engine's rollups of the tables ticked, only the kinds ticked for each. */
export function chosenRollups(snapshot: WorkbookSnapshot, chosen: RollupChoice, lang: Lang, detection: Detection = detectTables(snapshot)): RollupPlan {
  return planRollups(snapshot, { chosen, lang }, detection);
}

const sameTable = (a: RollupTable, b: RollupTable) => a.id === b.id && a.sheet === b.sheet && a.range === b.range;

/**
 * The rollup panel's behaviour over a host: read the workbook's funding tables, tick rollups,
 * create them as one content plan (one batch of writes; the host activates the first new
 * sheet). The tables are read again before creating: when they are no longer where they were,
 * nothing is written and the panel shows them anew. The engine's work runs through `engine` (a
 * Web Worker in the browser); `cancel` stops it, and nothing is written.
 */
export function useRollups(host: WorkbookHost, apply: (plan: ContentPlan) => Promise<ApplyOutcome>, lang: Lang, records: readonly ContentRecord[], revision = 0, engine: EngineRunner = inlineRunner) {
  const [state, setState] = useState<RollupState>({ busy: null, chosen: {}, changed: false });
  const update = (patch: Partial<RollupState>) => setState((s) => ({ ...s, ...patch }));
  const ref = useRef(state);
  ref.current = state;

  const { running, begin, failed } = useLatestWork(update);

  const read = useCallback(async () => {
    const signal = begin();
    update({ busy: 'reading', problem: undefined, changed: false, cancelled: false });
    try {
      const { snapshot } = await host.readSnapshot('workbook');
      update({ busy: 'planning' });
      const tables = await engine.run('rollup-tables', { snapshot }, signal);
      setState((s) => ({ ...s, busy: null, tables, chosen: keepChoice(s.chosen, s.tables, tables) }));
    } catch (error) {
      failed(error, signal);
    }
  }, [host, engine]);

  const toggle = useCallback((tableId: string, kind: RollupKind, on: boolean) => {
    setState((s) => {
      const was = s.chosen[tableId] ?? [];
      const now = on ? ROLLUP_KINDS.filter((k) => k === kind || was.includes(k)) : was.filter((k) => k !== kind);
      return { ...s, chosen: { ...s.chosen, [tableId]: now }, changed: false, cancelled: false };
    });
  }, []);

  const create = useCallback(async () => {
    const { tables: before, chosen } = ref.current;
    if (!before) return;
    const signal = begin();
    update({ busy: 'reading', problem: undefined, changed: false, cancelled: false });
    try {
      const { snapshot } = await host.readSnapshot('workbook');
      update({ busy: 'planning' });
      // the tables and the rollups in one go: planned for the tables as they are now, written only when they are where they were
      const { tables, result } = await engine.run('rollup-plan', { snapshot, chosen, lang }, signal);
      const ticked = before.filter((t) => (chosen[t.id] ?? []).length > 0);
      if (!ticked.every((t) => tables.some((n) => sameTable(t, n)))) {
        update({ busy: null, tables, chosen: {}, changed: true });
        return;
      }
      if (!result.plan) {
        update({ busy: null, tables });
        return;
      }
      update({ busy: 'writing' });
      const outcome = await apply(result.plan);
      if (outcome.problem) update({ busy: null, tables, problem: outcome.problem });
      else update({ busy: null, tables, chosen: {}, made: { recordId: outcome.record.id, sheets: result.sheets, notes: result.findings.map((f) => localizeFinding(f, lang)) } });
    } catch (error) {
      failed(error, signal);
    }
  }, [host, apply, lang, engine]);

  /** Stops the engine's work under way (reading the tables, planning the rollups): nothing is written. */
  const cancel = useCallback(() => running.current?.abort(), []);

  // the pane changed the workbook: the tables shown are read again (a rollup's sheets, an undo)
  const seen = useRef(revision);
  useEffect(() => {
    if (seen.current === revision) return;
    seen.current = revision;
    if (ref.current.tables && ref.current.busy === null) void read();
  }, [revision, read]);

  // what was created is shown while it is in the workbook (an undo takes it away)
  const made = state.made && records.some((r) => r.id === state.made!.recordId) ? state.made : undefined;
  return { state: { ...state, made }, read, toggle, create, cancel };
}

/** The ticks that still mean the same table after a new read. */
function keepChoice(chosen: RollupChoice, before: readonly RollupTable[] | undefined, after: readonly RollupTable[]): RollupChoice {
  const kept: Record<string, readonly RollupKind[]> = {};
  for (const [id, kinds] of Object.entries(chosen)) {
    const was = before?.find((t) => t.id === id);
    const now = after.find((t) => t.id === id);
    if (was && now && sameTable(was, now)) kept[id] = kinds.filter((k) => now.kinds.some((x) => x.kind === k && !x.reason));
  }
  return kept;
}
