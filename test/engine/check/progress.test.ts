import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook, type CheckProgress, type WorkbookSnapshot } from '../../../src/engine';
import { MemoryHost } from '../../../src/standalone/MemoryHost';

const SAMPLE = join(__dirname, '..', '..', '..', 'samples', 'programme-sample.xlsx');
let snapshot: WorkbookSnapshot;

beforeAll(async () => {
  snapshot = (await (await MemoryHost.fromXlsx(readFileSync(SAMPLE))).readSnapshot('workbook')).snapshot;
});

describe('a check’s progress', () => {
  it('tells each sheet, the structural reading, then each check, and changes nothing of the result', () => {
    const seen: CheckProgress[] = [];
    const result = checkWorkbook(snapshot, { onProgress: (p) => seen.push(p) });
    const names = snapshot.sheets.map((s) => s.name);
    expect(seen.slice(0, names.length)).toEqual(names.map((sheet, done) => ({ stage: 'sheets', done, total: names.length, sheet })));
    expect(seen[names.length]).toEqual({ stage: 'structure' });
    const checks = seen.slice(names.length + 1);
    expect(checks.map((p) => (p.stage === 'checks' ? p.done : -1))).toEqual(checks.map((_, i) => i));
    expect(checks.every((p) => p.stage === 'checks' && p.total === checks.length)).toBe(true);
    expect(result.findings).toEqual(checkWorkbook(snapshot).findings);
  });

  it('counts only the sheets checked', () => {
    const seen: CheckProgress[] = [];
    checkWorkbook(snapshot, { sheets: ['Приложение 2'], onProgress: (p) => seen.push(p) });
    expect(seen[0]).toEqual({ stage: 'sheets', done: 0, total: 1, sheet: 'Приложение 2' });
    expect(seen.filter((p) => p.stage === 'sheets')).toHaveLength(1);
  });
});
