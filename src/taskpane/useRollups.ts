import { useCallback, useEffect, useRef, useState } from 'react';
import { detectTables, planRollups, rangeToA1, ROLLUP_KINDS, rollupApplies, tableLeaves, type ContentPlan, type Detection, type Lang, type RollupKind, type RollupPlan, type RollupSheet, type SkippedRollup, type WorkbookSnapshot } from '../engine';
import type { ApplyOutcome } from './useContentPlans';
import { asHostProblem, type ContentRecord, type HostProblem, type WorkbookHost } from './WorkbookHost';

/** A funding table as the rollup panel offers it: where it is, and each rollup with why it does not apply, if it does not. */
export interface RollupTable {
  readonly id: string;
  readonly sheet: string;
  /** A1 range. */
  readonly range: string;
  readonly unit: string | null;
  readonly years: readonly number[];
  readonly kinds: readonly { readonly kind: RollupKind; readonly reason?: SkippedRollup['reason'] }[];
}

/** The rollups ticked, by table id. */
export type RollupChoice = Readonly<Record<string, readonly RollupKind[]>>;

/** The rollups the pane last created: their sheets and the record that undoes them. */
export interface RollupsMade {
  readonly recordId: string;
  readonly sheets: readonly RollupSheet[];
}

export interface RollupState {
  readonly busy: 'reading' | 'writing' | null;
  /** Undefined until the workbook is read. */
  readonly tables?: readonly RollupTable[];
  readonly chosen: RollupChoice;
  readonly made?: RollupsMade;
  readonly problem?: HostProblem;
  /** The workbook changed between reading its tables and creating: the tables were read again. */
  readonly changed: boolean;
}

/** The funding tables of a workbook, each with the rollups that apply to it (engine's rollupApplies). */
export function rollupTables(snapshot: WorkbookSnapshot, detection: Detection = detectTables(snapshot)): RollupTable[] {
  return detection.tables
    .filter((t) => t.kind === 'funding')
    .map((t) => {
      const leaves = tableLeaves(t);
      return {
        id: t.id,
        sheet: t.sheet,
        range: rangeToA1(t.range),
        unit: t.unit,
        years: t.years,
        kinds: ROLLUP_KINDS.map((kind) => {
          const reason = rollupApplies(t, kind, leaves);
          return reason ? { kind, reason } : { kind };
        }),
      };
    });
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
 * nothing is written and the panel shows them anew.
 */
export function useRollups(host: WorkbookHost, apply: (plan: ContentPlan) => Promise<ApplyOutcome>, lang: Lang, records: readonly ContentRecord[], revision = 0) {
  const [state, setState] = useState<RollupState>({ busy: null, chosen: {}, changed: false });
  const update = (patch: Partial<RollupState>) => setState((s) => ({ ...s, ...patch }));
  const ref = useRef(state);
  ref.current = state;

  const read = useCallback(async () => {
    update({ busy: 'reading', problem: undefined, changed: false });
    try {
      const { snapshot } = await host.readSnapshot('workbook');
      const tables = rollupTables(snapshot);
      setState((s) => ({ ...s, busy: null, tables, chosen: keepChoice(s.chosen, s.tables, tables) }));
    } catch (error) {
      update({ busy: null, problem: asHostProblem(error) });
    }
  }, [host]);

  const toggle = useCallback((tableId: string, kind: RollupKind, on: boolean) => {
    setState((s) => {
      const was = s.chosen[tableId] ?? [];
      const now = on ? ROLLUP_KINDS.filter((k) => k === kind || was.includes(k)) : was.filter((k) => k !== kind);
      return { ...s, chosen: { ...s.chosen, [tableId]: now }, changed: false };
    });
  }, []);

  const create = useCallback(async () => {
    const { tables: before, chosen } = ref.current;
    if (!before) return;
    update({ busy: 'reading', problem: undefined, changed: false });
    try {
      const { snapshot } = await host.readSnapshot('workbook');
      const detection = detectTables(snapshot);
      const tables = rollupTables(snapshot, detection);
      const ticked = before.filter((t) => (chosen[t.id] ?? []).length > 0);
      if (!ticked.every((t) => tables.some((n) => sameTable(t, n)))) {
        update({ busy: null, tables, chosen: {}, changed: true });
        return;
      }
      const result = chosenRollups(snapshot, chosen, lang, detection);
      if (!result.plan) {
        update({ busy: null, tables });
        return;
      }
      update({ busy: 'writing' });
      const outcome = await apply(result.plan);
      if (outcome.problem) update({ busy: null, tables, problem: outcome.problem });
      else update({ busy: null, tables, chosen: {}, made: { recordId: outcome.record.id, sheets: result.sheets } });
    } catch (error) {
      update({ busy: null, problem: asHostProblem(error) });
    }
  }, [host, apply, lang]);

  // the pane changed the workbook: the tables shown are read again (a rollup's sheets, an undo)
  const seen = useRef(revision);
  useEffect(() => {
    if (seen.current === revision) return;
    seen.current = revision;
    if (ref.current.tables && ref.current.busy === null) void read();
  }, [revision, read]);

  // what was created is shown while it is in the workbook (an undo takes it away)
  const made = state.made && records.some((r) => r.id === state.made!.recordId) ? state.made : undefined;
  return { state: { ...state, made }, read, toggle, create };
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
