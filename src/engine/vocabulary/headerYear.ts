import { yearsInText } from '../fill/yearInText';

/**
 * Fiscal years written as a span name the year they end in: `FY 2013-14`, `FY2013/14`,
 * `2013-14` are fiscal 2014 (the convention of US city budgets, whose FY2014 runs July 2013
 * to June 2014). One rule for every header.
 */
const FISCAL_SPAN = /(?:^|[^\d])(?:fy ?)?((?:19|20)\d\d) ?[-–/] ?(\d\d)(?!\d)/i;
/** A span of calendar years (`2015 - 2025 годы`): no one year. */
const YEAR_SPAN = /((?:19|20)\d\d) ?[-–—] ?((?:19|20)\d\d)/;

/**
 * The one year a column header names, wherever it stands in the text: `2021`, `2021 год`,
 * `Уточненный план на 2021 год по состоянию на 01.07.2021` (a date's year is not counted),
 * `План 2023`, `FY2004 Actual`, `FY 2013-14 Proposed` (fiscal 2014). None for a header
 * naming a span of years or several years.
 */
export function headerYear(text: string): number | undefined {
  if (!text) return undefined;
  const fiscal = FISCAL_SPAN.exec(text);
  if (fiscal) {
    const start = Number(fiscal[1]);
    const end = Math.floor(start / 100) * 100 + Number(fiscal[2]);
    if (end === start + 1 || (end === start + 1 - 100 && fiscal[2] === '00')) return start + 1;
  }
  if (YEAR_SPAN.test(text)) return undefined;
  const years = yearsInText(text);
  return years.length === 1 ? years[0] : undefined;
}
