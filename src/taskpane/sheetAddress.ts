/**
 * A sheet's name as Excel writes it before a cell reference: bare when it is letters (any
 * alphabet), digits, `_` and `.`, not starting with a digit and not reading as a cell reference;
 * otherwise in single quotes, a quote inside doubled (`'Приложение 2'!A3:J151`, `Паспорт!A2:E6`).
 */
export function sheetPrefix(sheet: string): string {
  const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^[RrCc]\d*([RrCc]\d*)?$/.test(sheet);
  return bare ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/** `'Приложение 2'!A3:J151` */
export const sheetAddress = (sheet: string, address: string): string => `${sheetPrefix(sheet)}${address}`;
