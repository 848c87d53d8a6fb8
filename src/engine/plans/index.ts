export type { CellMark, HighlightPlan, CellContent, CellStyle, CellWrite, NewSheet, SheetEdit, ContentPlan, WritePlan } from './WritePlan';
export { highlightPlan, HIGHLIGHT_FILLS, RISK_FILL } from './highlightPlan';
export { uniqueSheetName, sheetRef } from './sheetNames';
export { correctionPlan, correctionPreviewPlan, CORRECTION_FILL } from './correctionPlan';
