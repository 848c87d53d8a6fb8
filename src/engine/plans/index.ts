export type { CellMark, WritePlan } from './WritePlan';
export { highlightPlan, HIGHLIGHT_FILLS } from './highlightPlan';
