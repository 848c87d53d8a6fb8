import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook, planFill, planRollups, type CheckProgress, type WorkbookSnapshot } from '../../src/engine';
import { MemoryHost } from '../../src/standalone/MemoryHost';
import { CheckCancelled, inlineRunner, workerRunner } from '../../src/taskpane/engineRunner';
import { rollupTables } from '../../src/taskpane/rollupTables';
import { FakeEngineWorker, fakeWorkers } from '../support/fakeWorker';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'programme-sample.xlsx');
let snapshot: WorkbookSnapshot;

beforeAll(async () => {
  snapshot = (await (await MemoryHost.fromXlsx(readFileSync(SAMPLE))).readSnapshot('workbook')).snapshot;
});

beforeEach(() => {
  FakeEngineWorker.made = [];
});

describe('the engine’s tasks in a worker', () => {
  it('checks, previews a fill and plans rollups off the calling thread, with the same outputs as the engine in-line', async () => {
    const runner = workerRunner('engine-worker.js', fakeWorkers);
    const checked = await runner.run('check', { snapshot });
    const engine = checkWorkbook(snapshot);
    expect(checked.tables.map((t) => t.id)).toEqual(engine.tables.map((t) => t.id));
    expect(checked.findings).toEqual(JSON.parse(JSON.stringify(engine.findings)));

    const preview = await runner.run('fill-preview', { snapshot, choice: { source: '', year: '', overwrite: false }, lang: 'en' });
    expect(preview.choice).toEqual({ template: 'Отчет 2024', source: '', year: '2024', overwrite: false });
    expect(preview.result).toEqual(JSON.parse(JSON.stringify(planFill(snapshot, { template: 'Отчет 2024', year: 2024, overwrite: false, lang: 'en' }))));
    expect(preview.templates.map((t) => t.sheet)).toEqual(['Отчет 2024']);

    const tables = await runner.run('rollup-tables', { snapshot });
    expect(tables).toEqual(rollupTables(snapshot));
    const chosen = { [tables[0].id]: ['year' as const] };
    const rollups = await runner.run('rollup-plan', { snapshot, chosen, lang: 'ru' });
    expect(rollups.result).toEqual(JSON.parse(JSON.stringify(planRollups(snapshot, { chosen, lang: 'ru' }))));
    // one worker for all of it
    expect(FakeEngineWorker.made).toHaveLength(1);
    expect(FakeEngineWorker.made[0].received.map((r) => r.kind)).toEqual(['check', 'fill-preview', 'rollup-tables', 'rollup-plan']);
  });

  it('passes on how far a check in the worker is', async () => {
    const seen: CheckProgress[] = [];
    await workerRunner('engine-worker.js', fakeWorkers).run('check', { snapshot }, undefined, (p) => seen.push(p));
    expect(seen[0]).toEqual({ stage: 'sheets', done: 0, total: 4, sheet: 'Паспорт' });
    expect(seen.some((p) => p.stage === 'structure')).toBe(true);
    expect(seen[seen.length - 1].stage).toBe('checks');
  });

  it('numbers a sheet’s tables as in the whole workbook when asked', async () => {
    const whole = checkWorkbook(snapshot);
    const later = whole.tables.find((t) => t.id !== 'T1')!;
    const checked = await inlineRunner.run('check', { snapshot, sheets: [later.sheet], number: true });
    expect(checked.tables[0].id).toBe('T1'); // the engine numbers what it checks from T1 ...
    expect(new Map(checked.numbers).size).toBe(whole.tables.length); // ... and gives the workbook's numbers beside
    expect(new Set(new Map(checked.numbers).values())).toContain(later.id);
  });

  it('stops a task on Cancel by ending the worker; a task waiting behind it goes to a new worker', async () => {
    const runner = workerRunner('engine-worker.js', fakeWorkers);
    await runner.run('rollup-tables', { snapshot });
    const first = FakeEngineWorker.made[0];
    first.hold = true;
    const stop = new AbortController();
    const check = runner.run('check', { snapshot }, stop.signal);
    const tables = runner.run('rollup-tables', { snapshot });
    stop.abort();
    await expect(check).rejects.toBeInstanceOf(CheckCancelled);
    expect(first.terminated).toBe(true);
    await expect(tables).resolves.toEqual(rollupTables(snapshot));
    expect(FakeEngineWorker.made).toHaveLength(2);
    expect(FakeEngineWorker.made[1].received.map((r) => r.kind)).toEqual(['rollup-tables']);
  });

  it('reports a task the engine could not do, and refuses one cancelled before it started', async () => {
    const runner = workerRunner('engine-worker.js', fakeWorkers);
    await expect(runner.run('check', { snapshot: { sheets: null } } as never)).rejects.toThrow();
    const stop = new AbortController();
    stop.abort();
    await expect(runner.run('check', { snapshot }, stop.signal)).rejects.toBeInstanceOf(CheckCancelled);
    await expect(inlineRunner.run('check', { snapshot }, stop.signal)).rejects.toBeInstanceOf(CheckCancelled);
  });

  it('runs in-line where there is no Worker (jest, old hosts)', async () => {
    expect(typeof Worker).toBe('undefined');
    const checked = await workerRunner().run('check', { snapshot });
    expect(checked.tables.length).toBe(checkWorkbook(snapshot).tables.length);
  });
});
