import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The acceptance workbooks and their expected.json, copied into the repository (`npm run fixtures:sync`). */
export const FIXTURES = join(__dirname, '..', 'fixtures', 'acceptance');

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
  if (!existsSync(path)) throw new Error(`acceptance data not found at ${path}: run \`npm run fixtures:sync\` or restore test/fixtures/acceptance from git`);
  return JSON.parse(readFileSync(path, 'utf8')).workbooks;
}

/** The numeric workbook and its `-text` twin. */
export function twinsOf(name: string): string[] {
  return [name, name.replace(/\.xlsx$/, '-text.xlsx')];
}
