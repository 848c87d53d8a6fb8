/**
 * Bounded work on any input: the sizes past which a file is refused (exit 2, one report line,
 * the other files still checked) instead of being read until memory runs out. Defaults are far
 * above any real programme workbook (the bench's 240,649-cell workbook is 1.9 MB, 25 MB unzipped);
 * each can be set from the environment, in bytes or with K, M or G (`BUDGET_CHECK_MAX_UNZIPPED=64M`).
 */
export interface ReadLimits {
  /** Bytes read from FILE (the .xlsx itself); also what is read at most from a pipe or a device. */
  readonly fileBytes: number;
  /** Bytes the whole package expands to (the sum of its parts' sizes, as declared and as inflated). */
  readonly unzippedBytes: number;
  /** Bytes one part (a sheet's XML, the shared strings) expands to. */
  readonly partBytes: number;
  /** Cells in the whole workbook (`<c>` elements of its sheets). */
  readonly cells: number;
  /** Entries (parts and folders) of the zip archive. */
  readonly entries: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  fileBytes: 256 * 1024 * 1024,
  unzippedBytes: 1024 * 1024 * 1024,
  partBytes: 512 * 1024 * 1024,
  cells: 3_000_000,
  entries: 10_000,
};

/** The environment variable of each limit. */
export const LIMIT_VARIABLES: { readonly [K in keyof ReadLimits]: string } = {
  fileBytes: 'BUDGET_CHECK_MAX_FILE',
  unzippedBytes: 'BUDGET_CHECK_MAX_UNZIPPED',
  partBytes: 'BUDGET_CHECK_MAX_PART',
  cells: 'BUDGET_CHECK_MAX_CELLS',
  entries: 'BUDGET_CHECK_MAX_ENTRIES',
};

const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** `64M` → 67108864; undefined for anything that is not a positive size. */
function parseSize(text: string | undefined): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([KMG]?)i?B?\s*$/i.exec(text ?? '');
  if (!m) return undefined;
  const n = Math.floor(Number(m[1]) * UNITS[m[2].toUpperCase()]);
  return n > 0 ? n : undefined;
}

/** The limits, each from its environment variable when that holds a size, else the default. */
export function limitsFromEnv(env: Record<string, string | undefined>): ReadLimits {
  const out = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_VARIABLES) as (keyof ReadLimits)[]) out[key] = parseSize(env[LIMIT_VARIABLES[key]]) ?? out[key];
  return out;
}

/** A size for a message: `1 GB`, `512 MB`, `300 KB`, `12 bytes`. */
export function formatBytes(n: number): string {
  for (const [unit, size] of [['GB', 1024 ** 3], ['MB', 1024 ** 2], ['KB', 1024]] as const) {
    if (n >= size) return `${Number((n / size).toFixed(n % size === 0 ? 0 : 1))} ${unit}`;
  }
  return `${n} bytes`;
}
