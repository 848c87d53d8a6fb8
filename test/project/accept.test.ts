import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectedWorkbooks, FIXTURES } from '../support/fixtures';

// scripts/accept.js (npm run accept -- DIR): the real-world acceptance. Its scoring is held here to
// a made-up expected.json and report, and the whole script to a folder made of the acceptance
// workbooks; the real-world folder itself is never needed.
const ROOT = join(__dirname, '..', '..');
type Finding = { code: string; severity: string; sheet: string; cell: string; parts: string[] };
const { scoreFile, scoreAll } = require('../../scripts/realworld-score.js') as {
  scoreFile: (truth: object, report: object | undefined) => Record<string, unknown>;
  scoreAll: (files: object, report: object) => { total: Record<string, number> };
};
const { swapDigits, tightened, barChecks } = require('../../scripts/accept.js') as {
  swapDigits: (v: unknown) => number | null;
  tightened: (bar: object, total: object, plantRan: boolean) => Record<string, number>;
  barChecks: (bar: object, total: object, plantRan: boolean) => [string, boolean, string][];
};

const error = (sheet: string, cell: string, parts: string[] = [], code = 'sum-mismatch'): Finding => ({ code, severity: 'error', sheet, cell, parts });

describe('the real-world score', () => {
  const truth = {
    tables: [
      { role: 'funding', sheet: 'S', range: 'B3:G20' },
      { role: 'funding', sheet: 'T', range: 'A1:D9' },
      { role: 'indicators', sheet: 'S', range: 'A30:F40' },
    ],
    breaks: [{ sheet: 'S', cell: 'G20', parts: ['C20', 'D20', 'E20', 'F20'] }, { sheet: 'S', cell: 'C12' }],
    ambiguous: [{ sheet: 'S', cell: 'G8', parts: ['C8:F8'] }],
    rounding: [{ sheet: 'S', cell: 'D15' }, { sheet: 'S', cell: 'E15' }],
  };

  it('finds a table by overlap with the expected range, catches a break by an error at or adding up its cell, and counts the other errors as false', () => {
    const report = {
      file: '/x/a.xlsx',
      tables: [
        { kind: 'funding', sheet: 'S', range: 'B4:G20' }, // most of B3:G20
        { kind: 'funding', sheet: 'T', range: 'A8:D30' }, // too little of A1:D9
        { kind: 'indicators', sheet: 'S', range: 'A30:F40' },
      ],
      findings: [
        error('S', 'G20'), // at a break
        error('S', 'C13', ['C12', 'C11']), // adds up a break's cell
        error('S', 'G8'), // an ambiguous relation
        error('S', 'F8'), // adds up into the ambiguous one: allowed
        error('S', 'D15'), // a rounding difference reported as an error: false, and counted
        error('S', 'A1'), // false
        { ...error('S', 'B2'), severity: 'warning' }, // not an error
      ],
    };
    expect(scoreFile(truth, report)).toMatchObject({
      fundingTables: 2,
      tablesFound: 1,
      breaks: 2,
      caught: 2,
      falseErrors: 2,
      rounding: 2,
      roundingAsError: 1,
      missingReport: false,
    });
  });

  it('misses a break nothing names, and counts a file without a report', () => {
    const { total } = scoreAll({ 'a.xlsx': truth, 'b.xlsx': truth }, { files: [{ file: 'dir/a.xlsx', tables: [], findings: [error('S', 'H20')] }] });
    expect(total).toMatchObject({ files: 2, missingReport: 1, fundingTables: 4, tablesFound: 0, breaks: 4, caught: 0, falseErrors: 1, tableRecall: 0 });
  });
});

describe('the acceptance bar', () => {
  const bar = { target: { minTableRecall: 0.9 }, minTableRecall: 0.5, minBreaksCaught: 3, maxFalseErrors: 10, minPlantedCaught: 2 };

  it('is a ratchet: a run tightens it where it is better, never loosens it', () => {
    const next = tightened(bar, { tableRecall: 0.6, caught: 2, falseErrors: 4, plantedCaught: 5 }, false);
    expect(next).toEqual({ ...bar, minTableRecall: 0.6, maxFalseErrors: 4 });
    expect(tightened(bar, { tableRecall: 0.6, caught: 2, falseErrors: 4, plantedCaught: 5 }, true).minPlantedCaught).toBe(5);
  });

  it('checks planted figures only when they were planted', () => {
    const total = { tableRecall: 0.5, caught: 3, falseErrors: 11, plantedCaught: 0 };
    expect(barChecks(bar, total, false).map(([name, ok]) => [name, ok])).toEqual([['tableRecall', true], ['breaksCaught', true], ['falseErrors', false]]);
    expect(barChecks(bar, total, true).map(([name]) => name)).toContain('plantedCaught');
  });

  it('is committed no looser than the figures measured when it was set (2/14 tables, 1 of 13 breaks, 797 false errors)', () => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'test', 'acceptance', 'realworld-bar.json'), 'utf8'));
    expect(committed.target).toEqual({ minTableRecall: 0.9, minBreaksCaught: 12, maxFalseErrors: 0 });
    expect(committed.minTableRecall).toBeGreaterThanOrEqual(0.143);
    expect(committed.minBreaksCaught).toBeGreaterThanOrEqual(1);
    expect(committed.maxFalseErrors).toBeLessThanOrEqual(797);
    expect(committed.maxRoundingAsError).toBeLessThanOrEqual(4);
    expect(committed.minPlantedCaught).toBeGreaterThanOrEqual(4);
  });
});

describe('planting a wrong figure', () => {
  it('swaps the first two unequal neighbouring digits of the figure as Excel shows it', () => {
    expect(swapDigits(12345.6)).toBe(21345.6);
    expect(swapDigits(1105)).toBe(1015);
    expect(swapDigits(-4.75)).toBe(-7.45);
    expect(swapDigits(102659.59999999999)).toBe(12659.6);
    for (const v of [0, 1111, 7, 'x', null, 1e21]) expect(swapDigits(v)).toBeNull();
  });
});

describe('npm run accept on a folder', () => {
  it('checks every workbook, plants a figure in each, prints the figures and fails when the bar is missed', () => {
    if (!require('node:fs').existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) throw new Error('the command line is not built: run `npm run build:cli` (npm test does)');
    const dir = mkdtempSync(join(tmpdir(), 'accept-'));
    // the acceptance workbooks as a real-world folder: their funding tables, no breaks listed
    const files: Record<string, object> = {};
    for (const [name, w] of Object.entries(expectedWorkbooks())) {
      if (name.includes('-text')) continue;
      copyFileSync(join(FIXTURES, name), join(dir, name));
      files[name] = { tables: w.fundingTables.map((t) => ({ ...t, role: 'funding' })), breaks: [], ambiguous: [], rounding: [] };
    }
    writeFileSync(join(dir, 'expected.json'), JSON.stringify({ files }));
    const run = (bar: object) => {
      writeFileSync(join(dir, 'bar.json'), JSON.stringify(bar));
      return spawnSync(process.execPath, [join(ROOT, 'scripts', 'accept.js'), dir, '--plant', '--bar', join(dir, 'bar.json'), '--json', join(dir, 'out.json')], { encoding: 'utf8' });
    };
    const passed = run({ minTableRecall: 0.5, maxFalseErrors: 1000 });
    expect([passed.status, passed.stderr]).toEqual([0, '']);
    expect(passed.stdout).toMatch(/kozhevnikovo-programme\.xlsx\s+2\/2/);
    expect(passed.stdout).toMatch(/^total\s+3\/3 \(1\)/m);
    const scores = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(scores.total).toMatchObject({ files: 2, fundingTables: 3, tablesFound: 3, planted: 2 });
    for (const name of Object.keys(files)) expect(scores.perFile[name].plantedFigure.plant).toMatchObject({ source: 'relation' });
    expect(scores.total.plantedCaught).toBeGreaterThanOrEqual(1);

    const missed = run({ minBreaksCaught: 1 });
    expect(missed.status).toBe(1);
    expect(missed.stdout).toContain('accept: the bar is missed (breaksCaught)');
  });
});
