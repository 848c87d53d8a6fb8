/**
 * A mixed-integer linear programming solver, as the engine uses it: a model in CPLEX LP
 * text in, the status and the variables' values out. Synchronous once loaded. Hosts load
 * one (HiGHS compiled to WebAssembly, see {@link highsSolver}) and hand it to the check; the
 * engine itself loads nothing.
 */
export interface LpSolver {
  solve(model: string, options: { readonly timeLimitSeconds: number }): LpOutcome;
}

export interface LpOutcome {
  readonly status: 'optimal' | 'infeasible' | 'time-limit' | 'failed';
  /** Values by variable name (those the solver reports). */
  readonly values: ReadonlyMap<string, number>;
}

/** What the engine needs of a loaded `highs` module (the npm package's `solve`). */
export interface HighsLike {
  solve(
    model: string,
    options?: Record<string, unknown>,
  ): { readonly Status: string; readonly Columns: Readonly<Record<string, { readonly Primal?: number }>> };
}

/**
 * An {@link LpSolver} over a loaded HiGHS (`await require('highs')()`, or with `locateFile`
 * in a browser). Exact integer feasibility (tolerances tightened), no output, one thread.
 */
export function highsSolver(highs: HighsLike): LpSolver {
  return {
    solve(model, { timeLimitSeconds }) {
      let result: ReturnType<HighsLike['solve']>;
      try {
        result = highs.solve(model, {
          output_flag: false,
          log_to_console: false,
          time_limit: timeLimitSeconds,
          mip_rel_gap: 0,
          mip_abs_gap: 0,
          mip_feasibility_tolerance: 1e-9,
          primal_feasibility_tolerance: 1e-9,
          // the tables' totals make many equally good corrections; looking for symmetry costs more than it saves
          mip_detect_symmetry: false,
        });
      } catch {
        // HiGHS aborts (a WebAssembly trap) on what it cannot handle: no answer, not a crash
        return { status: 'failed', values: new Map() };
      }
      const values = new Map<string, number>();
      for (const [name, col] of Object.entries(result.Columns ?? {})) if (typeof col.Primal === 'number') values.set(name, col.Primal);
      const status = result.Status === 'Optimal' ? 'optimal' : result.Status === 'Infeasible' ? 'infeasible' : result.Status === 'Time limit reached' ? 'time-limit' : 'failed';
      return { status, values };
    },
  };
}
