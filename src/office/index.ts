export { readWorkbookSnapshot, parseAreas, CHUNK_CELLS, type ReadOptions } from './readWorkbookSnapshot';
export { OfficeProblem, toOfficeProblem, isPayloadTooLarge, type OfficeProblemCode } from './officeErrors';
export { applyHighlights, clearHighlights, type HighlightRecord, type TouchedCell, type FillState, type HighlightOptions } from './highlights';
export { selectCell } from './selectCell';
