import { detectTables, rangeToA1, ROLLUP_KINDS, rollupApplies, tableLeaves, type Detection, type WorkbookSnapshot } from '../engine';
import type { RollupTable } from '../worker/engineProtocol';

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
        years: [...t.years],
        kinds: ROLLUP_KINDS.map((kind) => {
          const reason = rollupApplies(t, kind, leaves);
          return reason ? { kind, reason } : { kind };
        }),
      };
    });
}
