export { planRollups, rollupApplies, ROLLUP_KINDS, type RollupOptions, type RollupPlan, type RollupSheet, type SkippedRollup } from './planRollups';
export { ROLLUP_LABELS, type RollupKind, type RollupLabels } from './labels';
export { tableLeaves, type TableLeaves, type LeafCell, type RollupSource } from './tableLeaves';
export { textFigureFormula, sumFormula } from './figureTerm';
