import { highsSolver, type HighsLike, type LpSolver } from '../engine';

let loading: Promise<LpSolver | undefined> | undefined;

/**
 * HiGHS (the `highs` package: the solver compiled to WebAssembly, loaded from its own folder),
 * loaded once per process. Undefined when it cannot be loaded: corrections then use the search
 * alone, and a table that needs the solver says so.
 */
export function loadSolver(): Promise<LpSolver | undefined> {
  loading ??= import('highs')
    .then(async (m) => highsSolver((await m.default()) as unknown as HighsLike))
    .catch(() => undefined);
  return loading;
}
