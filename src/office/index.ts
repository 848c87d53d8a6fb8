export { readWorkbookSnapshot, parseAreas, CHUNK_CELLS, type ReadOptions } from './readWorkbookSnapshot';
export { OfficeProblem, toOfficeProblem, isPayloadTooLarge, type OfficeProblemCode } from './officeErrors';
export { applyHighlights, clearHighlights, type HighlightRecord, type TouchedCell, type FillState, type HighlightOptions } from './highlights';
export { selectCell } from './selectCell';
export { applyContentPlan, revertContentPlan, charsToPoints } from './content';
export { officeSettingsStore, type DocumentStore } from './documentSettings';
export { createOfficeHost, HIGHLIGHT_KEY, CONTENT_KEY, type OfficeHostOptions } from './OfficeHost';
