/** Characters Excel does not allow in a sheet name. */
const FORBIDDEN = /[\\/?*[\]:]/g;
const MAX_LENGTH = 31;

/**
 * A sheet name that does not clash with `existing` (compared as Excel does, ignoring case):
 * `base`, else `base (2)`, `base (3)`, ...; forbidden characters become spaces and the name is
 * cut to Excel's 31 characters, keeping the ` (n)` suffix whole.
 */
export function uniqueSheetName(base: string, existing: Iterable<string>): string {
  const taken = new Set<string>();
  for (const name of existing) taken.add(name.toLocaleLowerCase());
  let clean = base.replace(FORBIDDEN, ' ').replace(/^'+|'+$/g, '').trim();
  if (clean === '') clean = 'Sheet';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = clean.slice(0, MAX_LENGTH - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}

/** A sheet name as a formula reference prefix: `'Приложение 2'!` (quotes doubled inside). */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}
