/** A cell's fill as it was, to put back exactly (pattern and tint: ExcelApi 1.9). */
export interface FillState {
  readonly color: string | null;
  readonly pattern: string | null;
  readonly patternColor: string | null;
  readonly tintAndShade: number | null;
}

/** Queues the load of what the record of a range's fill holds. */
export function loadFill(range: Excel.Range): void {
  range.format.fill.load(['color', 'pattern', 'patternColor', 'tintAndShade']);
}

/** A loaded fill as plain data. */
export function fillStateOf(fill: Excel.RangeFill): FillState {
  return {
    color: fill.color ?? null,
    pattern: (fill.pattern as string | undefined) ?? null,
    patternColor: fill.patternColor ?? null,
    tintAndShade: fill.tintAndShade ?? null,
  };
}

/** Queues putting a fill back as recorded: no fill stays no fill, a pattern gets its colours back. */
export function restoreFill(range: Excel.Range, state: FillState): void {
  const fill = range.format.fill;
  fill.clear();
  if (state.pattern === null || state.pattern === 'None' || state.color === null) return;
  fill.pattern = state.pattern as Excel.FillPattern;
  fill.color = state.color;
  if (state.patternColor !== null) fill.patternColor = state.patternColor;
  if (state.tintAndShade !== null) fill.tintAndShade = state.tintAndShade;
}
