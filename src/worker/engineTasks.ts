import { checkWorkbook, detectTables, type CheckProgress, listIndicatorTables, listTemplates, planFill, planRollups, type WorkbookSnapshot } from '../engine';
import { fillOptions, keptChoice } from '../taskpane/fillChoice';
import { engineSolver } from './engineSolver';
import { rollupTables } from '../taskpane/rollupTables';
import { placeOf } from '../taskpane/tableNumbers';
import { paneTable, type EngineTasks, type FillLists, type TaskInput, type TaskKind, type TaskOutput } from './engineProtocol';

const fillLists = (snapshot: WorkbookSnapshot, detection = detectTables(snapshot)): FillLists => ({
  templates: listTemplates(snapshot, detection),
  sources: listIndicatorTables(snapshot, detection),
});

/** Each task: plain data in, plain data out (in the worker, and in-line where there is none); a check tells how far it is. */
const TASKS: { readonly [K in TaskKind]: (input: TaskInput<K>, onProgress?: (progress: CheckProgress) => void) => TaskOutput<K> } = {
  check({ snapshot, sheets, number }, onProgress) {
    const { tables, findings, corrections } = checkWorkbook(snapshot, { ...(sheets ? { sheets } : {}), onProgress, solver: engineSolver() });
    const result = { tables: tables.map(paneTable), findings, corrections };
    // a sheet's tables numbered as in the workbook: the workbook's tables are found for their numbers
    if (!number) return result;
    return { ...result, numbers: detectTables(snapshot).tables.map((t) => [placeOf(t), t.id] as const) };
  },
  'fill-lists': ({ snapshot }) => fillLists(snapshot),
  'fill-preview'({ snapshot, choice, lang }) {
    const detection = detectTables(snapshot);
    const lists = fillLists(snapshot, detection);
    const kept = keptChoice(choice, lists);
    if (!kept.template) return { ...lists, choice: kept };
    return { ...lists, choice: kept, result: planFill(snapshot, fillOptions(kept, lang), detection) };
  },
  'fill-plan': ({ snapshot, options }) => planFill(snapshot, options),
  'rollup-tables': ({ snapshot }) => rollupTables(snapshot),
  'rollup-plan'({ snapshot, chosen, lang }) {
    const detection = detectTables(snapshot);
    return { tables: rollupTables(snapshot, detection), result: planRollups(snapshot, { chosen, lang }, detection) };
  },
};

/** Does one of the engine's tasks for the pane. */
export function runTask<K extends TaskKind>(kind: K, input: TaskInput<K>, onProgress?: (progress: CheckProgress) => void): TaskOutput<K> {
  return (TASKS[kind] as (input: EngineTasks[K]['in'], onProgress?: (progress: CheckProgress) => void) => TaskOutput<K>)(input, onProgress);
}
