export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

const YEAR_TEXT = /^(?:fy ?|на |за )?((?:19|20|21)\d\d)(?: ?(?:год|года|году|г\.?|гг\.?|yr|year))?\.?$/i;

/**
 * The year a header or year-row cell names: `2021`, `2021 год`, `2021г.`, `2021 г.`,
 * `FY2024`, `FY 2024`. Numbers count only when they are whole years in range.
 */
export function parseYear(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR ? value : undefined;
  }
  if (typeof value !== 'string' || value.length > 20) return undefined;
  // year labels repeat down a sheet (`2021г.` in every block): read each text once
  const hit = TEXT_YEARS.get(value);
  if (hit !== undefined || TEXT_YEARS.has(value)) return hit;
  const m = YEAR_TEXT.exec(value.trim().replace(/\s+/g, ' '));
  const year = m ? Number(m[1]) : NaN;
  const result = year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
  if (TEXT_YEARS.size > 10_000) TEXT_YEARS.clear();
  TEXT_YEARS.set(value, result);
  return result;
}

const TEXT_YEARS = new Map<string, number | undefined>();

