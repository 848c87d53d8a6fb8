/** What a number format code tells about how a number is shown. */
export interface NumberFormatInfo {
  /** Decimals shown, or undefined when the format shows the number as it is (General, scientific). */
  readonly decimals: number | undefined;
  readonly percent: boolean;
  readonly date: boolean;
}

const GENERAL: NumberFormatInfo = { decimals: undefined, percent: false, date: false };
const cache = new Map<string, NumberFormatInfo>();

/**
 * Reads an Excel number format code: how many decimals it shows, and whether it is a
 * percentage or a date. Only the first (positive) section counts; quoted text, escapes
 * and bracketed codes (`[Red]`, `[$-419]`) are ignored.
 */
export function numberFormatInfo(code: string | undefined): NumberFormatInfo {
  if (!code || code === 'General' || code === '@') return GENERAL;
  const hit = cache.get(code);
  if (hit) return hit;
  const info = parseFormat(code);
  if (cache.size < 10_000) cache.set(code, info);
  return info;
}

function parseFormat(code: string): NumberFormatInfo {
  const section = firstSection(code);
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '');
  if (/^general$/i.test(bare.trim())) return GENERAL;
  const date = /[dmyhs]/i.test(bare) && !/[0#?]/.test(bare.replace(/[dmyhs]/gi, ''));
  if (date) return { decimals: undefined, percent: false, date: true };
  if (/E[+-]/i.test(bare)) return GENERAL;
  const percent = bare.includes('%');
  const dot = bare.indexOf('.');
  let decimals = 0;
  if (dot >= 0) {
    for (let i = dot + 1; i < bare.length && /[0#?]/.test(bare[i]); i++) decimals++;
  }
  if (!/[0#?]/.test(bare)) return GENERAL;
  return { decimals, percent, date: false };
}

function firstSection(code: string): string {
  let inQuote = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') inQuote = !inQuote;
    else if (ch === '\\') i++;
    else if (ch === ';' && !inQuote) return code.slice(0, i);
  }
  return code;
}
