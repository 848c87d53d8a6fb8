import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type Io } from '../../src/cli/main';
import { sheet, toXlsx, workbook, type TestCell } from '../support/sheet';

function capture(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => {
      io.stdout += t;
    },
    err: (t: string) => {
      io.stderr += t;
    },
    env: {},
  };
  return io;
}

const f1 = (v: number): TestCell => ({ v, fmt: '#,##0.0' });

/** A passport whose year columns are 2019, 2024, 2025 (total last), or 2025, 2024, 2019 (total first). */
async function gapWorkbook(dir: string, descending: boolean): Promise<string> {
  const years = descending ? [2025, 2024, 2019] : [2019, 2024, 2025];
  const by: Record<number, [number, number]> = { 2019: [100, 10], 2024: [200, 20], 2025: [300, 30] };
  const line = (label: string, k: 0 | 1 | 'all') => {
    const figures = years.map((y) => (k === 'all' ? by[y][0] + by[y][1] : by[y][k]));
    const total = figures.reduce((a, b) => a + b, 0);
    return descending ? [label, f1(total), ...figures.map(f1)] : [label, ...figures.map(f1), f1(total)];
  };
  const header = descending ? ['Источник', 'Всего', ...years.map((y) => `${y} год`)] : ['Источник', ...years.map((y) => `${y} год`), 'Всего'];
  const file = join(dir, descending ? 'desc.xlsx' : 'asc.xlsx');
  writeFileSync(file, await toXlsx(workbook(sheet('Паспорт', [['Объем финансирования, тыс. руб.'], header, line('федеральный бюджет', 0), line('областной бюджет', 1), line('ВСЕГО:', 'all')]))));
  return file;
}

describe.each([false, true])('check and rollup agree on the columns of a table whose years skip some (descending: %s)', (descending) => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'yearcols-'));
    file = await gapWorkbook(dir, descending);
  });

  it.each(['ru', 'en'] as const)('both read 2019, 2024 and 2025 and say the same of 2020–2023 (%s)', async (lang) => {
    const check = capture();
    expect(await main(['check', file, '--lang', lang], check)).toBe(0);
    const rollup = capture();
    expect(await main(['rollup', file, '--lang', lang, '-o', join(dir, `out-${lang}.xlsx`)], rollup)).toBe(0);
    expect(rollup.stderr).toBe('');
    expect(check.stdout).toContain(lang === 'ru' ? 'годы 2019, 2024, 2025' : 'years 2019, 2024, 2025');
    const cell = descending ? 'D2' : 'C2';
    const sentence =
      lang === 'ru'
        ? `[Паспорт] ${cell}: в таблице T1 после 2019 года идёт 2024-й: за 2020–2023 годы сумм в ней нет.`
        : `[Паспорт] ${cell}: the years of table T1 jump from 2019 to 2024: it has no figures for 2020–2023.`;
    expect(check.stdout).toContain(sentence);
    expect(rollup.stdout).toContain(sentence);
    // one line each, the same line
    const lineOf = (out: string) => out.split('\n').find((l) => l.includes(sentence))!.trim();
    expect(lineOf(rollup.stdout)).toBe(lineOf(check.stdout));
    // the rollup found nothing that differs: 2019 is in its sums as it is in the check's
    expect(rollup.stdout).not.toMatch(/differ|расхождени/);
  });

  it('the JSON report carries the gap as a finding', async () => {
    const io = capture();
    await main(['check', file, '--format', 'json'], io);
    const report = JSON.parse(io.stdout);
    const findings = report.files[0].findings;
    expect(findings.map((f: { code: string }) => f.code)).toEqual(['year-gap']);
  });
});
