import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shared acceptance workbooks: `../shared/fixtures` beside the repo. */
export const FIXTURES = join(__dirname, '..', '..', '..', 'shared', 'fixtures');

export interface ExpectedWorkbook {
  fundingTables: { sheet: string; range: string; years: number[] }[];
  indicatorTables: { sheet: string; range: string; years: number[] }[];
  mustFlag: { why: string; severity: 'info' | 'warning' | 'error'; sheet: string; anyOf: string[]; stretch?: boolean }[];
  mayFlag: Record<string, string[]>;
  mustNotError?: { sheet: string; cells: string[] };
  rollups?: Record<string, unknown>;
}

export function expectedWorkbooks(): Record<string, ExpectedWorkbook> {
  const path = join(FIXTURES, 'expected.json');
  if (!existsSync(path)) throw new Error(`acceptance data not found at ${path}: the shared fixtures must sit beside the repo`);
  return JSON.parse(readFileSync(path, 'utf8')).workbooks;
}

/** The numeric workbook and its `-text` twin. */
export function twinsOf(name: string): string[] {
  return [name, name.replace(/\.xlsx$/, '-text.xlsx')];
}
