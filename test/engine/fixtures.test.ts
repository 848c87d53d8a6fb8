import { join } from 'node:path';
import { checkWorkbook, rangeToA1, severityRank, type CheckResult } from '../../src/engine';
import { readSnapshot } from '../../src/cli/readSnapshot';
import { corrected } from '../support/corrected';
import { checkFile } from '../../src/cli/main';
import { expectedWorkbooks, FIXTURES, twinsOf } from '../support/fixtures';

/**
 * Acceptance: on every acceptance workbook (test/fixtures/acceptance), numeric and `-text` twin, the findings meet
 * expected.json — every mustFlag group found, no error outside mustFlag and mayFlag, no
 * error on the mustNotError cells, the funding and indicator tables reported with their years.
 */
const expected = expectedWorkbooks();
const cases = Object.entries(expected).flatMap(([name, exp]) => twinsOf(name).map((file) => [file, exp] as const));

describe.each(cases)('%s', (file, exp) => {
  let result: CheckResult;
  beforeAll(async () => {
    const report = await checkFile(join(FIXTURES, file));
    expect(report.error).toBeUndefined();
    result = report.result!;
  });

  it('reports the funding tables with their ranges and years', () => {
    for (const t of exp.fundingTables) {
      const found = result.tables.find((x) => x.sheet === t.sheet && x.kind === 'funding');
      expect(found).toBeDefined();
      expect(rangeToA1(found!.range)).toBe(t.range);
      expect(found!.years).toEqual(t.years);
    }
    expect(result.tables.filter((t) => t.kind === 'funding')).toHaveLength(exp.fundingTables.length);
  });

  it('reports the indicator tables as indicators, never checked as sums', () => {
    for (const t of exp.indicatorTables) {
      const found = result.tables.find((x) => x.sheet === t.sheet && x.kind === 'indicators');
      expect(found).toBeDefined();
      expect(rangeToA1(found!.range)).toBe(t.range);
      expect(found!.years).toEqual(t.years);
      expect(found!.relations).toHaveLength(0);
      expect(result.findings.filter((f) => f.tableId === found!.id && f.severity === 'error')).toEqual([]);
    }
    expect(result.tables.filter((t) => t.kind === 'indicators')).toHaveLength(exp.indicatorTables.length);
  });

  it.each(exp.mustFlag.map((m) => [m.why, m] as const))('flags: %s', (_why, m) => {
    const hits = result.findings.filter((f) => f.sheet === m.sheet && m.anyOf.includes(f.cell) && severityRank(f.severity) >= severityRank(m.severity));
    expect(hits.length).toBeGreaterThan(0);
  });

  it('raises no error outside mustFlag and mayFlag', () => {
    const allowed = new Set<string>();
    for (const m of exp.mustFlag) for (const c of m.anyOf) allowed.add(`${m.sheet}!${c}`);
    for (const [sheet, cells] of Object.entries(exp.mayFlag)) for (const c of cells) allowed.add(`${sheet}!${c}`);
    const falseAlarms = result.findings.filter((f) => f.severity === 'error' && !allowed.has(`${f.sheet}!${f.cell}`));
    expect(falseAlarms).toEqual([]);
  });

  it('raises no error on the mustNotError cells', () => {
    if (!exp.mustNotError) return;
    const { sheet, cells } = exp.mustNotError;
    expect(result.findings.filter((f) => f.sheet === sheet && cells.includes(f.cell) && f.severity === 'error')).toEqual([]);
  });
});

describe('kozhevnikovo: what the findings say', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = (await checkFile(join(FIXTURES, 'kozhevnikovo-programme.xlsx'))).result!;
  });

  it('gives expected, actual, difference and parts of the task 2 total', () => {
    const f = result.findings.find((x) => x.cell === 'D51' && x.code === 'sum-mismatch')!;
    expect(f).toMatchObject({ expected: '3655.463', actual: '3535.663', difference: '-119.8', parts: ['D52:D57'], severity: 'error', tableId: 'T3' });
  });

  it('tells the 4084,48 rounding from a real error', () => {
    const f = result.findings.find((x) => x.cell === 'D146')!;
    expect(f).toMatchObject({ code: 'rounding-difference', severity: 'info', expected: '4084.477', actual: '4084.48', difference: '0.003' });
  });

  it('gives the task 2 block one correction, after which the table checks clean, and every finding agrees with it', async () => {
    const found = result.corrections.filter((c) => c.status === 'found');
    expect(found.map((c) => c.tableId)).toEqual(['T3']);
    const c = found[0];
    if (c.status !== 'found') throw new Error('no correction');
    // the fewest cells: the block total and one year figure of an activity per failing year, in both columns
    expect(c.correction.cells).toHaveLength(6);
    expect(c.correction.cells.filter((x) => x.cell === 'D51' || x.cell === 'G51').map((x) => x.to)).toEqual(['3655.463', '3655.463']);
    expect(c.alternatives).toBe(15);
    // every failed relation of the table points to this correction, with the same new figures
    const errors = result.findings.filter((f) => f.severity === 'error' && f.tableId === 'T3');
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) {
      expect(f.params.correction).toMatchObject({ table: 'T3', size: 6 });
      expect(f.params.likelyCell).toBeUndefined();
      for (const h of f.params.correction!.here) expect(c.correction.cells).toContainEqual(expect.objectContaining(h));
    }
    // applied, it leaves no failed relation in the table
    const snapshot = await readSnapshot(join(FIXTURES, 'kozhevnikovo-programme.xlsx'));
    const again = checkWorkbook(corrected(snapshot, c.sheet, c.correction));
    expect(again.findings.filter((f) => f.tableId === 'T3' && f.severity === 'error')).toEqual([]);
    expect(again.corrections).toEqual([]);
    // and so does every equally small one listed
    for (const o of c.others) expect(checkWorkbook(corrected(snapshot, c.sheet, o)).findings.filter((f) => f.tableId === 'T3' && f.severity === 'error')).toEqual([]);
  });

  it('never adds 2600,,0 as zero: the totals that need it are unchecked', () => {
    expect(result.findings.find((x) => x.cell === 'G79')).toMatchObject({ code: 'unparsable-number', severity: 'warning' });
    const unchecked = result.findings.filter((x) => x.code === 'relation-unchecked');
    expect(unchecked.map((x) => x.cell).sort()).toEqual(['D79', 'G93']);
    expect(result.findings.some((x) => x.code === 'sum-mismatch' && x.parts.some((p) => p.includes('G79')))).toBe(false);
  });

  it('finds the passport consistent with the appendix', () => {
    expect(result.findings.filter((x) => x.code === 'table-mismatch')).toEqual([]);
    const passport = result.tables.find((t) => t.sheet === 'Паспорт')!;
    expect(passport.layout).toBe('source-by-year');
    expect(passport.unit).toBe('тыс. руб.');
  });
});

describe('stupino: funding in passport prose', () => {
  it.each(twinsOf('stupino-programme.xlsx'))('%s: reads the prose and names the wrong figure', async (file) => {
    const result = (await checkFile(join(FIXTURES, file))).result!;
    const prose = result.findings.filter((x) => x.sheet === 'Паспорт' && x.cell === 'B6');
    expect(prose.map((f) => f.code).sort()).toEqual(['text-sum-mismatch', 'text-sum-mismatch', 'text-table-mismatch']);
    const vsTable = prose.find((f) => f.code === 'text-table-mismatch')!;
    expect(vsTable).toMatchObject({ expected: '421246.1', actual: '421246.4', difference: '0.3', parts: ["'Приложение 1'!C16"] });
    for (const f of prose) expect(f.params.likelyText).toContain('421 246,4');
  });
});
