import type { LpSolver } from '../engine';

let solver: LpSolver | undefined;

/**
 * The integer-programming solver the worker's checks use for corrections of many cells, once a
 * host has loaded one (see `setEngineSolver`); until then corrections use the search alone.
 */
export function engineSolver(): LpSolver | undefined {
  return solver;
}

export function setEngineSolver(loaded: LpSolver | undefined): void {
  solver = loaded;
}
