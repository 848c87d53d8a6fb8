/** A cell's fill as it was, to put back exactly (pattern and tint: ExcelApi 1.9). */
export interface FillState {
  readonly color: string | null;
  readonly pattern: string | null;
  readonly patternColor: string | null;
  readonly tintAndShade: number | null;
}

/** What to load of a fill to record it. */
export const FILL_PROPS = ['color', 'pattern', 'patternColor', 'tintAndShade'];

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
export function restoreFill(fill: Excel.RangeFill, state: FillState): void {
  fill.clear();
  if (state.pattern === null || state.pattern === 'None' || state.color === null) return;
  fill.pattern = state.pattern as Excel.FillPattern;
  fill.color = state.color;
  if (state.patternColor !== null) fill.patternColor = state.patternColor;
  if (state.tintAndShade !== null) fill.tintAndShade = state.tintAndShade;
}
