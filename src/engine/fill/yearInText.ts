import { MAX_YEAR, MIN_YEAR } from '../vocabulary/parseYear';

/** Years in header or title text: `2024`, `на 2024 год`, `2024 г.`, `FY2024`, `FY 2024`; not inside longer numbers. */
const YEAR = /(?:^|[^\d.,])(?:fy ?)?((?:19|20|21)\d\d)(?![\d]|[.,]\d)/gi;

/** Every distinct year a text names, in order. Numbers (typed years in a header row) count as years when whole and in range. */
export function yearsInText(value: unknown): number[] {
  if (typeof value === 'number') return Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR ? [value] : [];
  if (typeof value !== 'string') return [];
  const out: number[] = [];
  for (const m of value.matchAll(YEAR)) {
    const year = Number(m[1]);
    if (year >= MIN_YEAR && year <= MAX_YEAR && !out.includes(year)) out.push(year);
  }
  return out;
}

/** The one year a text names; undefined for none or several (`2021–2026`). */
export function yearInText(value: unknown): number | undefined {
  const years = yearsInText(value);
  return years.length === 1 ? years[0] : undefined;
}
